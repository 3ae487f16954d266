package org.rosette.incident;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardColumnFollower;
import org.springframework.stereotype.Component;

/** A merged leopard's incidents become the survivor's. */
@Component
class IncidentsFollowMerges extends LeopardColumnFollower {

	IncidentsFollowMerges(EntityManager entityManager) {
		super(entityManager, "incidents", "admin.merge.moves.incidents");
	}

}
