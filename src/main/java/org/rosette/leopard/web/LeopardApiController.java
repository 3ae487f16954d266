package org.rosette.leopard.web;

import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardFilter;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.rosette.system.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.security.core.Authentication;
import org.rosette.leopard.LeopardMerges;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/leopards", produces = "application/json")
class LeopardApiController {

	private final PublicLeopards catalogue;

	private final LeopardMerges merges;

	LeopardApiController(PublicLeopards catalogue, LeopardMerges merges) {
		this.catalogue = catalogue;
		this.merges = merges;
	}

	/**
	 * ADMIN. Merges this leopard into {@code into}; a merge that cannot be true is a 400
	 * naming {@code into} with the reason.
	 */
	@PostMapping(path = "/{id}/merge", consumes = "application/json")
	LeopardJson merge(@PathVariable long id, @Valid @RequestBody MergeRequest request, Authentication caller,
			Locale locale) {
		merges.merge(id, request.into(), request.reason(), caller.getName());
		return one(request.into(), locale);
	}

	@GetMapping
	PageResponse<LeopardJson> list(@Valid LeopardQuery query, Locale locale) {
		PageRequest page = PageRequest.of(query.page() == null ? 0 : query.page(),
				query.size() == null ? 20 : query.size(), Sort.by("name").and(Sort.by("id")));
		return PageResponse.of(catalogue.search(query.toFilter(), page), leopard -> LeopardJson.of(leopard, locale));
	}

	@GetMapping("/{id}")
	LeopardJson one(@PathVariable long id, Locale locale) {
		return catalogue.find(id)
			.map(leopard -> LeopardJson.of(leopard, locale))
			.orElseThrow(() -> new NoSuchElementException("No leopard with id " + id));
	}

	record LeopardQuery(LeopardStatus status, Sex sex, @Size(max = 60) String q, @Min(0) Integer page,
			@Min(1) @Max(100) Integer size) {

		LeopardFilter toFilter() {
			return new LeopardFilter(status, sex, q);
		}

	}

}
