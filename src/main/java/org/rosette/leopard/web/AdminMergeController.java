package org.rosette.leopard.web;

import java.security.Principal;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.rosette.leopard.LeopardMerges;
import org.rosette.leopard.Leopards;
import org.rosette.system.RejectedValuesException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's page for merging a duplicate entry into the one that stays: the survivor
 * chosen, a reason given, what will move shown first; a merge that cannot be true is
 * refused beside the survivor's field, and a done merge lands on the survivor.
 */
@Controller
@RequestMapping("/admin/leopards/{id}/merge")
class AdminMergeController {

	private static final String PAGE = "admin/leopard-merge";

	private final LeopardMerges merges;

	private final Leopards registry;

	AdminMergeController(LeopardMerges merges, Leopards registry) {
		this.merges = merges;
		this.registry = registry;
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) Long into, Model model) {
		model.addAttribute("form", new MergeRequest(into, ""));
		return page(id, model);
	}

	@PostMapping
	String merge(@PathVariable long id, @Valid @ModelAttribute("form") MergeRequest form, BindingResult errors,
			Model model, Principal admin, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				String name = merges.preview(id).merged().getName();
				merges.merge(id, form.into(), form.reason(), admin.getName());
				redirect.addFlashAttribute("merged", name);
				return "redirect:/admin/leopards/" + form.into() + "/edit";
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
			catch (NoSuchElementException ex) {
				errors.rejectValue("into", "admin.merge.unknown");
			}
		}
		return page(id, model);
	}

	private String page(long id, Model model) {
		try {
			model.addAttribute("preview", merges.preview(id));
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("survivors", registry.all().stream().filter(l -> !l.getId().equals(id)).toList());
		return PAGE;
	}

}
