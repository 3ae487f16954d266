package org.rosette.overview;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.rosette.sighting.ReviewQueueChanged;
import org.rosette.sighting.SightingReviews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The number of sightings waiting for review, as the navigation badge shows it on every
 * admin page: counted in the database at most once per {@link #FRESH_FOR}, so a busy
 * admin does not send a count with every click, and again as soon as a sighting joins or
 * leaves the queue. The review page itself always counts afresh.
 */
@Component
public class PendingReviews {

	static final Duration FRESH_FOR = Duration.ofSeconds(20);

	private final SightingReviews reviews;

	private final AtomicReference<Counted> last = new AtomicReference<>();

	PendingReviews(SightingReviews reviews) {
		this.reviews = reviews;
	}

	public long count() {
		long now = System.nanoTime();
		Counted counted = last.get();
		if (counted == null || now - counted.at() > FRESH_FOR.toNanos()) {
			counted = new Counted(reviews.waiting(), now);
			last.set(counted);
		}
		return counted.value();
	}

	/**
	 * Counted again at the next page once the queue has changed and that has committed.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void forget(ReviewQueueChanged change) {
		last.set(null);
	}

	private record Counted(long value, long at) {
	}

}
