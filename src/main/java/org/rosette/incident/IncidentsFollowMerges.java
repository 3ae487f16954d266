package org.rosette.incident;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A merged leopard's incidents become the survivor's, in the merge's transaction. */
@Component
class IncidentsFollowMerges {

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

}
