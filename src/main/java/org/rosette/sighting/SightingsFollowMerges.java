package org.rosette.sighting;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merged leopard's sightings become the survivor's, in the merge's own transaction (the
 * merged entry is deleted right after, which its sightings would block); the public
 * tallies of both are recounted once the merge commits.
 */
@Component
class SightingsFollowMerges {

	private final EntityManager entityManager;

	private final PublicTallyRecounts tallies;

	SightingsFollowMerges(EntityManager entityManager, PublicTallyRecounts tallies) {
		this.entityManager = entityManager;
		this.tallies = tallies;
	}

	@EventListener
	void on(LeopardsMerged merge) {
		entityManager.createNativeQuery("update sightings set leopard_id = :survivor where leopard_id = :merged")
			.setParameter("survivor", merge.survivorId())
			.setParameter("merged", merge.mergedId())
			.executeUpdate();
		tallies.afterCommit(PublicTallyRecounts.Slice.leopard(merge.mergedId()));
		tallies.afterCommit(PublicTallyRecounts.Slice.leopard(merge.survivorId()));
	}

}
