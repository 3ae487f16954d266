package org.rosette.campaign.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rosette.campaign.Campaign;
import org.rosette.campaign.Campaigns;
import org.rosette.campaign.Campaigns.CampaignTextValues;
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

/** Admins write a campaign's title, summary and story in Russian and Chinese. */
@Controller
@RequestMapping("/admin/campaigns/{id}/texts")
class CampaignTextsController {

	private final Campaigns records;

	CampaignTextsController(Campaigns records) {
		this.records = records;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		Campaign campaign = campaign(id);
		TranslationForm.of(fields(campaign), (language, key) -> switch (key) {
			case "title" -> campaign.textIn(language).getTitle();
			case "summary" -> campaign.textIn(language).getSummary();
			default -> campaign.textIn(language).getBody();
		}).show(model, campaign.getTitle(), path(id), "/admin/campaigns/" + id + "/edit");
		return "admin/texts";
	}

	@PostMapping
	String save(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model,
			RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		TranslationForm form = TranslationForm.sent(fields(campaign), parameters);
		if (form.hasErrors()) {
			form.show(model, campaign.getTitle(), path(id), "/admin/campaigns/" + id + "/edit");
			return "admin/texts";
		}
		Map<String, CampaignTextValues> texts = new LinkedHashMap<>();
		for (String language : Localized.TRANSLATED) {
			texts.put(language, new CampaignTextValues(form.value(language, "title"), form.value(language, "summary"),
					form.value(language, "body")));
		}
		records.translate(id, texts);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + path(id);
	}

	private Campaign campaign(long id) {
		return records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static List<Field> fields(Campaign campaign) {
		return List.of(new Field("title", "admin.campaign.title", 120, false, campaign.getTitle()),
				new Field("summary", "admin.campaign.summary", 500, true, campaign.getSummary()),
				new Field("body", "admin.campaign.body", 20000, true, campaign.getBody()));
	}

	private static String path(long id) {
		return "/admin/campaigns/" + id + "/texts";
	}

}
