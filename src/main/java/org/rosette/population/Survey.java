package org.rosette.population;

import java.util.List;

/** A survey's capture history and what the estimators make of it. */
public record Survey(CaptureHistory history, CaptureFrequencies frequencies, List<Estimate> estimates) {

	public SurveyWindow window() {
		return history.window();
	}

	public Estimate estimate(String method) {
		return estimates.stream().filter(e -> e.method().equals(method)).findFirst().orElseThrow();
	}

}
