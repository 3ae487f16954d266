package org.rosette.sighting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The benchmark loader leaves a database the application can serve at once: every row
 * placed on the public grid as the privacy rule places it, the indexes all there, and the
 * public tallies and last-seen months what the application itself would make of the rows.
 * Loads into a schema of its own, so the application's data stays as it was. Run on H2
 * ({@link ArchiveLoaderTests}) and PostgreSQL ({@link ArchiveLoaderPostgresTests}).
 */
abstract class ArchiveLoaderCases {

	static final String SCHEMA = "archive_loader";

	private static final int ROWS = 20_000;

	/** A database with the schema {@link #SCHEMA} migrated and empty. */
	abstract DataSource database() throws SQLException;

	/** The names of the indexes on the sightings table. */
	abstract List<String> sightingIndexes(JdbcTemplate jdbc);

	static DataSource inSchema(DataSource database) {
		return new DelegatingDataSource(database) {
			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				connection.setSchema(SCHEMA);
				return connection;
			}
		};
	}

	@Test
	void leavesEveryDerivedTableAsTheApplicationKeepsIt() throws SQLException {
		DataSource database = database();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		List<String> indexes = sightingIndexes(jdbc);

		new ArchiveLoader(0.9).load(database, ROWS);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sightings", Long.class)).isEqualTo(ROWS);
		assertThat(sightingIndexes(jdbc)).containsExactlyInAnyOrderElementsOf(indexes);
		keysHold(jdbc);
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM sightings s WHERE (s.leopard_id IS NOT NULL
				    AND NOT EXISTS (SELECT 1 FROM leopards l WHERE l.id = s.leopard_id))
				OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.submitted_by)""", Long.class)).isZero();
		ArchiveRows rule = new ArchiveRows(0.9, List.of());
		jdbc.query("SELECT latitude, longitude, observed_at, public_latitude, public_longitude, park_month"
				+ " FROM sightings ORDER BY id FETCH FIRST 500 ROWS ONLY", row -> {
					PublicLocation cell = rule.privacy.generalise(row.getDouble(1), row.getDouble(2));
					OffsetDateTime observed = row.getObject(3, OffsetDateTime.class);
					assertThat(observed).isBefore(OffsetDateTime.now()).isAfter(OffsetDateTime.now().minusYears(11));
					assertThat(row.getDouble(4)).isEqualTo(cell.latitude());
					assertThat(row.getDouble(5)).isEqualTo(cell.longitude());
					assertThat(row.getInt(6)).isEqualTo(PublicGrid.monthKey(rule.privacy.month(observed.toInstant())));
				});

		String tallies = "SELECT * FROM public_tallies ORDER BY park_month, public_latitude, public_longitude, leopard_id";
		List<Map<String, Object>> loaded = jdbc.queryForList(tallies);
		assertThat(loaded).isNotEmpty();
		PublicTallyRecounts recounts = new PublicTallyRecounts(jdbc, new DataSourceTransactionManager(database),
				event -> {
				});
		recounts.recountAll();
		assertThat(jdbc.queryForList(tallies)).isEqualTo(loaded);

		// Each leopard's public month, from the park months stored with its verified
		// sightings observed before the cut-off: the first day of the latest.
		OffsetDateTime cutOff = OffsetDateTime.ofInstant(rule.privacy.publicBefore(), java.time.ZoneOffset.UTC);
		List<Map<String, Object>> leopards = jdbc.queryForList("""
				SELECT l.id, l.last_seen_on, (SELECT MAX(park_month) FROM sightings s WHERE s.leopard_id = l.id
				    AND s.status = 'VERIFIED' AND s.observed_at < ?) AS latest_month FROM leopards l""", cutOff);
		assertThat(leopards).hasSize(80).allSatisfy(leopard -> {
			Object month = leopard.get("latest_month");
			LocalDate expected = month == null ? null : PublicGrid.month(((Number) month).intValue()).atDay(1);
			Object stored = leopard.get("last_seen_on");
			assertThat(stored == null ? null : java.sql.Date.valueOf(stored.toString()).toLocalDate())
				.isEqualTo(expected);
		});
		assertThat(leopards).anySatisfy(leopard -> assertThat(leopard.get("last_seen_on")).isNotNull());
		assertThat(jdbc.queryForObject("SELECT zone FROM public_grid WHERE id = 1", String.class))
			.isEqualTo("Asia/Vladivostok");
	}

	/**
	 * The primary key, the foreign keys on it and the id sequence work as before the
	 * load: a new sighting gets an id after the loaded ones, a loaded id cannot be given
	 * twice, and a photo of no sighting is refused.
	 */
	private static void keysHold(JdbcTemplate jdbc) {
		long last = jdbc.queryForObject("SELECT MAX(id) FROM sightings", Long.class);
		String copyOfFirst = " FROM sightings WHERE id = (SELECT MIN(id) FROM sightings)";
		jdbc.update(
				"INSERT INTO sightings (" + ArchiveLoader.COLUMNS + ") SELECT " + ArchiveLoader.COLUMNS + copyOfFirst);
		assertThat(jdbc.queryForObject("SELECT MAX(id) FROM sightings", Long.class)).isGreaterThan(last);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> jdbc.update("INSERT INTO sightings (id, " + ArchiveLoader.COLUMNS + ") SELECT id, "
					+ ArchiveLoader.COLUMNS + copyOfFirst));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update("""
				INSERT INTO sighting_photos (sighting_id, original_name, content_type, size_bytes, storage_key,
				    created_at) VALUES (?, 'none.jpg', 'image/jpeg', 1, 'none', CURRENT_TIMESTAMP)""", last + 1000));
		jdbc.update("DELETE FROM sightings WHERE id > ?", last);
	}

}
