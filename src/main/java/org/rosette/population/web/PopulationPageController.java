package org.rosette.population.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.rosette.population.CaptureHistory;
import org.rosette.population.PopulationSurveys;
import org.rosette.population.SecrExports;
import org.rosette.population.Survey;
import org.rosette.population.SurveyWindow;
import org.rosette.population.YearEstimate;
import org.rosette.system.RejectedValuesException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff page "Population": a survey's capture history, its capture frequencies and
 * estimates, the headline estimate of every year, and the downloads.
 */
@Controller
@RequestMapping("/ranger/population")
class PopulationPageController {

	private final PopulationSurveys surveys;

	private final SecrExports secr;

	private final MessageSource messages;

	PopulationPageController(PopulationSurveys surveys, SecrExports secr, MessageSource messages) {
		this.surveys = surveys;
		this.secr = secr;
		this.messages = messages;
	}

	@GetMapping
	String page(SurveyQuery query, Model model, Locale locale) {
		model.addAttribute("query", query);
		model.addAttribute("defaults", surveys.defaultWindow());
		SurveyWindow window;
		try {
			window = query.window(surveys);
		}
		catch (RejectedValuesException ex) {
			RejectedValuesException.Rejection first = ex.rejections().get(0);
			model.addAttribute("errorField", first.field());
			model.addAttribute("errorMessage", messages.getMessage(first.messageCode(), first.arguments(), locale));
			return "population/page";
		}
		Survey survey = surveys.survey(window);
		List<YearEstimate> years = surveys.byYear(window.occasionDays(), window.area());
		model.addAttribute("survey", survey);
		model.addAttribute("window", window);
		model.addAttribute("years", years);
		model.addAttribute("headline", PopulationSurveys.HEADLINE);
		return "population/page";
	}

	/** The capture-history matrix: one row per individual, 1 or 0 per occasion. */
	@GetMapping("/history.csv")
	void historyCsv(SurveyQuery query, HttpServletResponse response) throws IOException {
		CaptureHistory history = surveys.history(query.window(surveys));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"capture-history.csv\"");
		response.setHeader("Cache-Control", "no-store");
		CaptureHistoryCsv.write(history, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	/** The survey as secr input files, for spatial capture–recapture in R. */
	@GetMapping("/secr.zip")
	void secrZip(SurveyQuery query, HttpServletResponse response) throws IOException {
		SecrFiles.download(secr.survey(query.window(surveys)), response);
	}

}
