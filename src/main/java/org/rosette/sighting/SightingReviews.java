package org.rosette.sighting;

import java.time.Clock;
import java.util.List;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardCatalogue;
import org.rosette.leopard.LeopardStatus;
import org.rosette.system.InvalidFieldException;
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

	private final LeopardCatalogue catalogue;

	private final AccountRepository accounts;

	private final Clock clock;

	SightingReviews(SightingRepository sightings, LeopardCatalogue catalogue, AccountRepository accounts, Clock clock) {
		this.sightings = sightings;
		this.catalogue = catalogue;
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
		Account reviewer = accounts.findByUsername(reviewerName)
			.orElseThrow(() -> new IllegalStateException("No account " + reviewerName));
		if (decision.decision() == ReviewDecision.Verdict.REJECT) {
			if (decision.note() == null || decision.note().isBlank()) {
				throw new InvalidFieldException("note", "Say why the sighting is rejected");
			}
			sighting.reject(reviewer, decision.note().strip(), clock.instant());
			return new Outcome(sighting, false);
		}
		Leopard identified = decision.leopardId() == null ? null : catalogue.find(decision.leopardId())
			.orElseThrow(() -> new UnknownLeopardException(decision.leopardId()));
		sighting.verify(reviewer, identified, blankToNull(decision.note()), clock.instant());
		Leopard leopard = sighting.getLeopard();
		return new Outcome(sighting, leopard != null && leopard.getStatus() == LeopardStatus.MISSING);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * What the review did; {@code missingLeopardSeen} tells the reviewer that an animal
	 * listed as missing has turned up, so they can mark it alive again.
	 */
	public record Outcome(Sighting sighting, boolean missingLeopardSeen) {
	}

}
