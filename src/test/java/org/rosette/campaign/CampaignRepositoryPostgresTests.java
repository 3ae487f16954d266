package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rosette.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign listing and donation totals on PostgreSQL: exact decimal sums, grouping,
 * ordering.
 */
@PostgresTest
class CampaignRepositoryPostgresTests {

	private final CampaignRepository campaigns;

	private final DonationRepository donations;

	private final TestEntityManager entityManager;

	@Autowired
	CampaignRepositoryPostgresTests(CampaignRepository campaigns, DonationRepository donations,
			TestEntityManager entityManager) {
		this.campaigns = campaigns;
		this.donations = donations;
		this.entityManager = entityManager;
	}

	@Test
	void donationTotalsAreExactToTheCentPerCampaign() {
		Campaign traps = this.campaigns.save(campaign("t-traps", LocalDate.of(2026, 1, 10)));
		Campaign patrols = this.campaigns.save(campaign("t-patrols", LocalDate.of(2026, 2, 1)));
		Campaign quiet = this.campaigns.save(campaign("t-quiet", LocalDate.of(2026, 3, 1)));
		this.donations.save(gift(traps, "0.10"));
		this.donations.save(gift(traps, "0.20"));
		this.donations.save(gift(traps, "84000.10"));
		this.donations.save(gift(patrols, "1500.00"));
		this.entityManager.flush();
		this.entityManager.clear();

		List<DonationTotal> totals = this.donations.totalsFor(List.of(traps.getId(), patrols.getId(), quiet.getId()));

		assertThat(totals).hasSize(2);
		DonationTotal trapsTotal = totals.stream().filter((t) -> t.campaignId() == traps.getId()).findFirst().get();
		assertThat(trapsTotal.raised()).isEqualByComparingTo("84000.40");
		assertThat(trapsTotal.raised().scale()).isEqualTo(2);
		assertThat(trapsTotal.gifts()).isEqualTo(3);
	}

	@Test
	void publicListShowsFeaturedFirstThenNewest() {
		Campaign older = campaign("t-older", LocalDate.of(2025, 5, 1));
		Campaign newer = campaign("t-newer", LocalDate.of(2026, 5, 1));
		Campaign featured = campaign("t-featured", LocalDate.of(2024, 5, 1));
		Campaign draft = campaign("t-draft", LocalDate.of(2026, 6, 1));
		older.activate();
		older.close();
		newer.activate();
		featured.activate();
		featured.feature(true);
		this.campaigns.saveAll(List.of(older, newer, featured, draft));
		this.entityManager.flush();
		this.entityManager.clear();

		List<Campaign> shown = this.campaigns
			.findByStatusInOrderByFeaturedDescStartsOnDesc(List.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED));

		assertThat(shown).extracting(Campaign::getSlug)
			.filteredOn((slug) -> slug.startsWith("t-"))
			.containsExactly("t-featured", "t-newer", "t-older");
	}

	private static Campaign campaign(String slug, LocalDate startsOn) {
		return new Campaign(slug, "Campaign " + slug, "For the leopards", null, new BigDecimal("100000.00"), "RUB",
				startsOn, null, null);
	}

	private static Donation gift(Campaign campaign, String amount) {
		return new Donation(campaign, new BigDecimal(amount), LocalDate.of(2026, 3, 1), null, DonationChannel.ONLINE,
				null);
	}

}
