package org.rosette.incident.web;

import java.time.ZoneId;
import java.util.Locale;

import org.rosette.fieldwork.HandedInPhotos;
import org.rosette.fieldwork.ReportPage;
import org.rosette.fieldwork.ReportRules;
import org.rosette.fieldwork.TakenFromPhotos;
import org.rosette.incident.IncidentReport;
import org.rosette.incident.IncidentType;
import org.rosette.incident.Incidents;
import org.rosette.photo.PhotoRejectedException;
import org.rosette.system.RejectedValuesException;
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

	private final ReportRules rules;

	private final HandedInPhotos photos;

	RangerIncidentController(Incidents incidents, ReportPage page, ReportRules rules, HandedInPhotos photos) {
		this.incidents = incidents;
		this.page = page;
		this.rules = rules;
		this.photos = photos;
	}

	@GetMapping("/new")
	String newIncident(Model model) {
		model.addAttribute(FORM, IncidentForm.startingAt(page.now(), zone()));
		return show(model);
	}

	@PostMapping("/new")
	String report(@ModelAttribute(FORM) IncidentForm form, BindingResult errors, Authentication ranger, Model model,
			RedirectAttributes redirect, Locale locale) {
		HandedInPhotos.Checked checked = photos.check(form.photos(), errors);
		TakenFromPhotos taken = TakenFromPhotos.fill(checked, form.timeMissing(), form.placeMissing(), zone());
		if (taken.anything()) {
			form = form.with(taken);
			errors = page.replace(FORM, form, errors, model);
			model.addAttribute("takenFromPhotos", page.say(taken.notes(), locale));
		}
		IncidentReport report = form.toReport(zone(), errors);
		rules.check(report, errors);
		boolean outside = !errors.hasErrors() && !page.insidePark(report.latitude(), report.longitude());
		if (errors.hasErrors() || (outside && !form.confirmedOutsidePark())) {
			model.addAttribute("outsidePark", outside);
			return showAgain(model, checked);
		}
		try {
			incidents.report(report, ranger.getName(), checked.uploads());
		}
		catch (RejectedValuesException ex) {
			ex.rejectInto(errors);
			return showAgain(model, checked);
		}
		catch (PhotoRejectedException ex) {
			HandedInPhotos.reject(errors, ex);
			return showAgain(model, checked);
		}
		redirect.addFlashAttribute("notice", "mine.incidentSaved");
		redirect.addFlashAttribute("takenFromPhotos", page.say(taken.notes(), locale));
		return "redirect:/ranger/sightings";
	}

	private String showAgain(Model model, HandedInPhotos.Checked checked) {
		model.addAttribute("reattachPhotos", checked.uploads().size());
		return show(model);
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
