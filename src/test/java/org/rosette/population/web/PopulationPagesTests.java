package org.rosette.population.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hand-worked survey of {@code HandWorkedSurveyTests} (six leopards, five occasions)
 * entered as sightings, then read through the staff API, the page, the CSV and the home
 * page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationPagesTests {

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	private static final LocalDate FIRST = LocalDate.parse("2025-03-03");

	private static final String SURVEY = "from=2025-03-03&to=2025-04-06&occasionDays=7";

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void survey(@Autowired AccountRepository accounts, @Autowired LeopardRepository leopards,
			@Autowired SightingRepository sightings) {
		Account ranger = accounts.save(new Account("pop-" + UUID.randomUUID().toString().substring(0, 8), "{noop}x",
				"Population ranger", Role.RANGER));
		int[][] histories = { { 0, 1 }, { 0 }, { 1, 3 }, { 2 }, { 0, 1, 2, 4 }, { 4 } };
		for (int i = 0; i < histories.length; i++) {
			Leopard leopard = leopards
				.save(new Leopard("POP-" + (char) ('A' + i), "Pop " + (char) ('A' + i), Sex.UNKNOWN, null, null, null));
			for (int occasion : histories[i]) {
				// late in the park's evening: a UTC day would put it in the next occasion
				Instant at = FIRST.plusDays(occasion * 7L + 6).atTime(23, 30).atZone(PARK).toInstant();
				Sighting caught = new Sighting(at, 43.1, 131.3, Evidence.CAMERA_TRAP, leopard, null, null, null,
						ranger);
				caught.verify(ranger, leopard, null, at.plusSeconds(60));
				sightings.save(caught);
			}
			// tracks are not a capture
			Sighting tracks = new Sighting(FIRST.plusDays(3).atStartOfDay(PARK).toInstant(), 43.1, 131.3,
					Evidence.TRACKS, leopard, null, null, null, ranger);
			tracks.verify(ranger, leopard, null, Instant.now());
			sightings.save(tracks);
		}
	}

	@Test
	void theApiGivesFrequenciesAndEstimatesWithIntervals() throws Exception {
		mvc.perform(as("RANGER", get("/api/v1/population?" + SURVEY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2025-03-03"))
			.andExpect(jsonPath("$.to").value("2025-04-06"))
			.andExpect(jsonPath("$.occasionDays").value(7))
			.andExpect(jsonPath("$.occasions").value(5))
			.andExpect(jsonPath("$.individualsDetected").value(6))
			.andExpect(jsonPath("$.captureFrequencies").value(org.hamcrest.Matchers.contains(3, 2, 0, 1, 0)))
			.andExpect(jsonPath("$.estimates[?(@.method == 'Jackknife1')].estimate").value(8.4))
			.andExpect(jsonPath("$.estimates[?(@.method == 'Jackknife1')].lower").value(6.6))
			.andExpect(jsonPath("$.estimates[?(@.method == 'Jackknife1')].upper").value(16.4))
			.andExpect(jsonPath("$.estimates[?(@.method == 'Chao')].estimate").value(8.3))
			.andExpect(jsonPath("$.estimates[?(@.method == 'M0')].estimate").value(6.2))
			.andExpect(jsonPath("$.estimates[?(@.method == 'M0')].lower").value(6.0));
	}

	@Test
	void theApiIsForStaffOnly() throws Exception {
		mvc.perform(get("/api/v1/population?" + SURVEY)).andExpect(status().isUnauthorized());
		mvc.perform(as("ADMIN", get("/api/v1/population?" + SURVEY))).andExpect(status().isOk());
	}

	@Test
	void aSurveyThatCannotBeReadIsA400NamingTheField() throws Exception {
		mvc.perform(as("RANGER", get("/api/v1/population?from=2025-03-03&to=2025-04-06&occasionDays=0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occasionDays"));
		mvc.perform(as("RANGER", get("/api/v1/population?from=2025-03-03&to=2999-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(as("RANGER", get("/api/v1/population?from=yesterday")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(as("RANGER", get("/api/v1/population?" + SURVEY + "&bbox=1,2,3")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bbox"));
	}

	@Test
	void thePageShowsTheMatrixTheFrequenciesAndTheEstimates() throws Exception {
		mvc.perform(as("RANGER", get("/ranger/population?" + SURVEY)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("First-order jackknife"), containsString(">8.4<"),
					containsString("6.6 – 16.4"), containsString("POP-E"), containsString("id=\"population-chart\""),
					containsString("data-years=\"2025\""))));
	}

	@Test
	void thePageNamesTheFieldItCannotRead() throws Exception {
		mvc.perform(as("RANGER", get("/ranger/population?from=2025-03-03&to=2025-03-05&occasionDays=7")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"),
					containsString("The window must hold at least two occasions."))));
	}

	@Test
	void theMatrixDownloadsAsCsv() throws Exception {
		mvc.perform(as("RANGER", get("/ranger/population/history.csv?" + SURVEY)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(content()
				.string(allOf(containsString("code,name,2025-03-03,2025-03-10,2025-03-17,2025-03-24,2025-03-31\r\n"),
						containsString("POP-E,Pop E,1,1,1,0,1\r\n"), containsString("POP-B,Pop B,1,0,0,0,0\r\n"))));
	}

	@Test
	void theHomePageShowsTheLatestEstimateBesideTheCatalogueCount() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"population-estimate\""), containsString("lived in the park in 2025"))));
	}

	private static MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
		return request.with(user(role.toLowerCase() + "-in-test").roles(role));
	}

}
