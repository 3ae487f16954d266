package org.rosette.sighting;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardColumnFollower;
import org.rosette.leopard.LeopardsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merged leopard's sightings become the survivor's, in the merge's own transaction; the
 * public tallies of both are recounted once the merge commits.
 */
@Component
class SightingsFollowMerges extends LeopardColumnFollower {

	private final PublicTallyRecounts tallies;

	SightingsFollowMerges(EntityManager entityManager, PublicTallyRecounts tallies) {
		super(entityManager, "sightings", "admin.merge.moves.sightings");
		this.tallies = tallies;
	}

	@Override
	@EventListener
	public void on(LeopardsMerged merge) {
		super.on(merge);
		tallies.afterCommit(PublicTallyRecounts.Slice.leopard(merge.mergedId()));
		tallies.afterCommit(PublicTallyRecounts.Slice.leopard(merge.survivorId()));
	}

}
