package org.rosette.population.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rosette.population.PopulationSurveys;
import org.rosette.population.SurveyWindow;
import org.rosette.sighting.SightingFilter;
import org.rosette.system.RejectedValuesException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A survey as asked for in a query string; what is left out takes the defaults (the last
 * 52 weeks in two-week occasions, the whole area).
 *
 * @param bbox {@code minLon,minLat,maxLon,maxLat}
 * @param park {@code true} to count captures inside the park's box only
 */
record SurveyQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer occasionDays,
		@Nullable String bbox, @Nullable Boolean park) {

	SurveyWindow window(PopulationSurveys surveys) {
		SurveyWindow defaults = surveys.defaultWindow();
		LocalDate today = surveys.today();
		LocalDate last = (to == null) ? today : to;
		if (last.isAfter(today)) {
			throw new RejectedValuesException("to", "population.invalid.future");
		}
		LocalDate first = (from == null) ? last.minusDays(defaults.to().toEpochDay() - defaults.from().toEpochDay())
				: from;
		return new SurveyWindow(first, last, occasionDays == null ? defaults.occasionDays() : occasionDays,
				area(surveys));
	}

	private SightingFilter.@Nullable BoundingBox area(PopulationSurveys surveys) {
		if (bbox != null && !bbox.isBlank()) {
			try {
				return SightingFilter.BoundingBox.parse(bbox);
			}
			catch (IllegalArgumentException ex) {
				throw new RejectedValuesException("bbox", "form.error.bbox", ex.getMessage());
			}
		}
		return Boolean.TRUE.equals(park) ? surveys.parkArea() : null;
	}

}
