package org.rosette.sighting.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.rosette.leopard.Leopard;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingPhoto;
import org.rosette.system.ParkArea;

/**
 * A pending sighting as the reviewer sees it: everything the ranger reported, exact, with
 * times in the park's zone. Staff-only; never hand one to a public page.
 */
record ReviewCard(long id, ZonedDateTime observedAt, ZonedDateTime reportedAt, Evidence evidence, double latitude,
		double longitude, boolean insidePark, Integer adults, Integer cubs, String notes, String ranger,
		Candidate candidate, List<PhotoLink> photos) {

	static ReviewCard of(Sighting s, ParkArea park, List<SightingPhoto> photos) {
		ZoneId zone = park.zone();
		Leopard leopard = s.getLeopard();
		return new ReviewCard(s.getId(), s.getObservedAt().atZone(zone),
				s.getCreatedAt() == null ? null : s.getCreatedAt().atZone(zone), s.getEvidence(), s.getLatitude(),
				s.getLongitude(), park.contains(s.getLatitude(), s.getLongitude()), s.getAdults(), s.getCubs(),
				s.getNotes(), s.getSubmittedBy().getDisplayName(), leopard == null ? null : Candidate.of(leopard),
				photos.stream().map(PhotoLink::of).toList());
	}

	/**
	 * The individual the ranger named, whose reference pattern the reviewer compares with
	 * the evidence.
	 */
	record Candidate(long id, String name, String code) {

		static Candidate of(Leopard leopard) {
			return new Candidate(leopard.getId(), leopard.getName(), leopard.getCode());
		}

	}

	/**
	 * A photo of the evidence: a thumbnail that links to the larger display copy (never
	 * the original).
	 */
	record PhotoLink(String thumbnailUrl, String displayUrl, String name) {

		static PhotoLink of(SightingPhoto photo) {
			String base = "/ranger/photos/" + photo.getStorageKey();
			return new PhotoLink(base + "/thumbnail.jpg", base + "/display.jpg", photo.getOriginalName());
		}

	}

}
