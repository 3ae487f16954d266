package org.rosette.population.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.rosette.population.PopulationSurveys;
import org.rosette.population.SecrExports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API: capture frequencies and population estimates for a survey window. */
@RestController
@RequestMapping("/api/v1/population")
class PopulationApiController {

	private final PopulationSurveys surveys;

	private final SecrExports secr;

	PopulationApiController(PopulationSurveys surveys, SecrExports secr) {
		this.surveys = surveys;
		this.secr = secr;
	}

	@GetMapping
	PopulationJson population(SurveyQuery query) {
		return PopulationJson.of(surveys.survey(query.window(surveys)));
	}

	/** The survey as secr input files: {@code captures.txt} and {@code traps.txt}. */
	@GetMapping("/secr.zip")
	void secr(SurveyQuery query, HttpServletResponse response) throws IOException {
		SecrFiles.download(secr.survey(query.window(surveys)), response);
	}

}
