package org.rosette.incident;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardsMerged;
import org.rosette.leopard.MergeFollower;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A merged leopard's incidents become the survivor's, in the merge's transaction. */
@Component
class IncidentsFollowMerges implements MergeFollower {

	private final EntityManager entityManager;

	IncidentsFollowMerges(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void on(LeopardsMerged merge) {
		entityManager.createNativeQuery("update incidents set leopard_id = :survivor where leopard_id = :merged")
			.setParameter("survivor", merge.survivorId())
			.setParameter("merged", merge.mergedId())
			.executeUpdate();
	}

	@Override
	public String messageCode() {
		return "admin.merge.moves.incidents";
	}

	@Override
	public long countFor(long leopardId) {
		return ((Number) entityManager.createNativeQuery("select count(*) from incidents where leopard_id = :leopard")
			.setParameter("leopard", leopardId)
			.getSingleResult()).longValue();
	}

}
