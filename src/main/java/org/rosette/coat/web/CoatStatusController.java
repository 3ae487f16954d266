package org.rosette.coat.web;

import org.rosette.coat.CoatExtraction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins see how far feature extraction has come. */
@Controller
class CoatStatusController {

	private final CoatExtraction extraction;

	CoatStatusController(CoatExtraction extraction) {
		this.extraction = extraction;
	}

	@GetMapping("/admin/coat")
	String status(Model model) {
		model.addAttribute("progress", extraction.progress());
		return "coat/status";
	}

}
