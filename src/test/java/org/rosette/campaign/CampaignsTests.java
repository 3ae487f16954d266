package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(PublicCampaigns.class)
class CampaignsTests {

	@Autowired
	private CampaignRepository campaignRepository;

	@Autowired
	private DonationRepository donations;

	@Autowired
	private PublicCampaigns campaigns;

	@Test
	void raisedIsTheExactSumOfTheGifts() {
		Campaign patrol = active("patrol", "100000.00");
		gift(patrol, "0.10");
		gift(patrol, "0.20");
		gift(patrol, "83999.70");

		CampaignProgress progress = campaigns.publicCampaign("patrol").orElseThrow();

		assertThat(progress.raisedAmount()).isEqualByComparingTo(new BigDecimal("84000.00"));
		assertThat(progress.gifts()).isEqualTo(3);
		assertThat(progress.progressPercent()).isEqualTo(84);
		assertThat(progress.barPercent()).isEqualTo(84);
	}

	@Test
	void pastTheGoalThePercentageKeepsCountingWhileTheBarStopsAtFull() {
		Campaign traps = active("traps", "30000.00");
		gift(traps, "31250.00");

		CampaignProgress progress = campaigns.publicCampaign("traps").orElseThrow();

		assertThat(progress.progressPercent()).isEqualTo(104);
		assertThat(progress.barPercent()).isEqualTo(100);
	}

	@Test
	void aCampaignWithoutGiftsHasRaisedNothing() {
		active("fresh", "500.00");

		assertThat(campaigns.publicCampaign("fresh")).get()
			.satisfies(p -> assertThat(p.raisedAmount()).isEqualByComparingTo(BigDecimal.ZERO))
			.satisfies(p -> assertThat(p.progressPercent()).isZero());
	}

	@Test
	void draftsAreNeverPublic() {
		campaignRepository.save(campaign("secret", "1000.00"));
		active("open", "1000.00");

		assertThat(campaigns.publicCampaign("secret")).isEmpty();
		assertThat(campaigns.publicCampaigns()).extracting(p -> p.campaign().getSlug()).containsExactly("open");
		assertThat(campaigns.featured()).get().extracting(p -> p.campaign().getSlug()).isEqualTo("open");
	}

	@Test
	void activeCampaignsComeBeforeClosedOnes() {
		Campaign closed = campaign("old", "1000.00");
		closed.activate();
		closed.close();
		campaignRepository.save(closed);
		active("new", "1000.00");

		assertThat(campaigns.publicCampaigns()).extracting(p -> p.campaign().getSlug()).containsExactly("new", "old");
	}

	private Campaign active(String slug, String goal) {
		Campaign campaign = campaign(slug, goal);
		campaign.activate();
		return campaignRepository.save(campaign);
	}

	private static Campaign campaign(String slug, String goal) {
		return new Campaign(slug, slug, "summary", null, new BigDecimal(goal), "USD", LocalDate.of(2026, 1, 1), null,
				null);
	}

	private void gift(Campaign campaign, String amount) {
		donations.save(new Donation(campaign, new BigDecimal(amount), LocalDate.of(2026, 2, 1), null,
				DonationChannel.ONLINE, null));
	}

}
