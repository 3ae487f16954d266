package org.rosette.incident.web;

import java.time.Instant;

import org.rosette.incident.Incident;
import org.rosette.incident.IncidentType;

/** An incident as rangers and admins see it. Never served to the public. */
record IncidentJson(long id, Instant occurredAt, double latitude, double longitude, IncidentType type, Long leopardId,
		String leopardName, String description, String reportedBy, Instant createdAt) {

	static IncidentJson of(Incident i) {
		return new IncidentJson(i.getId(), i.getOccurredAt(), i.getLatitude(), i.getLongitude(), i.getType(),
				i.getLeopard() == null ? null : i.getLeopard().getId(),
				i.getLeopard() == null ? null : i.getLeopard().getName(), i.getDescription(),
				i.getReportedBy().getUsername(), i.getCreatedAt());
	}

}
