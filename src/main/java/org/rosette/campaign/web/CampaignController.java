package org.rosette.campaign.web;

import java.util.Locale;

import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.PublicCampaigns;
import org.rosette.campaign.MarkdownBody;
import org.rosette.system.Localized;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class CampaignController {

	private final PublicCampaigns campaigns;

	private final MarkdownBody markdown;

	CampaignController(PublicCampaigns campaigns, MarkdownBody markdown) {
		this.campaigns = campaigns;
		this.markdown = markdown;
	}

	@GetMapping("/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", campaigns.publicCampaigns());
		return "campaign/list";
	}

	@GetMapping("/campaigns/{slug}")
	String show(@PathVariable String slug, Model model, Locale locale) {
		CampaignProgress progress = campaigns.publicCampaign(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("progress", progress);
		Localized body = progress.campaign().bodyIn(locale);
		model.addAttribute("body", markdown.toSafeHtml(body.text()));
		model.addAttribute("bodyInEnglish", body.fallback());
		return "campaign/show";
	}

}
