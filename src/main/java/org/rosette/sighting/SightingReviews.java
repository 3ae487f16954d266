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

	SightingReviews(SightingRepository sightings, Leopards leopards, AccountRepository accounts, Clock clock) {
		this.sightings = sightings;
		this.leopards = leopards;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** How many sightings wait for review: one count in the database. */
	public long waiting() {
		return sightings.countByStatus(ReviewStatus.PENDING);
	}

	public List<Sighting> queue() {
		return sightings.findByStatus(ReviewStatus.PENDING, Sort.by("observedAt").and(Sort.by("id")));
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
			return new Outcome(sighting, false);
		}
		Leopard identified = leopards.identified(decision.leopardId());
		sighting.verify(reviewer, identified, FreeText.orNull(decision.note()), clock.instant());
		sightings.save(sighting);
		Leopard leopard = sighting.getLeopard();
		return new Outcome(sighting, leopard != null && leopard.getStatus() == LeopardStatus.MISSING);
	}

	/**
	 * What the review did; {@code missingLeopardSeen} tells the reviewer that an animal
	 * listed as missing has turned up, so they can mark it alive again.
	 */
	public record Outcome(Sighting sighting, boolean missingLeopardSeen) {
	}

}
