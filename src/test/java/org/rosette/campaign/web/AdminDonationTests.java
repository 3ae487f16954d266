package org.rosette.campaign.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignRepository;
import org.rosette.campaign.Donation;
import org.rosette.campaign.DonationChannel;
import org.rosette.campaign.DonationRepository;
import org.rosette.support.ShownPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.rosette.campaign.web.AdminCampaignTests.as;
import static org.rosette.campaign.web.AdminCampaignTests.asAdmin;
import static org.rosette.campaign.web.AdminCampaignTests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gifts recorded by admins: exact sums past the goal, corrections, and CSV files taken
 * whole or not at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminDonationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignRepository campaigns;

	@Autowired
	DonationRepository donations;

	@Autowired
	org.rosette.campaign.Campaigns records;

	@Test
	void giftsAddUpToTheCentAndThePercentageKeepsCountingPastTheGoal() throws Exception {
		Campaign campaign = active("100.00");
		// 0.10 + 0.20 is not 0.30 in binary floating point; here it must be
		record(campaign, "0.10");
		record(campaign, "0.20");
		record(campaign, "99.99");
		record(campaign, "33.33");

		mvc.perform(get("/api/v1/campaigns/{slug}", campaign.getSlug()))
			.andExpect(jsonPath("$.raisedAmount").value(133.62))
			.andExpect(jsonPath("$.progressPercent").value(133));
		mvc.perform(get("/campaigns/{slug}", campaign.getSlug()))
			.andExpect(content().string(allOf(containsString("133%"), containsString("width: 100%"),
					containsString("$133.62 raised of $100"), containsString("id=\"gifts\">4<"))));
		assertThat(records.withProgress(campaign.getId()).orElseThrow().raisedAmount())
			.isEqualTo(new BigDecimal("133.62"));
	}

	@Test
	void aGiftNeedsAPositiveAmountToTheCentAndADateNotInTheFuture() throws Exception {
		Campaign campaign = active("100.00");
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/donations", campaign.getId())).param("amount", "10.005")
			.param("donatedOn", "2026-01-02")
			.param("channel", "CASH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amount-error\"")));
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/donations", campaign.getId())).param("amount", "-5")
			.param("donatedOn", "2026-01-02")
			.param("channel", "CASH")).andExpect(content().string(containsString("id=\"amount-error\"")));
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/donations", campaign.getId())).param("amount", "5")
			.param("donatedOn", LocalDate.now().plusDays(3).toString())
			.param("channel", "CASH"))
			.andExpect(content()
				.string(allOf(containsString("id=\"donatedOn-error\""), containsString("cannot be in the future"))));
		assertThat(gifts(campaign)).isEmpty();
	}

	@Test
	void anAnonymousGiftAndItsCorrection() throws Exception {
		Campaign campaign = active("100.00");
		record(campaign, "12.50");
		Donation gift = gifts(campaign).get(0);
		assertThat(gift.getDonorName()).isNull();
		assertThat(gift.getRecordedBy()).isNotNull();

		mvc.perform(asAdmin(post("/admin/campaigns/{c}/donations/{d}/edit", campaign.getId(), gift.getId()))
			.param("amount", "21.50")
			.param("donatedOn", "2026-01-02")
			.param("donorName", "Li Wei")
			.param("channel", "ONLINE")
			.param("version", String.valueOf(gift.getVersion()))).andExpect(status().is3xxRedirection());
		Donation corrected = donations.findById(gift.getId()).orElseThrow();
		assertThat(corrected.getAmount()).isEqualByComparingTo("21.50");
		assertThat(corrected.getDonorName()).isEqualTo("Li Wei");

		mvc.perform(asAdmin(get("/admin/audit")).param("type", "Donation"))
			.andExpect(content().string(allOf(containsString("<td class=\"before-value\">12.50</td>"),
					containsString("<td class=\"after-value\">21.50</td>"))));
	}

	@Test
	void aCsvFileIsImportedWhole() throws Exception {
		Campaign campaign = active("1000.00");
		String csv = """
				amount,date,donor,channel,note
				25.00,2026-01-03,Anna K.,ONLINE,
				"1,000.00" ,2026-01-04,,BANK_TRANSFER,comma in quotes is not a number
				""";
		// the second line is wrong, so nothing is stored; fix it and everything is
		mvc.perform(asAdmin(multipart("/admin/campaigns/{id}/donations/import", campaign.getId()).file(csvFile(csv))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-problems\""), containsString("Line 3:"),
					containsString("“1,000.00” is not an amount"))));
		assertThat(gifts(campaign)).isEmpty();

		String fixed = """
				amount,date,donor,channel,note
				25.00,2026-01-03,Anna K.,ONLINE,
				1000.00,2026-01-04,,bank_transfer,"Company match, March"
				0.01,2026-01-05,,CASH,
				""";
		mvc.perform(asAdmin(multipart("/admin/campaigns/{id}/donations/import", campaign.getId()).file(csvFile(fixed))))
			.andExpect(status().is3xxRedirection());
		assertThat(gifts(campaign)).hasSize(3)
			.extracting(Donation::getAmount)
			.map(BigDecimal::toPlainString)
			.containsExactlyInAnyOrder("25.00", "1000.00", "0.01");
	}

	@Test
	void everyBadLineIsNamedAndNothingIsStored() throws Exception {
		Campaign campaign = active("1000.00");
		String csv = """
				amount,date,donor,channel,note
				10.00,2026-01-03,,ONLINE,
				0,2026-01-03,,ONLINE,
				10.00,03/01/2026,,ONLINE,
				10.00,2026-01-03,,PIGEON,
				10.00,%s,,CASH,
				""".formatted(LocalDate.now().plusDays(2));
		mvc.perform(asAdmin(multipart("/admin/campaigns/{id}/donations/import", campaign.getId()).file(csvFile(csv))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Line 3:"), containsString("Line 4:"),
					containsString("Line 5:"), containsString("Line 6:"), containsString("“PIGEON” is not a channel"),
					org.hamcrest.Matchers.not(containsString("Line 2:")))));
		assertThat(gifts(campaign)).isEmpty();

		mvc.perform(asAdmin(multipart("/admin/campaigns/{id}/donations/import", campaign.getId())
			.file(csvFile("sum,when\n1,2026-01-01\n"))))
			.andExpect(content().string(containsString("The first line must name the columns")));
	}

	@Test
	void theGiftsOfACampaignAreListedAPageAtATimeWithTheirCount() throws Exception {
		Campaign campaign = active("1000.00");
		for (int i = 0; i <= AdminDonationController.PAGE_SIZE; i++) {
			donations.save(new Donation(campaign, new BigDecimal("2.00"), LocalDate.of(2026, 1, 2), null,
					DonationChannel.CASH, null));
		}

		Page<?> first = ShownPage.of(mvc.perform(asAdmin(get("/admin/campaigns/{id}/donations", campaign.getId())))
			.andExpect(content().string(containsString("id=\"gift-count\">51 gifts so far<")))
			.andExpect(content().string(containsString("donations?page=2"))), "donations");
		Page<?> second = ShownPage.of(
				mvc.perform(asAdmin(get("/admin/campaigns/{id}/donations", campaign.getId()).param("page", "2"))),
				"donations");

		assertThat(first.getContent()).hasSize(AdminDonationController.PAGE_SIZE);
		assertThat(first.getTotalElements()).isEqualTo(AdminDonationController.PAGE_SIZE + 1);
		assertThat(second.getContent()).hasSize(1);
	}

	private List<Donation> gifts(Campaign campaign) {
		return donations.findByCampaignIdOrderByDonatedOnDescIdDesc(campaign.getId(), Pageable.unpaged()).getContent();
	}

	@Test
	void twoAdminsCorrectingTheSameGiftLoseNothing() throws Exception {
		Campaign campaign = active("100.00");
		record(campaign, "10.00");
		Donation gift = gifts(campaign).get(0);
		String edit = "/admin/campaigns/" + campaign.getId() + "/donations/" + gift.getId() + "/edit";
		// both open the correction form
		String firstOpened = versionOnForm(mvc.perform(asAdmin(get(edit))));
		String secondOpened = versionOnForm(mvc.perform(as("admin2", get(edit))));
		assertThat(secondOpened).isEqualTo(firstOpened);

		mvc.perform(asAdmin(post(edit)).param("amount", "100.00")
			.param("donatedOn", "2026-01-02")
			.param("donorName", "First Donor")
			.param("channel", "CASH")
			.param("version", firstOpened)).andExpect(status().is3xxRedirection());

		// the second saves from the form they opened: told in their language, their
		// values kept, the first correction stands
		String told = mvc
			.perform(as("admin2", post(edit)).locale(Locale.forLanguageTag("ru"))
				.param("amount", "55.50")
				.param("donatedOn", "2026-01-02")
				.param("donorName", "Second Donor")
				.param("channel", "ONLINE")
				.param("version", secondOpened))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(told);
		assertThat(page.select("#conflict h2").text())
			.isEqualTo("Пока вы исправляли пожертвование, его исправил кто-то другой");
		assertThat(page.select("#conflict-amount .mine").text()).isEqualTo("55.5");
		assertThat(page.select("#conflict-amount .saved").text()).isEqualTo("100");
		assertThat(page.select("#conflict-channel .mine").text()).isEqualTo("Онлайн");
		assertThat(page.select("#amount").val()).isEqualTo("55.50");
		assertThat(page.select("#donorName").val()).isEqualTo("Second Donor");
		Donation stored = donations.findById(gift.getId()).orElseThrow();
		assertThat(stored.getAmount()).isEqualByComparingTo("100.00");
		assertThat(stored.getDonorName()).isEqualTo("First Donor");

		// having seen both, saving again from the version now saved is deliberate
		mvc.perform(as("admin2", post(edit)).param("amount", "55.50")
			.param("donatedOn", "2026-01-02")
			.param("donorName", "Second Donor")
			.param("channel", "ONLINE")
			.param("version", page.select("input[name=version]").val())).andExpect(status().is3xxRedirection());
		assertThat(donations.findById(gift.getId()).orElseThrow().getAmount()).isEqualByComparingTo("55.50");
	}

	private static String versionOnForm(org.springframework.test.web.servlet.ResultActions page) throws Exception {
		return Jsoup.parse(page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.select("#donation-form input[name=version]")
			.val();
	}

	private void record(Campaign campaign, String amount) throws Exception {
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/donations", campaign.getId())).param("amount", amount)
			.param("donatedOn", "2026-01-02")
			.param("channel", "BANK_TRANSFER")).andExpect(status().is3xxRedirection());
	}

	private Campaign active(String goal) {
		Campaign campaign = new Campaign("gifts-" + unique(), "Gifts", "Summary", "Body", new BigDecimal(goal), "USD",
				LocalDate.of(2026, 1, 1), null, null);
		campaign.activate();
		return campaigns.save(campaign);
	}

	private static MockMultipartFile csvFile(String csv) {
		return new MockMultipartFile("file", "gifts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

}
