package org.rosette.outreach.web;

import org.rosette.campaign.PublicCampaigns;
import org.rosette.leopard.PublicLeopards;
import org.rosette.outreach.PopulationTarget;
import org.rosette.sighting.PublicSightings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final int LATEST_SIGHTINGS = 6;

	private final PublicLeopards catalogue;

	private final PublicSightings sightings;

	private final PublicCampaigns campaigns;

	private final PopulationTarget target;

	HomeController(PublicLeopards catalogue, PublicSightings sightings, PublicCampaigns campaigns,
			PopulationTarget target) {
		this.catalogue = catalogue;
		this.sightings = sightings;
		this.campaigns = campaigns;
		this.target = target;
	}

	@GetMapping("/")
	String home(Model model) {
		PublicLeopards.Population population = catalogue.population();
		model.addAttribute("population", population);
		model.addAttribute("target", target.target());
		model.addAttribute("alivePercent", Math.min(100, population.knownAlive() * 100 / Math.max(1, target.target())));
		model.addAttribute("sightings", sightings.latest(LATEST_SIGHTINGS));
		model.addAttribute("featured", campaigns.featured().orElse(null));
		return "outreach/home";
	}

	@GetMapping("/threats")
	String threats() {
		return "outreach/threats";
	}

	@GetMapping("/help")
	String help() {
		return "outreach/help";
	}

}
