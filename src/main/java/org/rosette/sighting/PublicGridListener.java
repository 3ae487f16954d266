package org.rosette.sighting;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Keeps a sighting's public cell and month in step with its exact place and time on every
 * write through JPA, and has the public tallies of its month recounted once a write of a
 * verified sighting commits. Hibernate obtains it from Spring, so the rule stays in
 * {@link LocationPrivacy}. A JPA-only test slice has no privacy rule: there the places
 * stay empty, as after a bulk SQL load, until {@link PublicGrid} fills them.
 */
class PublicGridListener {

	private final ObjectProvider<LocationPrivacy> privacyRule;

	private final ObjectProvider<PublicTallyRecounts> recounts;

	PublicGridListener(ObjectProvider<LocationPrivacy> privacyRule, ObjectProvider<PublicTallyRecounts> recounts) {
		this.privacyRule = privacyRule;
		this.recounts = recounts;
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

	/**
	 * Only verified sightings are tallied, and a verified one never changes its month
	 * (reports are revised only while pending), so its month is the one to recount.
	 */
	@PostPersist
	@PostUpdate
	void tally(Sighting sighting) {
		PublicTallyRecounts tallies = recounts.getIfAvailable();
		if (tallies != null && sighting.getStatus() == ReviewStatus.VERIFIED && sighting.getParkMonth() != null) {
			tallies.afterCommit(PublicTallyRecounts.Slice.month(sighting.getParkMonth()));
		}
	}

}
