package org.rosette.campaign.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.PublicCampaigns;
import org.rosette.campaign.MarkdownBody;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.rosette.account.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CampaignController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class, MarkdownBody.class })
class CampaignControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicCampaigns campaigns;

	@Test
	void campaignPageShowsHonestProgressMoneyAndSafeBody() throws Exception {
		given(campaigns.publicCampaign("patrol")).willReturn(Optional
			.of(progress(active("patrol", "## Why a patrol\n\nSnares **kill**.\n\n<script>alert(1)</script>"),
					"100000.00", "84000.00", 112)));

		mvc.perform(get("/campaigns/patrol"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("84%"), containsString("$84,000 raised of $100,000"),
					containsString("id=\"gifts\">112<"), containsString("Open for gifts"),
					containsString("January 1, 2025"), containsString("Open-ended"))))
			.andExpect(content().string(allOf(containsString("<h2>Why a patrol</h2>"),
					containsString("<strong>kill</strong>"), not(containsString("<script>alert")))))
			.andExpect(content().string(allOf(containsString("href=\"https://donate.example.org/patrol\""),
					containsString("rel=\"noopener noreferrer\""))));
	}

	@Test
	void pastTheGoalThePercentageStaysHonestAndTheBarFull() throws Exception {
		Campaign closed = active("traps", "Done.");
		closed.close();
		given(campaigns.publicCampaign("traps")).willReturn(Optional.of(progress(closed, "30000.00", "31250.50", 95)));

		mvc.perform(get("/campaigns/traps"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("104%"), containsString("width: 100%"),
					containsString("$31,250.50 raised of $30,000"), containsString("Closed"),
					not(containsString("id=\"donate\"")))));
	}

	@Test
	void moneyIsWrittenTheReadersWay() throws Exception {
		given(campaigns.publicCampaign("patrol"))
			.willReturn(Optional.of(progress(active("patrol", ""), "100000.00", "84000.00", 1)));

		mvc.perform(get("/campaigns/patrol").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Собрано 84\u00a0000\u00a0$ из 100\u00a0000\u00a0$"),
					containsString("Идёт сбор"))));
	}

	@Test
	void listShowsEveryPublicCampaign() throws Exception {
		given(campaigns.publicCampaigns())
			.willReturn(List.of(progress(active("patrol", ""), "100000.00", "84000.00", 112),
					progress(active("adopt", ""), "25000.00", "9310.50", 266)));

		mvc.perform(get("/campaigns"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/campaigns/patrol\""),
					containsString("href=\"/campaigns/adopt\""), containsString("112 gifts so far"),
					containsString("$9,310.50 raised of $25,000"), containsString("37%"))));
	}

	@Test
	void draftOrUnknownCampaignIsNotFound() throws Exception {
		given(campaigns.publicCampaign(anyString())).willReturn(Optional.empty());

		mvc.perform(get("/campaigns/winter-prey-support")).andExpect(status().isNotFound());
	}

	static Campaign active(String slug, String body) {
		Campaign campaign = new Campaign(slug, "Campaign " + slug, "Summary of " + slug, body, new BigDecimal("1.00"),
				"USD", LocalDate.of(2025, 1, 1), null, "https://donate.example.org/" + slug);
		campaign.activate();
		return campaign;
	}

	static CampaignProgress progress(Campaign campaign, String goal, String raised, long gifts) {
		org.springframework.test.util.ReflectionTestUtils.setField(campaign, "goalAmount", new BigDecimal(goal));
		return new CampaignProgress(campaign, new BigDecimal(raised), gifts);
	}

}
