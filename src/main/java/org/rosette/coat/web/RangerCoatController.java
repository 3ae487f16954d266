package org.rosette.coat.web;

import org.rosette.sighting.Sighting;
import org.rosette.sighting.Sightings;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The ranger sees the coat suggestions for a sighting they submitted. */
@Controller
class RangerCoatController {

	private final Sightings sightings;

	RangerCoatController(Sightings sightings) {
		this.sightings = sightings;
	}

	@GetMapping("/ranger/sightings/{id}/coat")
	String suggestions(@PathVariable long id, Authentication user, Model model) {
		Sighting sighting = sightings.find(id)
			.filter(s -> s.getSubmittedBy().getUsername().equals(user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("sightingId", sighting.getId());
		return "coat/ranger";
	}

}
