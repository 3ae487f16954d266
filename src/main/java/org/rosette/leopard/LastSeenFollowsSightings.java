package org.rosette.leopard;

import java.util.List;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows the last-seen months the sighting module works out, in the transaction that
 * published them (a review's, or the nightly refresh's).
 */
@Component
class LastSeenFollowsSightings {

	private final LeopardRepository leopards;

	LastSeenFollowsSightings(LeopardRepository leopards) {
		this.leopards = leopards;
	}

	@EventListener
	@Transactional
	void show(PublicLastSeenMonths seen) {
		// The catalogue is the park's few hundred animals at most.
		List<Leopard> which = seen.leopardId() == null ? leopards.findAll()
				: leopards.findById(seen.leopardId()).stream().toList();
		for (Leopard leopard : which) {
			var month = seen.months().get(leopard.getId());
			if (!Objects.equals(month, leopard.getLastSeenMonth())) {
				leopard.publiclySeenIn(month);
			}
		}
	}

}
