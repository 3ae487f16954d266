package org.rosette.campaign.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.PublicCampaigns;
import org.rosette.account.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SecurityConfiguration.class)
@WebMvcTest(CampaignApiController.class)
class CampaignApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PublicCampaigns campaigns;

	@Test
	void campaignsCarryExactAmountsAndAnHonestPercentage() throws Exception {
		CampaignProgress patrol = new CampaignProgress(campaign(1L, "anti-poaching-patrol", "100000.00"),
				new BigDecimal("84000.10"), 112);
		CampaignProgress traps = new CampaignProgress(campaign(2L, "camera-traps", "30000.00"),
				new BigDecimal("31250.00"), 95);
		given(campaigns.publicCampaigns()).willReturn(List.of(patrol, traps));

		mvc.perform(get("/api/v1/campaigns"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].slug").value("anti-poaching-patrol"))
			.andExpect(jsonPath("$[0].goalAmount").value(100000.00))
			.andExpect(jsonPath("$[0].raisedAmount").value(84000.10))
			.andExpect(jsonPath("$[0].currency").value("USD"))
			.andExpect(jsonPath("$[0].progressPercent").value(84))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$[0].startsOn").value("2026-01-01"))
			.andExpect(jsonPath("$[0].donateUrl").value("https://donate.example.org/x"))
			.andExpect(jsonPath("$[1].progressPercent").value(104));
	}

	@Test
	void aCampaignThePublicMayNotSeeIsNotFound() throws Exception {
		given(campaigns.publicCampaign("draft-plan")).willReturn(Optional.empty());

		mvc.perform(get("/api/v1/campaigns/draft-plan"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	private static Campaign campaign(long id, String slug, String goal) {
		Campaign campaign = new Campaign(slug, "Title " + slug, "Summary", "Body", new BigDecimal(goal), "USD",
				LocalDate.of(2026, 1, 1), null, "https://donate.example.org/x");
		campaign.activate();
		ReflectionTestUtils.setField(campaign, "id", id);
		return campaign;
	}

}
