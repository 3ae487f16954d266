package org.rosette.system.web;

import java.util.Map;

import org.rosette.system.TranslatedRecords;
import org.rosette.system.TranslationForm;
import org.springframework.beans.factory.ObjectProvider;
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

/**
 * Admins write a record's texts in Russian and Chinese (a leopard's name and profile, a
 * campaign's title, summary and story): one page for every kind of record.
 */
@Controller
@RequestMapping("/admin/{kind}/{id}/texts")
class TranslationsController {

	private static final String VIEW = "admin/texts";

	private final ObjectProvider<TranslatedRecords> records;

	TranslationsController(ObjectProvider<TranslatedRecords> records) {
		this.records = records;
	}

	@GetMapping
	String show(@PathVariable String kind, @PathVariable long id, Model model) {
		TranslationForm.Subject subject = records(kind).texts(id).orElseThrow(TranslationsController::notFound);
		TranslationForm.of(subject).show(model, subject.name(), path(kind, id), back(kind, id));
		return VIEW;
	}

	@PostMapping
	String save(@PathVariable String kind, @PathVariable long id, @RequestParam Map<String, String> parameters,
			Model model, RedirectAttributes redirect) {
		TranslatedRecords records = records(kind);
		TranslationForm.Subject subject = records.texts(id).orElseThrow(TranslationsController::notFound);
		TranslationForm form = TranslationForm.sent(subject.fields(), parameters);
		if (form.hasErrors()) {
			form.show(model, subject.name(), path(kind, id), back(kind, id));
			return VIEW;
		}
		records.translate(id, form.byLanguage());
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + path(kind, id);
	}

	private TranslatedRecords records(String kind) {
		return records.orderedStream()
			.filter(candidate -> candidate.kind().equals(kind))
			.findFirst()
			.orElseThrow(TranslationsController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String path(String kind, long id) {
		return "/admin/" + kind + "/" + id + "/texts";
	}

	private static String back(String kind, long id) {
		return "/admin/" + kind + "/" + id + "/edit";
	}

}
