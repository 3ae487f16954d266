package org.rosette.campaign.web;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.rosette.campaign.PublicCampaigns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/campaigns", produces = "application/json")
class CampaignApiController {

	private final PublicCampaigns campaigns;

	CampaignApiController(PublicCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping
	List<CampaignJson> list(Locale locale) {
		return campaigns.publicCampaigns().stream().map(p -> CampaignJson.of(p, locale)).toList();
	}

	@GetMapping("/{slug}")
	CampaignJson one(@PathVariable String slug, Locale locale) {
		return campaigns.publicCampaign(slug)
			.map(p -> CampaignJson.of(p, locale))
			.orElseThrow(() -> new NoSuchElementException("No public campaign with slug " + slug));
	}

}
