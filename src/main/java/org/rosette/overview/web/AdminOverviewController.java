package org.rosette.overview.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rosette.campaign.Campaigns;
import org.rosette.incident.Incidents;
import org.rosette.opendata.CameraTrapImports;
import org.rosette.sighting.SightingReviews;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where an admin lands after signing in: what waits (sightings to review, imports under
 * way, campaigns about to end, the latest incidents), each a count or a short list from
 * the database, then one tile for each thing they keep.
 */
@Controller
class AdminOverviewController {

	static final List<AdminPage> PAGES = List.of(new AdminPage("review", "/admin/review"),
			new AdminPage("leopards", "/admin/leopards"), new AdminPage("campaigns", "/admin/campaigns"),
			new AdminPage("users", "/admin/users"), new AdminPage("import", "/admin/import"),
			new AdminPage("audit", "/admin/audit"));

	static final int ENDING_WITHIN_DAYS = 30;

	static final int RECENT_INCIDENTS = 5;

	private final SightingReviews reviews;

	private final CameraTrapImports imports;

	private final Campaigns campaigns;

	private final Incidents incidents;

	private final ParkArea park;

	private final Clock clock;

	AdminOverviewController(SightingReviews reviews, CameraTrapImports imports, Campaigns campaigns,
			Incidents incidents, ParkArea park, Clock clock) {
		this.reviews = reviews;
		this.imports = imports;
		this.campaigns = campaigns;
		this.incidents = incidents;
		this.park = park;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String home(Model model) {
		LocalDate today = park.today(clock);
		model.addAttribute("waiting", reviews.waiting());
		model.addAttribute("importsRunning", imports.running());
		model.addAttribute("endingSoon", campaigns.endingBetween(today, today.plusDays(ENDING_WITHIN_DAYS)));
		model.addAttribute("endingWithinDays", ENDING_WITHIN_DAYS);
		model.addAttribute("incidents", incidents.all(0, RECENT_INCIDENTS));
		model.addAttribute("zone", park.zone());
		model.addAttribute("pages", PAGES);
		return "admin/index";
	}

	record AdminPage(String key, String path) {
	}

}
