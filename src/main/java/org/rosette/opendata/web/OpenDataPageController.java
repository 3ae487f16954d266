package org.rosette.opendata.web;

import org.rosette.sighting.PrivacyProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that explains the open data, its licence and what was blurred, with the
 * downloads.
 */
@Controller
class OpenDataPageController {

	private final PrivacyProperties privacy;

	OpenDataPageController(PrivacyProperties privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		model.addAttribute("delayDays", privacy.publicDelayDays());
		model.addAttribute("cellDegrees", privacy.cellDegrees().toPlainString());
		return "opendata/open-data";
	}

}
