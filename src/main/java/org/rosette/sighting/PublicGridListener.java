package org.rosette.sighting;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Keeps a sighting's public cell and month in step with its exact place and time on every
 * write through JPA. Hibernate obtains it from Spring, so the rule stays in
 * {@link LocationPrivacy}. A JPA-only test slice has no privacy rule: there the places
 * stay empty, as after a bulk SQL load, until {@link PublicGrid} fills them.
 */
class PublicGridListener {

	private final ObjectProvider<LocationPrivacy> privacyRule;

	PublicGridListener(ObjectProvider<LocationPrivacy> privacyRule) {
		this.privacyRule = privacyRule;
	}

	@PrePersist
	@PreUpdate
	void place(Sighting sighting) {
		LocationPrivacy privacy = privacyRule.getIfAvailable();
		if (privacy != null) {
			sighting.placePublicly(privacy.generalise(sighting.getLatitude(), sighting.getLongitude()),
					privacy.month(sighting.getObservedAt()));
		}
	}

}
