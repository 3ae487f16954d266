package org.rosette.sighting;

import jakarta.persistence.EntityManager;

import org.rosette.leopard.LeopardColumnFollower;
import org.springframework.stereotype.Component;

/** A merged leopard's sightings become the survivor's. */
@Component
class SightingsFollowMerges extends LeopardColumnFollower {

	SightingsFollowMerges(EntityManager entityManager) {
		super(entityManager, "sightings", "admin.merge.moves.sightings");
	}

}
