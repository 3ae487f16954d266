package org.rosette.leopard.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.rosette.leopard.DeathCause;
import org.rosette.leopard.LeopardStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A change of status; a death needs its date and cause, and may point at the incident
 * report that found it.
 */
record StatusForm(@NotNull LeopardStatus status,
		@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diedOn, DeathCause deathCause,
		Long incidentId) {

	static StatusForm empty() {
		return new StatusForm(LeopardStatus.MISSING, null, null, null);
	}

}
