package org.rosette.incident.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.rosette.incident.Incident;
import org.rosette.incident.IncidentReport;
import org.rosette.incident.Incidents;
import org.rosette.system.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents for rangers and admins; the security configuration keeps everyone else out.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/incidents", produces = "application/json")
class IncidentApiController {

	private final Incidents incidents;

	IncidentApiController(Incidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping
	PageResponse<IncidentJson> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.of(incidents.all(page, size), IncidentJson::of);
	}

	@PostMapping(consumes = "application/json")
	ResponseEntity<IncidentJson> report(@Valid @RequestBody IncidentReport report, Authentication caller) {
		Incident incident = incidents.report(report, caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.getId()))
			.body(IncidentJson.of(incident));
	}

}
