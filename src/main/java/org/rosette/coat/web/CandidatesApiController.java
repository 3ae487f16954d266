package org.rosette.coat.web;

import java.util.List;
import java.util.NoSuchElementException;

import org.rosette.coat.CoatCandidates;
import org.rosette.sighting.Sightings;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Coat-pattern suggestions for staff; security keeps anonymous callers out. */
@RestController
class CandidatesApiController {

	private final CoatCandidates candidates;

	private final Sightings sightings;

	CandidatesApiController(CoatCandidates candidates, Sightings sightings) {
		this.candidates = candidates;
		this.sightings = sightings;
	}

	@GetMapping("/api/v1/sightings/{id}/candidates")
	CandidatesJson candidates(@PathVariable long id) {
		if (sightings.find(id).isEmpty()) {
			throw new NoSuchElementException("No sighting " + id);
		}
		var suggestions = candidates.forSighting(id);
		return new CandidatesJson(suggestions.items()
			.stream()
			.map(s -> new CandidateJson(s.leopardId(), s.code(), s.name(), s.score()))
			.toList(), suggestions.newIndividual());
	}

	record CandidatesJson(List<CandidateJson> items, boolean newIndividual) {
	}

	record CandidateJson(long leopardId, String code, String name, double score) {
	}

}
