package org.rosette.sighting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A camera-trap file can leave a hundred thousand sightings waiting: the review queue
 * hands them out a page at a time, the oldest first, and says how many wait in all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewQueueTests {

	private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

	@Autowired
	SightingReviews reviews;

	@Autowired
	SightingRepository sightings;

	@Autowired
	AccountRepository accounts;

	private final List<Sighting> saved = new ArrayList<>();

	@AfterEach
	void leaveTheQueueAsItWas() {
		sightings.deleteAll(saved);
	}

	@Test
	void theOldestComeFirstOnePageAtATimeWithTheTotal() {
		Account ranger = accounts.findByUsername("queue.ranger")
			.orElseGet(() -> accounts.save(new Account("queue.ranger", "x", "Queue Ranger", Role.RANGER)));
		long waitingBefore = reviews.queue(0).getTotalElements();
		int count = SightingReviews.QUEUE_PAGE_SIZE + 5;
		List<Integer> days = new ArrayList<>();
		for (int day = 0; day < count; day++) {
			days.add(day);
		}
		Collections.shuffle(days, new Random(7));
		for (int day : days) {
			saved.add(sightings.save(new Sighting(LONG_AGO.plus(day, ChronoUnit.DAYS), 43.1, 131.2, Evidence.TRACKS,
					null, 1, 0, "day " + day, ranger)));
		}

		Page<Sighting> first = reviews.queue(0);
		Page<Sighting> second = reviews.queue(1);
		assertThat(first.getTotalElements()).isEqualTo(waitingBefore + count);
		assertThat(first.getContent()).hasSize(SightingReviews.QUEUE_PAGE_SIZE)
			.extracting(Sighting::getObservedAt)
			.isSorted()
			.first()
			.isEqualTo(LONG_AGO);
		assertThat(second.getContent()).extracting(Sighting::getObservedAt)
			.startsWith(LONG_AGO.plus(SightingReviews.QUEUE_PAGE_SIZE, ChronoUnit.DAYS));
	}

}
