package org.rosette.sighting.web;

import java.net.URI;
import java.time.Instant;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.rosette.account.Staff;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingFilter;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.rosette.system.InvalidFieldException;
import org.rosette.system.PageResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One address, two views: the public gets the generalised sightings that {@code LocationPrivacy} lets through,
 * rangers and admins get every sighting in full.
 */
@RestController
@RequestMapping(path = "/api/v1/sightings", produces = "application/json")
class SightingApiController {

	private final Sightings sightings;

	private final PublicSightings publicSightings;

	SightingApiController(Sightings sightings, PublicSightings publicSightings) {
		this.sightings = sightings;
		this.publicSightings = publicSightings;
	}

	@GetMapping
	PageResponse<?> list(@Valid SightingQuery query, Authentication caller) {
		int page = query.page() == null ? 0 : query.page();
		int size = query.size() == null ? 50 : query.size();
		if (!Staff.isStaff(caller)) {
			return PageResponse.of(publicSightings.page(query.leopardId(), page, size), s -> s);
		}
		SightingFilter filter = new SightingFilter(query.status(), query.leopardId(), query.from(), query.to(),
				boundingBox(query.bbox()));
		return PageResponse.of(sightings.search(filter, page, size), SightingJson::of);
	}

	@GetMapping("/{id}")
	Object one(@PathVariable long id, Authentication caller) {
		if (Staff.isStaff(caller)) {
			return sightings.find(id).map(SightingJson::of).orElseThrow(() -> notFound(id));
		}
		return publicSightings.find(id).orElseThrow(() -> notFound(id));
	}

	@PostMapping(consumes = "application/json")
	ResponseEntity<SightingJson> report(@Valid @RequestBody SightingReport report, Authentication caller) {
		Sighting sighting = sightings.report(report, caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/sightings/" + sighting.getId()))
			.body(SightingJson.of(sighting));
	}

	private static SightingFilter.BoundingBox boundingBox(String bbox) {
		if (bbox == null || bbox.isBlank()) {
			return null;
		}
		try {
			return SightingFilter.BoundingBox.parse(bbox);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("bbox", ex.getMessage());
		}
	}

	private static NoSuchElementException notFound(long id) {
		return new NoSuchElementException("No sighting " + id + " that you may see");
	}

	record SightingQuery(ReviewStatus status, Long leopardId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to, String bbox, @Min(0) Integer page,
			@Min(1) @Max(200) Integer size) {
	}

}
