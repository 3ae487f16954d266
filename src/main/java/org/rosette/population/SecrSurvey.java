package org.rosette.population;

import java.util.List;

/**
 * A survey as R's {@code secr} reads it ({@code read.capthist}, format {@code trapID}):
 * one capture per individual, occasion and detector, and the detectors' positions in
 * metres (UTM zone 52N).
 *
 * @param session the session's name, the survey's first day
 */
public record SecrSurvey(SurveyWindow window, String session, List<Capture> captures, List<Detector> detectors) {

	/** An individual caught by a detector on an occasion (from 1). */
	public record Capture(String individual, int occasion, String detector) {
	}

	/** A camera position: its name and where it stands, in metres. */
	public record Detector(String name, double x, double y) {
	}

	public SecrSurvey {
		captures = List.copyOf(captures);
		detectors = List.copyOf(detectors);
	}

}
