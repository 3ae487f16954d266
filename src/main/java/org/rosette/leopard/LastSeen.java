package org.rosette.leopard;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each individual's last-seen day as confirmed sightings come in. */
@Component
class LastSeen {

	private final LeopardRepository leopards;

	LastSeen(LeopardRepository leopards) {
		this.leopards = leopards;
	}

	@EventListener
	@Transactional
	void on(LeopardSeen seen) {
		leopards.findById(seen.leopardId()).ifPresent(leopard -> leopard.seenOn(seen.day()));
	}

}
