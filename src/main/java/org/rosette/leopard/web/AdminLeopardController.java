package org.rosette.leopard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.rosette.leopard.DeathCause;
import org.rosette.leopard.Flank;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardFilter;
import org.rosette.leopard.LeopardLookalikes;
import org.rosette.leopard.Lookalike;
import org.rosette.leopard.Leopards;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.rosette.photo.PhotoRejectedException;
import org.rosette.system.FormVersion;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.Upload;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue for admins: the list, the form of an individual, its status and its
 * reference photos.
 */
@Controller
@RequestMapping("/admin/leopards")
class AdminLeopardController {

	private static final String FORM = "admin/leopard-form";

	static final int PAGE_SIZE = 50;

	private final Leopards registry;

	private final PublicLeopards catalogue;

	private final LeopardLookalikes lookalikes;

	AdminLeopardController(Leopards registry, PublicLeopards catalogue, LeopardLookalikes lookalikes) {
		this.registry = registry;
		this.catalogue = catalogue;
		this.lookalikes = lookalikes;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("causes", DeathCause.values());
		model.addAttribute("statuses", LeopardStatus.values());
		model.addAttribute("flanks", Flank.values());
	}

	/**
	 * The catalogue as admins keep it: searched by name or code, filtered by status, in
	 * pages.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) LeopardStatus status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String words = (q == null || q.isBlank()) ? null : q.strip();
		Page<Leopard> found = catalogue.search(new LeopardFilter(status, null, words),
				PageRequest.of(Math.max(0, page - 1), PAGE_SIZE, Sort.by("name").and(Sort.by("id"))));
		model.addAttribute("leopards", found);
		model.addAttribute("q", words);
		model.addAttribute("status", status);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/admin/leopards")
					.queryParamIfPresent("q", java.util.Optional.ofNullable(words))
					.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
					.build()
					.toUriString());
		return "admin/leopards";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", LeopardForm.empty());
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") LeopardForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				registry.refuseWhatCannotBeSaved(form.details(), null);
				if (warnedOfDuplicates(form, null, model)) {
					return form(null, model);
				}
				Leopard leopard = registry.create(form.details());
				redirect.addFlashAttribute("saved", leopard.getName());
				return "redirect:/admin/leopards/" + leopard.getId() + "/edit";
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		return form(null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Leopard leopard = leopard(id);
		model.addAttribute("form", LeopardForm.of(leopard));
		return form(leopard, model);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") LeopardForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Leopard leopard = leopard(id);
		if (!errors.hasErrors()) {
			try {
				registry.refuseWhatCannotBeSaved(form.details(), id);
				if (warnedOfDuplicates(form, id, model)) {
					return form(leopard, model);
				}
				if (FormVersion.saved(() -> registry.revise(id, form.version(), form.details()))) {
					redirect.addFlashAttribute("saved", form.name().strip());
					return "redirect:/admin/leopards/" + id + "/edit";
				}
				return conflict(form, leopard(id), model);
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		return form(leopard, model);
	}

	/**
	 * Their edit stays in the form, now based on the saved version: saving again is a
	 * deliberate choice.
	 */
	private String conflict(LeopardForm form, Leopard saved, Model model) {
		model.addAttribute("conflict", form.conflictWith(saved,
				motherId -> registry.find(motherId).map(Leopard::getName).orElse(String.valueOf(motherId))));
		model.addAttribute("form", form.withVersion(saved.getVersion()));
		return form(saved, model);
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Leopard leopard = leopard(id);
		if (form.status() == LeopardStatus.DECEASED) {
			if (form.diedOn() == null) {
				errors.rejectValue("diedOn", "admin.leopard.diedOnNeeded");
			}
			if (form.deathCause() == null) {
				errors.rejectValue("deathCause", "admin.leopard.causeNeeded");
			}
		}
		if (!errors.hasErrors()) {
			try {
				switch (form.status()) {
					case MISSING -> registry.markMissing(id);
					case ALIVE -> registry.markAlive(id);
					case DECEASED -> registry.markDeceased(id, form.diedOn(), form.deathCause(), form.incidentId());
				}
				redirect.addFlashAttribute("notice", "admin.leopard.statusChanged");
				return "redirect:/admin/leopards/" + id + "/edit";
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		model.addAttribute("form", LeopardForm.of(leopard));
		return form(leopard, model);
	}

	@PostMapping("/{id}/photos")
	String photo(@PathVariable long id, @RequestParam Flank flank, @RequestParam("photo") MultipartFile photo,
			Model model, RedirectAttributes redirect) {
		Leopard leopard = leopard(id);
		try {
			if (photo.isEmpty()) {
				throw new IllegalArgumentException("no file");
			}
			registry.keepPhoto(id, flank, new Upload(String.valueOf(photo.getOriginalFilename()), photo.getBytes()));
			redirect.addFlashAttribute("notice", "admin.leopard.photoKept");
			return "redirect:/admin/leopards/" + id + "/edit";
		}
		catch (PhotoRejectedException ex) {
			model.addAttribute("photoError", ex);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("photoMissing", true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		model.addAttribute("form", LeopardForm.of(leopard));
		return form(leopard, model);
	}

	/**
	 * Shows the likely duplicates instead of saving, unless the admin has seen them and
	 * confirmed.
	 */
	private boolean warnedOfDuplicates(LeopardForm form, @Nullable Long id, Model model) {
		if (form.confirmedNotDuplicate()) {
			return false;
		}
		List<Lookalike> found = lookalikes.of(form.code(), form.name(), id);
		model.addAttribute("lookalikes", found);
		return !found.isEmpty();
	}

	private String form(Leopard leopard, Model model) {
		model.addAttribute("leopard", leopard);
		model.addAttribute("mothers",
				registry.females()
					.stream()
					.filter(f -> leopard == null || !f.getId().equals(leopard.getId()))
					.toList());
		if (leopard != null) {
			model.addAttribute("photos", catalogue.referencePhotos(leopard.getId()));
			if (!model.containsAttribute("statusForm")) {
				model.addAttribute("statusForm", StatusForm.empty());
			}
		}
		return FORM;
	}

	private Leopard leopard(long id) {
		return registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
