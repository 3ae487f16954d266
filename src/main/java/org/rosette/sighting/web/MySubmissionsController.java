package org.rosette.sighting.web;

import org.rosette.incident.Incidents;
import org.rosette.sighting.Sightings;
import org.rosette.system.ParkArea;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the signed-in ranger has handed in: sightings with their review status, and
 * incidents. Only their own, so a ranger can check and correct what still waits for
 * review.
 */
@Controller
class MySubmissionsController {

	static final int PAGE_SIZE = 20;

	private final Sightings sightings;

	private final Incidents incidents;

	private final ParkArea park;

	MySubmissionsController(Sightings sightings, Incidents incidents, ParkArea park) {
		this.sightings = sightings;
		this.incidents = incidents;
		this.park = park;
	}

	@GetMapping("/ranger/sightings")
	String mine(@RequestParam(defaultValue = "1") int page, Authentication ranger, Model model) {
		int index = Math.max(0, page - 1);
		model.addAttribute("sightings", sightings.submittedBy(ranger.getName(), index, PAGE_SIZE));
		model.addAttribute("incidents", incidents.reportedBy(ranger.getName(), 0, PAGE_SIZE));
		model.addAttribute("zone", park.zone());
		return "sighting/mine";
	}

}
