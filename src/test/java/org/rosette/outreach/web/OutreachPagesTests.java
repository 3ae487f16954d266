package org.rosette.outreach.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.PublicCampaigns;
import org.rosette.leopard.DeathCause;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.Sex;
import org.rosette.outreach.PopulationTarget;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.MonthCount;
import org.rosette.sighting.PublicSighting;
import org.rosette.sighting.PublicSightings;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.rosette.account.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ HomeController.class, LeopardProfileController.class })
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
@EnableConfigurationProperties({ PopulationTarget.class, ParkArea.class, MapTiles.class })
class OutreachPagesTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicLeopards catalogue;

	@MockitoBean
	PublicSightings sightings;

	@MockitoBean
	PublicCampaigns campaigns;

	@Test
	void homeCountsTheLeopardsAgainstTheTargetAndShowsTheFeaturedCampaign() throws Exception {
		given(catalogue.population()).willReturn(new PublicLeopards.Population(79, 4, 5));
		given(sightings.latest(anyInt())).willReturn(
				List.of(new PublicSighting(7, "2025-03", Evidence.CAMERA_TRAP, 1L, "Kedrovka", 43.1, 131.5, 0.2)));
		given(campaigns.featured()).willReturn(Optional.of(patrol()));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"known-alive\">79<"), containsString("of the 100 we are working towards"),
							containsString("id=\"missing-count\">4<"), containsString("id=\"deceased-count\">5<"))))
			.andExpect(content().string(allOf(containsString("March 2025"), containsString("Camera trap"),
					containsString("href=\"/leopards/1\">Kedrovka<"), containsString("43.1° N, 131.5° E"),
					containsString("never at the exact spot"))))
			.andExpect(content().string(allOf(containsString("Equip an anti-poaching patrol"),
					containsString("$84,000 raised of $100,000"), containsString("84%"), containsString("width: 84%"))))
			.andExpect(content().string(allOf(containsString("href=\"/threats\""), containsString("href=\"/help\""),
					containsString("href=\"/campaigns\""))))
			.andExpect(content().string(not(containsString("CAMERA_TRAP<"))))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*<a class=\"nav-link active\" href=\"/\"[^>]*aria-current=\"page\".*")));
	}

	@Test
	void homeSpeaksRussianAndChinese() throws Exception {
		given(catalogue.population()).willReturn(new PublicLeopards.Population(79, 4, 5));

		mvc.perform(get("/").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Известно живых сегодня")));
		mvc.perform(get("/").param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("目前已知存活")));
	}

	@Test
	void profileListsTheCubsAndThePublicSightings() throws Exception {
		Leopard kedrovka = leopard(1, "LEO-F01", "Kedrovka", Sex.FEMALE, null);
		given(catalogue.find(1)).willReturn(Optional.of(kedrovka));
		given(catalogue.cubsOf(kedrovka)).willReturn(List.of(leopard(2, "LEO-F41", "Killy", Sex.FEMALE, kedrovka),
				leopard(3, "LEO-F42", "Crimea", Sex.FEMALE, kedrovka),
				leopard(4, "LEO-M43", "Barry", Sex.MALE, kedrovka)));
		given(sightings.ofLeopard(anyLong(), anyInt()))
			.willReturn(List.of(new PublicSighting(9, "2024-11", Evidence.TRACKS, 1L, "Kedrovka", 43.3, 131.7, 0.2)));

		mvc.perform(get("/leopards/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kedrovka"), containsString("LEO-F01"),
					containsString("href=\"/leopards/2\""), containsString("Killy"), containsString("Crimea"),
					containsString("Barry"), containsString("November 2024"), containsString("Tracks"))));
	}

	@Test
	void profileDrawsTheLeopardsSquaresAndAMonthByMonthStripWithoutExactData() throws Exception {
		Leopard lord = leopard(5, "LEO-M01", "Lord", Sex.MALE, null);
		given(catalogue.find(5)).willReturn(Optional.of(lord));
		given(sightings.countByMonth(5L))
			.willReturn(List.of(new MonthCount(YearMonth.of(2023, 11), 1), new MonthCount(YearMonth.of(2025, 3), 4)));

		mvc.perform(get("/leopards/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"leopard-map\""),
					containsString("data-cells-url=\"/api/v1/sightings/cells\""),
					containsString("data-leopard-id=\"5\""), containsString("/dist/leaflet.js"),
					containsString("data-year=\"2025\""), containsString("data-year=\"2024\""),
					containsString("data-year=\"2023\""), containsString("title=\"March 2025: sightings 4\""),
					containsString("level-4"), containsString("Public sightings in all: 5."))))
			// Only cells reach the public: the page holds no point, no note, nothing from
			// the API's staff view.
			.andExpect(content().string(allOf(not(containsString("data-lat=")), not(containsString("data-lon=")),
					not(containsString("notes")))));
	}

	@Test
	void profileOfADeadLeopardSaysWhenAndWhyInWords() throws Exception {
		Leopard m17 = leopard(9, "LEO-M17", "M17", Sex.MALE, null);
		m17.markDeceased(LocalDate.of(2022, 10, 14), DeathCause.POACHING);
		given(catalogue.find(9)).willReturn(Optional.of(m17));

		mvc.perform(get("/leopards/9"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Died on October 14, 2022. Cause: Poaching."),
					containsString("Deceased"), not(containsString("POACHING")))));
	}

	@Test
	void unknownLeopardIsNotFound() throws Exception {
		given(catalogue.find(anyLong())).willReturn(Optional.empty());

		mvc.perform(get("/leopards/404")).andExpect(status().isNotFound());
	}

	@Test
	void threatsAndHelpPagesAreWrittenOut() throws Exception {
		mvc.perform(get("/threats"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Poaching"), containsString("sika deer"), containsString("Inbreeding"))));
		mvc.perform(get("/help").param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("从八十到一百")));
	}

	static Leopard leopard(long id, String code, String name, Sex sex, Leopard mother) {
		Leopard leopard = new Leopard(code, name, sex, 2021, mother, null);
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

	static CampaignProgress patrol() {
		Campaign campaign = new Campaign("anti-poaching-patrol", "Equip an anti-poaching patrol", "Radios and optics.",
				"## Why", new BigDecimal("100000.00"), "USD", LocalDate.of(2025, 1, 1), null,
				"https://donate.example.org/patrol");
		campaign.activate();
		return new CampaignProgress(campaign, new BigDecimal("84000.00"), 112);
	}

}
