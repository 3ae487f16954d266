package org.rosette.sighting.web;

import java.util.Locale;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.rosette.account.Staff;
import org.rosette.sighting.PublicCell;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.ReviewDecision;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingFilter;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.SightingReviews;
import org.rosette.sighting.Sightings;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.PageResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;

/**
 * One address, two views: the public gets the generalised sightings that
 * {@code LocationPrivacy} lets through, rangers and admins get every sighting in full.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/sightings", produces = "application/json")
class SightingApiController {

	private final Sightings sightings;

	private final PublicSightings publicSightings;

	private final SightingReviews reviews;

	SightingApiController(Sightings sightings, PublicSightings publicSightings, SightingReviews reviews) {
		this.sightings = sightings;
		this.publicSightings = publicSightings;
		this.reviews = reviews;
	}

	/**
	 * The public grid for maps: counts per 0.2° cell, with the same delay as everything
	 * public.
	 */
	@GetMapping("/cells")
	List<PublicCell> cells(@RequestParam(required = false) @Min(1900) @Max(2100) Integer year,
			@RequestParam(required = false) Long leopardId) {
		return publicSightings.cells(year, leopardId);
	}

	@PostMapping(path = "/{id}/review", consumes = "application/json")
	ReviewJson review(@PathVariable long id, @Valid @RequestBody ReviewDecision decision, Authentication caller) {
		SightingReviews.Outcome outcome = reviews.review(id, decision, caller.getName());
		return new ReviewJson(SightingJson.of(outcome.sighting()), outcome.missingLeopardSeen());
	}

	@GetMapping
	PageResponse<?> list(@Valid SightingQuery query, Authentication caller, Locale locale) {
		int page = query.page() == null ? 0 : query.page();
		int size = query.size() == null ? 50 : query.size();
		if (!Staff.isStaff(caller)) {
			return PageResponse.of(publicSightings.page(query.leopardId(), page, size), s -> s.in(locale));
		}
		SightingFilter filter = new SightingFilter(query.status(), query.leopardId(), query.from(), query.to(),
				boundingBox(query.bbox()));
		return PageResponse.of(sightings.search(filter, page, size), SightingJson::of);
	}

	@GetMapping("/{id}")
	Object one(@PathVariable long id, Authentication caller, Locale locale) {
		if (Staff.isStaff(caller)) {
			return sightings.find(id).map(SightingJson::of).orElseThrow(() -> notFound(id));
		}
		return publicSightings.find(id).map(s -> s.in(locale)).orElseThrow(() -> notFound(id));
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
			throw new RejectedValuesException("bbox", "form.error.bbox", ex.getMessage());
		}
	}

	private static NoSuchElementException notFound(long id) {
		return new NoSuchElementException("No sighting " + id + " that you may see");
	}

	/**
	 * The reviewed sighting, and whether its leopard is listed as missing and may be
	 * marked alive again.
	 */
	record ReviewJson(SightingJson sighting, boolean leopardListedMissing) {
	}

	record SightingQuery(ReviewStatus status, Long leopardId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to, String bbox, @Min(0) Integer page,
			@Min(1) @Max(200) Integer size) {
	}

}
