package org.rosette.incident;

import java.time.Instant;

import org.rosette.fieldwork.FieldReport;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a ranger reports of a threat, from the web form or a field device. */
public record IncidentReport(@NotNull @PastOrPresent Instant occurredAt,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude, @NotNull IncidentType type, Long leopardId,
		@NotBlank @Size(max = 10000) String description) implements FieldReport {
}
