package org.rosette.sighting;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch inserts of camera-trap observations on PostgreSQL: stored once, whatever is sent
 * twice.
 */
@PostgresTest
@Import({ ImportedSightings.class, LocationPrivacy.class, ImportedSightingsPostgresTests.Clocks.class })
class ImportedSightingsPostgresTests {

	@Autowired
	private ImportedSightings imported;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void observationsAreStoredOnceAsPendingCameraTrapSightings() {
		accounts.save(new Account("pg-importer", "x", "Importer", Role.ADMIN));
		List<ImportedSightings.Observation> batch = List.of(
				new ImportedSightings.Observation("pg-1", Instant.parse("2025-01-02T03:04:05Z"), 43.1, 131.2, null, 1,
						"n", "dep-1"),
				new ImportedSightings.Observation("pg-1", Instant.parse("2025-01-02T03:04:05Z"), 43.1, 131.2, null, 1,
						"n", "dep-1"),
				new ImportedSightings.Observation("pg-2", Instant.parse("2024-12-31T20:05:05Z"), -43.1, -131.2, null, 2,
						null, null));

		assertThat(imported.add(batch, "pg-importer")).isEqualTo(2);
		assertThat(imported.add(batch, "pg-importer")).isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from sightings where source_observation_id in ('pg-1', 'pg-2') and status = 'PENDING' and evidence = 'CAMERA_TRAP'",
				Long.class))
			.isEqualTo(2);
		assertThat(jdbc
			.queryForObject("select observed_at from sightings where source_observation_id = 'pg-1'",
					java.time.OffsetDateTime.class)
			.toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
		// Placed on the public grid as it is written: New Year's Eve in UTC is already
		// January in the park; cells are found below negative coordinates too.
		assertThat(jdbc.queryForList(
				"select public_latitude, public_longitude, park_month from sightings where source_observation_id = 'pg-2'")
			.get(0)).containsEntry("public_latitude", -43.1)
			.containsEntry("public_longitude", -131.1)
			.containsEntry("park_month", 202501);
	}

	@org.springframework.boot.test.context.TestConfiguration
	@org.springframework.boot.context.properties.EnableConfigurationProperties({ PrivacyProperties.class,
			org.rosette.system.ParkArea.class })
	static class Clocks {

		@org.springframework.context.annotation.Bean
		java.time.Clock clock() {
			return java.time.Clock.systemUTC();
		}

	}

}
