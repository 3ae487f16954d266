package org.rosette.sighting.web;

import org.rosette.sighting.Evidence;
import org.rosette.sighting.ReviewStatus;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every sighting at its exact point, for rangers and admins. The page is a shell: the
 * points come from the staff view of {@code /api/v1/sightings}, fetched with the
 * browser's session, so they never sit in a page a cache could keep.
 */
@Controller
class RangerMapController {

	private final ParkArea park;

	private final MapTiles tiles;

	RangerMapController(ParkArea park, MapTiles tiles) {
		this.park = park;
		this.tiles = tiles;
	}

	@GetMapping("/ranger/map")
	String map(Model model) {
		model.addAttribute("park", park);
		model.addAttribute("tiles", tiles);
		model.addAttribute("statuses", ReviewStatus.values());
		model.addAttribute("evidences", Evidence.values());
		return "sighting/ranger-map";
	}

}
