package org.rosette.population;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Sex;
import org.rosette.sighting.CameraTrapDetections;
import org.rosette.sighting.CameraTrapDetections.CameraCapture;
import org.rosette.sighting.CameraTrapDetections.Detection;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingFilter;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capture days query, run on H2 and on PostgreSQL: only verified camera-trap
 * sightings identified to an individual count, once per individual and day, the day taken
 * in the park's time zone.
 */
@Transactional
abstract class CameraTrapDaysContract {

	static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	private final CameraTrapDetections detections;

	private final TestEntityManager entityManager;

	private Account ranger;

	private Leopard kedrovka;

	private Leopard grom;

	CameraTrapDaysContract(CameraTrapDetections detections, TestEntityManager entityManager) {
		this.detections = detections;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void park() {
		ranger = entityManager.persist(new Account("t-ranger", "{noop}x", "Test ranger", Role.RANGER));
		kedrovka = entityManager.persist(new Leopard("T-F1", "Kedrovka", Sex.FEMALE, 2012, null, null));
		grom = entityManager.persist(new Leopard("T-M2", "Grom", Sex.MALE, 2015, null, null));
		// 14:30 UTC is half past midnight of the next day in Vladivostok (UTC+10)
		sighting("2025-03-01T14:30:00Z", Evidence.CAMERA_TRAP, kedrovka, true, 43.1);
		sighting("2025-03-02T01:00:00Z", Evidence.CAMERA_TRAP, kedrovka, true, 43.1); // same
																						// day
		sighting("2025-03-01T03:00:00Z", Evidence.CAMERA_TRAP, grom, true, 43.2);
		sighting("2025-03-05T03:00:00Z", Evidence.CAMERA_TRAP, grom, true, 44.5); // north
																					// of
																					// the
																					// box
		sighting("2025-03-03T03:00:00Z", Evidence.TRACKS, grom, true, 43.2); // not a
																				// camera
		sighting("2025-03-03T03:00:00Z", Evidence.CAMERA_TRAP, grom, false, 43.2); // pending
		sighting("2025-03-04T03:00:00Z", Evidence.CAMERA_TRAP, null, true, 43.2); // unidentified
		sighting("2025-02-28T13:59:00Z", Evidence.CAMERA_TRAP, grom, true, 43.2); // 23:59
																					// on
																					// the
																					// 28th
		sighting("2025-03-10T14:00:00Z", Evidence.CAMERA_TRAP, grom, true, 43.2); // 00:00
																					// on
																					// the
																					// 11th
		entityManager.flush();
		entityManager.clear();
	}

	@Test
	void oneRowPerIndividualAndParkDayOfVerifiedIdentifiedCameraTrapSightings() {
		List<Detection> days = detections.days(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-10"), PARK,
				null);
		assertThat(days).containsExactlyInAnyOrder(new Detection(kedrovka.getId(), LocalDate.parse("2025-03-02")),
				new Detection(grom.getId(), LocalDate.parse("2025-03-01")),
				new Detection(grom.getId(), LocalDate.parse("2025-03-05")));
	}

	/** Vladivostok moved from UTC+11 to UTC+10 on 26 October 2014. */
	@Test
	void aWindowAcrossAChangeOfOffsetTakesEachDayInTheOffsetOfItsTime() {
		sighting("2014-10-25T13:30:00Z", Evidence.CAMERA_TRAP, grom, true, 43.2); // 00:30
																					// on
																					// the
																					// 26th,
																					// +11
		sighting("2014-10-26T13:30:00Z", Evidence.CAMERA_TRAP, grom, true, 43.2); // 23:30
																					// on
																					// the
																					// 26th,
																					// +10
		sighting("2014-10-27T13:30:00Z", Evidence.CAMERA_TRAP, grom, true, 43.2); // 23:30
																					// on
																					// the
																					// 27th,
																					// +10
		entityManager.flush();
		List<Detection> days = detections.days(LocalDate.parse("2014-10-20"), LocalDate.parse("2014-10-31"), PARK,
				null);
		assertThat(days).extracting(Detection::day)
			.containsExactlyInAnyOrder(LocalDate.parse("2014-10-26"), LocalDate.parse("2014-10-27"));
	}

	@Test
	void anAreaLeavesOutCapturesOutsideIt() {
		List<Detection> days = detections.days(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-10"), PARK,
				new SightingFilter.BoundingBox(130.7, 42.6, 131.9, 43.7));
		assertThat(days).extracting(Detection::day)
			.containsExactlyInAnyOrder(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-01"));
	}

	@Test
	void everyVerifiedCameraTrapSightingPlacesACameraIdentifiedOrNot() {
		List<CameraCapture> captures = detections.cameraCaptures(LocalDate.parse("2025-03-01"),
				LocalDate.parse("2025-03-10"), PARK, new SightingFilter.BoundingBox(130.7, 42.6, 131.9, 43.7));
		assertThat(captures).containsExactlyInAnyOrder(
				new CameraCapture(kedrovka.getId(), LocalDate.parse("2025-03-02"), 43.1, 131.2, null),
				new CameraCapture(grom.getId(), LocalDate.parse("2025-03-01"), 43.2, 131.2, null),
				new CameraCapture(null, LocalDate.parse("2025-03-04"), 43.2, 131.2, null));
	}

	@Test
	void theFirstCaptureIsTheEarliestThatCounts() {
		assertThat(detections.first()).contains(Instant.parse("2025-02-28T13:59:00Z"));
	}

	private void sighting(String at, Evidence evidence, Leopard leopard, boolean verified, double latitude) {
		Sighting sighting = new Sighting(Instant.parse(at), latitude, 131.2, evidence, leopard, null, null, null,
				ranger);
		if (verified) {
			sighting.verify(ranger, leopard, null, Instant.parse(at).plusSeconds(3600));
		}
		entityManager.persist(sighting);
	}

}
