package org.rosette.sighting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosette.account.Account;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Sex;
import org.rosette.system.ParkArea;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationPrivacyTests {

	private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	private final ParkArea park = new ParkArea("Park", 42.6, 43.7, 130.7, 131.9, ZoneId.of("Asia/Vladivostok"));

	private final LocationPrivacy privacy = new LocationPrivacy(Clock.fixed(NOW, ZoneOffset.UTC),
			new PrivacyProperties(30, new BigDecimal("0.2")), park);

	private final Account ranger = new Account("r", "x", "R", Role.RANGER);

	@ParameterizedTest(name = "({0}, {1}) lies in the cell centred at ({2}, {3})")
	@CsvSource({
			// inside the park
			"43.123456, 131.456789, 43.1, 131.5",
			// exactly on a cell edge belongs to the cell above/east of it
			"43.4, 131.0, 43.5, 131.1", "43.2, 130.8, 43.3, 130.9",
			// a hair below the edge stays in the cell below
			"43.399999, 130.999999, 43.3, 130.9",
			// negative coordinates floor towards minus infinity
			"-0.1, -0.1, -0.1, -0.1", "-0.2, -0.2, -0.1, -0.1", "-0.200001, -0.200001, -0.3, -0.3",
			"-33.87, -70.65, -33.9, -70.7", "0.0, 0.0, 0.1, 0.1",
			// the antimeridian: both 180 and -180 are one meridian, in one cell
			"10.0, 180.0, 10.1, -179.9", "10.0, -180.0, 10.1, -179.9", "10.0, 179.95, 10.1, 179.9",
			"10.0, -179.95, 10.1, -179.9",
			// the poles stay on the globe
			"90.0, 0.0, 89.9, 0.1", "-90.0, 0.0, -89.9, 0.1" })
	void generalisesToTheCentreOfItsGridCell(double latitude, double longitude, double cellLatitude,
			double cellLongitude) {
		PublicLocation cell = privacy.generalise(latitude, longitude);

		assertThat(cell.latitude()).isEqualTo(cellLatitude);
		assertThat(cell.longitude()).isEqualTo(cellLongitude);
		assertThat(cell.precisionDegrees()).isEqualTo(0.2);
	}

	@Test
	void onlyVerifiedSightingsOlderThanTheDelayArePublic() {
		Instant old = NOW.minus(31, ChronoUnit.DAYS);
		Instant recent = NOW.minus(29, ChronoUnit.DAYS);

		assertThat(privacy.isPublic(verified(old))).isTrue();
		assertThat(privacy.isPublic(verified(recent))).isFalse();
		assertThat(privacy.isPublic(sighting(old))).as("pending").isFalse();
		Sighting rejected = sighting(old);
		rejected.reject(ranger, "not a leopard", NOW);
		assertThat(privacy.isPublic(rejected)).isFalse();
	}

	@Test
	void aSightingBecomesPublicExactlyWhenTheDelayHasPassed() {
		assertThat(privacy.isPublic(verified(NOW.minus(30, ChronoUnit.DAYS)))).isFalse();
		assertThat(privacy.isPublic(verified(NOW.minus(30, ChronoUnit.DAYS).minusSeconds(1)))).isTrue();
	}

	@Test
	void thePublicViewHoldsOnlyTheMonthAndTheCell() {
		Leopard kedrovka = new Leopard("LEO-F01", "Kedrovka", Sex.FEMALE, 2011, null, null);
		Sighting sighting = new Sighting(Instant.parse("2026-01-31T20:30:00Z"), 43.123456, 131.456789,
				Evidence.CAMERA_TRAP, kedrovka, 1, 0, "by the ford below the old cordon", ranger);
		sighting.verify(ranger, kedrovka, null, NOW);
		ReflectionTestUtils.setField(kedrovka, "id", 1L);
		ReflectionTestUtils.setField(sighting, "id", 7L);

		PublicSighting seen = privacy.toPublic(sighting);

		// 20:30 UTC on 31 January is already 1 February in the park.
		assertThat(seen.observedMonth()).isEqualTo("2026-02");
		assertThat(seen.latitude()).isEqualTo(43.1);
		assertThat(seen.longitude()).isEqualTo(131.5);
		assertThat(seen.leopardName()).isEqualTo("Kedrovka");
		assertThat(seen.leopardId()).isEqualTo(1L);
		assertThat(seen.toString()).doesNotContain("ford", "43.12", "131.45", "20:30");
	}

	@Test
	void yearsAndMonthsAreThePark() {
		assertThat(privacy.startOfYear(2025)).isEqualTo(Instant.parse("2024-12-31T14:00:00Z"));
		assertThat(privacy.month(Instant.parse("2024-12-31T15:00:00Z")).getYear()).isEqualTo(2025);
	}

	@Test
	void refusesToPublishWhatIsNotPublic() {
		assertThatThrownBy(() -> privacy.toPublic(sighting(NOW.minus(40, ChronoUnit.DAYS))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private Sighting verified(Instant observedAt) {
		Sighting sighting = sighting(observedAt);
		sighting.verify(ranger, null, null, NOW);
		return sighting;
	}

	private Sighting sighting(Instant observedAt) {
		return new Sighting(observedAt, 43.1, 131.1, Evidence.TRACKS, null, 1, 0, null, ranger);
	}

}
