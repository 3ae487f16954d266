package org.rosette.outreach.web;

import java.util.Comparator;

import org.rosette.leopard.PublicLeopards;
import org.rosette.sighting.PrivacyProperties;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.YearCount;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public map: squares of the privacy grid shaded by how many sightings they hold. The
 * page carries no sighting data itself; the squares come from
 * {@code /api/v1/sightings/cells}, which only ever answers with cells.
 */
@Controller
class PublicMapController {

	private final PublicSightings sightings;

	private final PublicLeopards catalogue;

	private final PrivacyProperties privacy;

	private final ParkArea park;

	private final MapTiles tiles;

	PublicMapController(PublicSightings sightings, PublicLeopards catalogue, PrivacyProperties privacy, ParkArea park,
			MapTiles tiles) {
		this.sightings = sightings;
		this.catalogue = catalogue;
		this.privacy = privacy;
		this.park = park;
		this.tiles = tiles;
	}

	@GetMapping("/sightings/map")
	String map(Model model) {
		model.addAttribute("years",
				sightings.countByYear().stream().sorted(Comparator.comparingInt(YearCount::year).reversed()).toList());
		model.addAttribute("leopards", catalogue.all());
		model.addAttribute("delayDays", privacy.publicDelayDays());
		model.addAttribute("cellDegrees", privacy.cellDegrees());
		model.addAttribute("cellKilometres", Math.round(privacy.cellDegrees().doubleValue() * 111));
		model.addAttribute("park", park);
		model.addAttribute("tiles", tiles);
		return "outreach/map";
	}

}
