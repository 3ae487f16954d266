package org.rosette.sighting;

import org.rosette.system.FreeText;
import java.time.Clock;
import java.util.List;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.leopard.LeopardStatus;
import org.rosette.system.RejectedValuesException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' review: pending sightings oldest first, each verified (and identified) or
 * rejected with a reason.
 */
@Service
@Transactional(readOnly = true)
public class SightingReviews {

	private final SightingRepository sightings;

	private final Leopards leopards;

	private final AccountRepository accounts;

	private final Clock clock;

	private final PublicLastSeen lastSeen;

	private final ApplicationEventPublisher events;

	SightingReviews(SightingRepository sightings, Leopards leopards, AccountRepository accounts, Clock clock,
			PublicLastSeen lastSeen, ApplicationEventPublisher events) {
		this.lastSeen = lastSeen;
		this.events = events;
		this.sightings = sightings;
		this.leopards = leopards;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** How many sightings wait for review: one count in the database. */
	public long waiting() {
		return sightings.countByStatus(ReviewStatus.PENDING);
	}

	/**
	 * Most cards one page of the queue shows: a camera-trap file can leave 100,000
	 * waiting.
	 */
	public static final int QUEUE_PAGE_SIZE = 20;

	/** One page of the pending sightings, oldest first, with the total waiting. */
	public org.springframework.data.domain.Page<Sighting> queue(int page) {
		return sightings.findByStatus(ReviewStatus.PENDING, org.springframework.data.domain.PageRequest
			.of(Math.max(page, 0), QUEUE_PAGE_SIZE, Sort.by("observedAt").and(Sort.by("id"))));
	}

	@Transactional
	public Outcome review(long id, ReviewDecision decision, String reviewerName) {
		Sighting sighting = sightings.findWithDetailsById(id)
			.orElseThrow(() -> new java.util.NoSuchElementException("No sighting " + id));
		if (!sighting.isPending()) {
			throw new SightingLockedException(id);
		}
		Account reviewer = accounts.getByUsername(reviewerName);
		if (decision.decision() == ReviewDecision.Verdict.REJECT) {
			if (decision.note() == null || decision.note().isBlank()) {
				throw new RejectedValuesException("note", "review.error.reasonRequired");
			}
			sighting.reject(reviewer, decision.note().strip(), clock.instant());
			events.publishEvent(new PublicSightingsChanged());
			events.publishEvent(new ReviewQueueChanged());
			return new Outcome(sighting, false);
		}
		Leopard identified = leopards.identified(decision.leopardId());
		sighting.verify(reviewer, identified, FreeText.orNull(decision.note()), clock.instant());
		sightings.save(sighting);
		events.publishEvent(new PublicSightingsChanged());
		events.publishEvent(new ReviewQueueChanged());
		Leopard leopard = sighting.getLeopard();
		if (leopard != null) {
			lastSeen.refresh(leopard);
		}
		return new Outcome(sighting, leopard != null && leopard.getStatus() == LeopardStatus.MISSING);
	}

	/**
	 * What the review did; {@code missingLeopardSeen} tells the reviewer that an animal
	 * listed as missing has turned up, so they can mark it alive again.
	 */
	public record Outcome(Sighting sighting, boolean missingLeopardSeen) {
	}

}
