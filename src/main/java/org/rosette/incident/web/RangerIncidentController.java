package org.rosette.incident.web;

import java.time.ZoneId;
import java.util.Locale;

import org.rosette.fieldwork.FieldReportFlow;
import org.rosette.fieldwork.ReportPage;
import org.rosette.incident.IncidentType;
import org.rosette.incident.Incidents;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ranger reports a threat: a snare, shots, a skin. Same rules as a sighting: nothing is
 * saved until every field and photo is acceptable, and a point outside the park needs the
 * ranger's confirmation.
 */
@Controller
@RequestMapping("/ranger/incidents")
class RangerIncidentController {

	static final String FORM = "incidentForm";

	private final Incidents incidents;

	private final ReportPage page;

	private final FieldReportFlow flow;

	RangerIncidentController(Incidents incidents, ReportPage page, FieldReportFlow flow) {
		this.incidents = incidents;
		this.page = page;
		this.flow = flow;
	}

	@GetMapping("/new")
	String newIncident(Model model) {
		model.addAttribute(FORM, IncidentForm.startingAt(page.now(), zone()));
		return show(model);
	}

	@PostMapping("/new")
	String report(@ModelAttribute(FORM) IncidentForm form, BindingResult errors, Authentication ranger, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!flow.submit(FORM, form, errors, model, redirect, locale,
				ready -> incidents.report(ready.report(), ranger.getName(), ready.photos()))) {
			return show(model);
		}
		redirect.addFlashAttribute("notice", "mine.incidentSaved");
		return "redirect:/ranger/sightings";
	}

	private String show(Model model) {
		page.describe(model);
		model.addAttribute("types", IncidentType.values());
		return "incident/form";
	}

	private ZoneId zone() {
		return page.park().zone();
	}

}
