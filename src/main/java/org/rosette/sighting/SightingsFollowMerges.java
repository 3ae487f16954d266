package org.rosette.sighting;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardsMerged;
import org.rosette.leopard.MergeFollower;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merged leopard's sightings become the survivor's, in the merge's own transaction (the
 * merged entry is deleted right after, which its sightings would block).
 */
@Component
class SightingsFollowMerges implements MergeFollower {

	private final EntityManager entityManager;

	SightingsFollowMerges(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void on(LeopardsMerged merge) {
		entityManager.createNativeQuery("update sightings set leopard_id = :survivor where leopard_id = :merged")
			.setParameter("survivor", merge.survivorId())
			.setParameter("merged", merge.mergedId())
			.executeUpdate();
	}

	@Override
	public String messageCode() {
		return "admin.merge.moves.sightings";
	}

	@Override
	public long countFor(long leopardId) {
		return ((Number) entityManager.createNativeQuery("select count(*) from sightings where leopard_id = :leopard")
			.setParameter("leopard", leopardId)
			.getSingleResult()).longValue();
	}

}
