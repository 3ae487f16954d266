package org.rosette.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.CampaignRepository;
import org.rosette.campaign.PublicCampaigns;
import org.rosette.leopard.DeathCause;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.LeopardStatus;
import org.rosette.sighting.PublicSighting;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.SightingRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "rosette.demo=true")
class DemoContentTests {

	@Autowired
	private DemoContent demo;

	@Autowired
	private LeopardRepository leopards;

	@Autowired
	private PublicLeopards catalogue;

	@Autowired
	private SightingRepository sightings;

	@Autowired
	private PublicSightings publicSightings;

	@Autowired
	private CampaignRepository campaignRepository;

	@Autowired
	private PublicCampaigns campaigns;

	@Test
	void thePopulationLooksLikeTheRealOne() {
		PublicLeopards.Population population = catalogue.population();

		assertThat(population.knownAlive()).isBetween(75L, 85L);
		assertThat(population.missing()).isPositive();
		assertThat(population.deceased()).isPositive();
	}

	@Test
	@Transactional
	void kedrovkaHasHerThreeCubsAndLordIsBack() {
		Leopard kedrovka = leopards.findByCode("LEO-F01").orElseThrow();

		assertThat(catalogue.cubsOf(kedrovka)).extracting(Leopard::getName)
			.containsExactlyInAnyOrder("Killy", "Crimea", "Barry");
		Leopard lord = leopards.findByCode("LEO-M01").orElseThrow();
		assertThat(lord.getStatus()).isEqualTo(LeopardStatus.ALIVE);
		assertThat(leopards.findAll()).extracting(Leopard::getName).contains("Pamela", "Nerussa", "Leo");
		Leopard skin = leopards.findByCode("LEO-M17").orElseThrow();
		assertThat(skin.getStatus()).isEqualTo(LeopardStatus.DECEASED);
		assertThat(skin.getDeathCause()).isEqualTo(DeathCause.POACHING);
	}

	@Test
	void yearsOfVerifiedSightingsInsideThePark() {
		assertThat(sightings.countByStatus(ReviewStatus.VERIFIED)).isGreaterThanOrEqualTo(300);
		assertThat(sightings.countByStatus(ReviewStatus.PENDING)).isPositive();
		assertThat(sightings.countByStatus(ReviewStatus.REJECTED)).isPositive();
		assertThat(sightings.findAll()).allSatisfy(s -> {
			assertThat(s.getLatitude()).isBetween(42.6, 43.7);
			assertThat(s.getLongitude()).isBetween(130.7, 131.9);
		});
		assertThat(publicSightings.countByYear()).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void thePublicSeesNoRecentOrUnverifiedSighting() {
		Instant cutoff = Instant.now().minus(30, ChronoUnit.DAYS);
		var recentIds = sightings.findAll()
			.stream()
			.filter(s -> s.getStatus() != ReviewStatus.VERIFIED || s.getObservedAt().isAfter(cutoff))
			.map(s -> s.getId())
			.toList();
		assertThat(recentIds).isNotEmpty();

		var shown = publicSightings.page(null, 0, 100).getContent();
		assertThat(shown).extracting(PublicSighting::id).doesNotContainAnyElementsOf(recentIds);
		assertThat(publicSightings.page(null, 0, 1).getTotalElements())
			.isEqualTo(sightings.countByStatus(ReviewStatus.VERIFIED) - recentVerified(cutoff));
	}

	@Test
	void campaignsInEveryState() {
		CampaignProgress patrol = campaigns.publicCampaign("anti-poaching-patrol").orElseThrow();

		assertThat(patrol.campaign().getGoalAmount()).isEqualByComparingTo(new BigDecimal("100000"));
		assertThat(patrol.raisedAmount()).isEqualByComparingTo(new BigDecimal("84000.00"));
		assertThat(patrol.progressPercent()).isEqualTo(84);
		assertThat(campaigns.featured()).get()
			.extracting(p -> p.campaign().getSlug())
			.isEqualTo("anti-poaching-patrol");
		assertThat(campaigns.publicCampaign("adopt-a-leopard")).isPresent();
		assertThat(campaigns.publicCampaign("camera-traps-2024")).get()
			.satisfies(closed -> assertThat(closed.progressPercent()).isGreaterThan(100));
		assertThat(campaignRepository.findBySlug("winter-prey-support")).isPresent();
		assertThat(campaigns.publicCampaign("winter-prey-support")).isEmpty();
		assertThat(campaigns.publicCampaigns()).extracting(p -> p.campaign().getSlug())
			.doesNotContain("winter-prey-support");
	}

	@Test
	void loadingTwiceAddsNothing() throws Exception {
		long leopardsBefore = leopards.count();
		long sightingsBefore = sightings.count();
		long campaignsBefore = campaignRepository.count();

		demo.run(null);

		assertThat(leopards.count()).isEqualTo(leopardsBefore);
		assertThat(sightings.count()).isEqualTo(sightingsBefore);
		assertThat(campaignRepository.count()).isEqualTo(campaignsBefore);
	}

	private long recentVerified(Instant cutoff) {
		return sightings.findAll()
			.stream()
			.filter(s -> s.getStatus() == ReviewStatus.VERIFIED && !s.getObservedAt().isBefore(cutoff))
			.count();
	}

}
