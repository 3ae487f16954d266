package org.rosette.outreach.web;

import java.util.List;

import org.rosette.leopard.PublicLeopards;
import org.rosette.outreach.PopulationTarget;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.YearCount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsApiController {

	private final PublicLeopards catalogue;

	private final PublicSightings sightings;

	private final PopulationTarget target;

	StatsApiController(PublicLeopards catalogue, PublicSightings sightings, PopulationTarget target) {
		this.catalogue = catalogue;
		this.sightings = sightings;
		this.target = target;
	}

	@GetMapping(path = "/api/v1/stats", produces = "application/json")
	Stats stats() {
		PublicLeopards.Population population = catalogue.population();
		return new Stats(population.knownAlive(), population.missing(), population.deceased(), target.target(),
				sightings.countByYear());
	}

	record Stats(long knownAlive, long missing, long deceased, int target, List<YearCount> sightingsByYear) {
	}

}
