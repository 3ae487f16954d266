package org.rosette.sighting;

import java.time.Instant;
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
 * The public sighting queries on PostgreSQL: status, the privacy cut-off, the optional
 * leopard.
 */
@PostgresTest
class SightingRepositoryPostgresTests {

	private static final Instant CUT_OFF = Instant.parse("2026-06-01T00:00:00Z");

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
		verified("2026-06-02T00:00:00Z", this.kedrovka); // after the cut-off: not public
															// yet
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
		return (leopardId == null) ? this.sightings.findByStatusObservedBefore(ReviewStatus.VERIFIED, CUT_OFF, page)
				: this.sightings.findByStatusObservedBeforeOfLeopard(ReviewStatus.VERIFIED, CUT_OFF, leopardId, page);
	}

	private void verified(String observedAt, Leopard leopard) {
		Sighting sighting = save(observedAt, leopard);
		sighting.verify(this.ranger, null, null, Instant.parse(observedAt).plusSeconds(3600));
	}

	private Sighting save(String observedAt, Leopard leopard) {
		return this.entityManager.persist(new Sighting(Instant.parse(observedAt), 43.1, 131.4, Evidence.CAMERA_TRAP,
				leopard, 1, 0, null, this.ranger));
	}

}
