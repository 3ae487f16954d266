package org.rosette.sighting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Sex;
import org.rosette.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public sighting queries on PostgreSQL: status, the privacy cut-off (the month it
 * falls in is public only up to it), the optional leopard.
 */
@PostgresTest
class SightingRepositoryPostgresTests {

	private static final Instant CUT_OFF = Instant.parse("2026-06-01T00:00:00Z");

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	/** The park month the cut-off falls in: 1 June 10:00 in the park. */
	private static final int LAST_MONTH = 202606;

	private final SightingRepository sightings;

	private final TestEntityManager entityManager;

	private Account ranger;

	private Leopard kedrovka;

	@Autowired
	SightingRepositoryPostgresTests(SightingRepository sightings, TestEntityManager entityManager) {
		this.sightings = sightings;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void park() {
		this.ranger = this.entityManager.persist(new Account("t-ranger", "{noop}x", "Test ranger", Role.RANGER));
		this.kedrovka = this.entityManager.persist(new Leopard("T-F1", "Kedrovka", Sex.FEMALE, 2012, null, null));
		verified("2024-03-10T08:00:00Z", this.kedrovka);
		verified("2024-11-20T12:00:00Z", null);
		verified("2025-07-01T12:00:00Z", this.kedrovka);
		verified("2026-06-02T00:00:00Z", this.kedrovka); // same month, after the cut-off
		verified("2026-07-02T00:00:00Z", this.kedrovka); // a later month
		save("2025-01-05T10:00:00Z", null); // still pending
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void publicSightingsAreVerifiedAndOlderThanTheCutOff() {
		assertThat(find(null)).extracting((s) -> s.getObservedAt().toString())
			.containsExactly("2024-03-10T08:00:00Z", "2024-11-20T12:00:00Z", "2025-07-01T12:00:00Z");
	}

	@Test
	void publicSightingsOfOneLeopard() {
		List<Sighting> hers = find(this.kedrovka.getId());
		assertThat(hers).hasSize(2).allSatisfy((s) -> assertThat(s.getLeopard().getName()).isEqualTo("Kedrovka"));
	}

	private List<Sighting> find(Long leopardId) {
		PageRequest page = PageRequest.of(0, 20, Sort.by("observedAt"));
		List<Long> ids = (leopardId == null)
				? this.sightings.findIdsByStatusObservedBefore(ReviewStatus.VERIFIED, CUT_OFF, LAST_MONTH, page)
				: this.sightings.findIdsByStatusObservedBeforeOfLeopard(ReviewStatus.VERIFIED, CUT_OFF, LAST_MONTH,
						leopardId, page);
		List<Sighting> found = new ArrayList<>(this.sightings.findWithLeopardByIdIn(ids));
		found.sort(Comparator.comparing((s) -> ids.indexOf(s.getId())));
		return found;
	}

	private void verified(String observedAt, Leopard leopard) {
		Sighting sighting = save(observedAt, leopard);
		sighting.verify(this.ranger, null, null, Instant.parse(observedAt).plusSeconds(3600));
	}

	/**
	 * A JPA slice has no privacy rule to place sightings on the public grid: the test
	 * places them as the application would.
	 */
	private Sighting save(String observedAt, Leopard leopard) {
		Instant at = Instant.parse(observedAt);
		Sighting sighting = new Sighting(at, 43.1, 131.4, Evidence.CAMERA_TRAP, leopard, 1, 0, null, this.ranger);
		sighting.placePublicly(new PublicLocation(43.1, 131.5, 0.2), YearMonth.from(at.atZone(PARK)));
		return this.entityManager.persist(sighting);
	}

}
