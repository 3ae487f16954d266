package org.rosette.population.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rosette.population.Estimate;
import org.rosette.population.Survey;

/**
 * A survey as the API gives it: the window, the capture frequencies f1…ft and each
 * method's estimate with its 95 % interval (one decimal; an open end is null).
 */
record PopulationJson(LocalDate from, LocalDate to, int occasionDays, int occasions, int individualsDetected,
		List<Integer> captureFrequencies, List<EstimateJson> estimates) {

	record EstimateJson(String method, @Nullable Double estimate, @Nullable Double lower, @Nullable Double upper) {

		static EstimateJson of(Estimate e) {
			return new EstimateJson(e.method(), round(e.estimate()), round(e.lower()), round(e.upper()));
		}

	}

	static PopulationJson of(Survey survey) {
		return new PopulationJson(survey.window().from(), survey.window().to(), survey.window().occasionDays(),
				survey.window().occasions(), survey.frequencies().individuals(),
				Arrays.stream(survey.frequencies().counts()).boxed().toList(),
				survey.estimates().stream().map(EstimateJson::of).toList());
	}

	private static @Nullable Double round(@Nullable Double value) {
		return value == null ? null : Math.round(value * 10) / 10.0;
	}

}
