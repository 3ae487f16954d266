package org.rosette.sighting.web;

import java.time.Instant;

import org.rosette.sighting.Evidence;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;

/**
 * A sighting in full, for rangers and admins only: exact time and place, status, author
 * and notes.
 */
record SightingJson(long id, Instant observedAt, Evidence evidence, Long leopardId, String leopardName, double latitude,
		double longitude, Integer adults, Integer cubs, ReviewStatus status, String submittedBy, String notes,
		String reviewNote, Instant reviewedAt) {

	static SightingJson of(Sighting s) {
		return new SightingJson(s.getId(), s.getObservedAt(), s.getEvidence(),
				s.getLeopard() == null ? null : s.getLeopard().getId(),
				s.getLeopard() == null ? null : s.getLeopard().getName(), s.getLatitude(), s.getLongitude(),
				s.getAdults(), s.getCubs(), s.getStatus(), s.getSubmittedBy().getUsername(), s.getNotes(),
				s.getReviewNote(), s.getReviewedAt());
	}

}
