package org.rosette.population.web;

import org.rosette.population.PopulationSurveys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API: capture frequencies and population estimates for a survey window. */
@RestController
@RequestMapping("/api/v1/population")
class PopulationApiController {

	private final PopulationSurveys surveys;

	PopulationApiController(PopulationSurveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	PopulationJson population(SurveyQuery query) {
		return PopulationJson.of(surveys.survey(query.window(surveys)));
	}

}
