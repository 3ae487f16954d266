package org.rosette.sighting.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.rosette.fieldwork.FieldReportFlow;
import org.rosette.fieldwork.ReportPage;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingLockedException;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ranger reports a sighting, and corrects or withdraws it while it waits for review.
 * Nothing is saved until every field and photo is acceptable, and a point outside the
 * park is saved only once the ranger confirms it.
 */
@Controller
@RequestMapping("/ranger/sightings")
class RangerSightingController {

	static final String FORM = "sightingForm";

	static final String VIEW = "sighting/form";

	static final String MINE = "redirect:/ranger/sightings";

	private final Sightings sightings;

	private final ReportPage page;

	private final FieldReportFlow flow;

	RangerSightingController(Sightings sightings, ReportPage page, FieldReportFlow flow) {
		this.sightings = sightings;
		this.page = page;
		this.flow = flow;
	}

	@GetMapping("/new")
	String newSighting(Model model) {
		model.addAttribute(FORM, SightingForm.startingAt(page.now(), zone()));
		return show(model, null);
	}

	@PostMapping("/new")
	String report(@ModelAttribute(FORM) SightingForm form, BindingResult errors, Authentication ranger, Model model,
			RedirectAttributes redirect, Locale locale) {
		return submit(form, errors, model, null, redirect, locale,
				ready -> sightings.report(ready.report(), ranger.getName(), ready.photos()));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Authentication ranger, Model model, RedirectAttributes redirect) {
		Sighting sighting = own(id, ranger);
		if (!sighting.isPending()) {
			redirect.addFlashAttribute("notice", "mine.locked");
			return MINE;
		}
		model.addAttribute(FORM, SightingForm.of(sighting, zone()));
		return show(model, id);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute(FORM) SightingForm form, BindingResult errors,
			Authentication ranger, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			return submit(form, errors, model, id, redirect, locale,
					ready -> sightings.revise(id, ready.report(), ranger.getName(), ready.photos()));
		}
		catch (SightingLockedException ex) {
			redirect.addFlashAttribute("notice", "mine.locked");
			return MINE;
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, Authentication ranger, RedirectAttributes redirect) {
		try {
			sightings.withdraw(id, ranger.getName());
			redirect.addFlashAttribute("notice", "mine.withdrawn");
		}
		catch (SightingLockedException ex) {
			redirect.addFlashAttribute("notice", "mine.locked");
		}
		return MINE;
	}

	/**
	 * Someone else's sighting is answered as if it did not exist: its id tells nothing.
	 */
	@ExceptionHandler({ NoSuchElementException.class, AccessDeniedException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String submit(SightingForm form, BindingResult errors, Model model, Long id, RedirectAttributes redirect,
			Locale locale, Consumer<FieldReportFlow.Ready<SightingReport>> save) {
		if (!flow.submit(FORM, form, errors, model, redirect, locale, save)) {
			return show(model, id);
		}
		redirect.addFlashAttribute("notice", id == null ? "mine.sightingSaved" : "mine.sightingRevised");
		return MINE;
	}

	private String show(Model model, Long id) {
		page.describe(model);
		model.addAttribute("evidences", Evidence.values());
		model.addAttribute("sightingId", id);
		if (id != null) {
			model.addAttribute("keptPhotos", sightings.photosOf(id).size());
		}
		return VIEW;
	}

	private Sighting own(long id, Authentication ranger) {
		Sighting sighting = sightings.find(id).orElseThrow(() -> new NoSuchElementException("No sighting " + id));
		if (!sighting.isSubmittedBy(ranger.getName())) {
			throw new AccessDeniedException("Sighting " + id + " is not theirs");
		}
		return sighting;
	}

	private ZoneId zone() {
		return page.park().zone();
	}

}
