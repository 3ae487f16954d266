package org.rosette.sighting;

import java.time.Instant;

import org.rosette.fieldwork.FieldReport;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What a ranger reports: the same fields whether they come from the web form or from a
 * field device.
 */
public record SightingReport(@NotNull @PastOrPresent Instant observedAt,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude, @NotNull Evidence evidence, Long leopardId,
		@Min(0) @Max(20) Integer adults, @Min(0) @Max(20) Integer cubs,
		@Size(max = 10000) String notes) implements FieldReport {
}
