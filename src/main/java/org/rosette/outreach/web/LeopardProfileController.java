package org.rosette.outreach.web;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.sighting.PublicSightings;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A leopard's page. It lives in outreach because it joins the catalogue with the public
 * sightings, and the leopard module must not know about sightings.
 */
@Controller
class LeopardProfileController {

	static final int SIGHTINGS_SHOWN = 20;

	private final PublicLeopards catalogue;

	private final PublicSightings sightings;

	private final ParkArea park;

	private final MapTiles tiles;

	LeopardProfileController(PublicLeopards catalogue, PublicSightings sightings, ParkArea park, MapTiles tiles) {
		this.catalogue = catalogue;
		this.sightings = sightings;
		this.park = park;
		this.tiles = tiles;
	}

	@GetMapping("/leopards/{id}")
	String profile(@PathVariable long id, Model model) {
		Leopard leopard = catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("leopard", leopard);
		model.addAttribute("cubs", catalogue.cubsOf(leopard));
		model.addAttribute("sightings", sightings.ofLeopard(id, SIGHTINGS_SHOWN));
		model.addAttribute("timeline", SightingTimeline.of(sightings.countByMonth(id)));
		model.addAttribute("park", park);
		model.addAttribute("tiles", tiles);
		return "leopard/profile";
	}

}
