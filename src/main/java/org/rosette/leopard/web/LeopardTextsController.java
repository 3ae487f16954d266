package org.rosette.leopard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.leopard.Leopards.LeopardTextValues;
import org.rosette.system.Localized;
import org.rosette.system.TranslationForm;
import org.rosette.system.TranslationForm.Field;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins write a leopard's name and profile text in Russian and Chinese. */
@Controller
@RequestMapping("/admin/leopards/{id}/texts")
class LeopardTextsController {

	private final Leopards registry;

	LeopardTextsController(Leopards registry) {
		this.registry = registry;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		Leopard leopard = leopard(id);
		TranslationForm
			.of(fields(leopard),
					(language, key) -> key.equals("name") ? leopard.textIn(language).getName()
							: leopard.textIn(language).getDescription())
			.show(model, leopard.getName(), path(id), "/admin/leopards/" + id + "/edit");
		return "admin/texts";
	}

	@PostMapping
	String save(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model,
			RedirectAttributes redirect) {
		Leopard leopard = leopard(id);
		TranslationForm form = TranslationForm.sent(fields(leopard), parameters);
		if (form.hasErrors()) {
			form.show(model, leopard.getName(), path(id), "/admin/leopards/" + id + "/edit");
			return "admin/texts";
		}
		Map<String, LeopardTextValues> texts = new LinkedHashMap<>();
		for (String language : Localized.TRANSLATED) {
			texts.put(language,
					new LeopardTextValues(form.value(language, "name"), form.value(language, "description")));
		}
		registry.translate(id, texts);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + path(id);
	}

	private Leopard leopard(long id) {
		return registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static List<Field> fields(Leopard leopard) {
		return List.of(new Field("name", "admin.leopard.name", 60, false, leopard.getName()),
				new Field("description", "admin.leopard.description", 4000, true, leopard.getDescription()));
	}

	private static String path(long id) {
		return "/admin/leopards/" + id + "/texts";
	}

}
