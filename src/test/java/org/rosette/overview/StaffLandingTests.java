package org.rosette.overview;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.sighting.SightingReviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * After signing in, each role lands where its work is; the admin's overview counts what
 * waits, and the navigation shows admins (only) how many sightings wait for review.
 */
@SpringBootTest(properties = "rosette.demo=true")
@AutoConfigureMockMvc
class StaffLandingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SightingReviews reviews;

	@Test
	void anAdminLandsOnTheOverviewAndARangerOnTheirSubmissions() throws Exception {
		mvc.perform(formLogin().user("admin").password("admin")).andExpect(redirectedUrl("/admin"));
		mvc.perform(formLogin().user("ranger").password("ranger")).andExpect(redirectedUrl("/ranger/sightings"));
	}

	@Test
	void theOverviewCountsWhatWaitsAndTheBadgeIsForAdminsOnly() throws Exception {
		long waiting = reviews.waiting();
		assertThat(waiting).as("demo content has pending sightings").isPositive();

		Document overview = page("/admin?lang=en", "admin", "ADMIN");
		assertThat(overview.select("#overview-waiting .figure").text()).isEqualTo(String.valueOf(waiting));
		assertThat(overview.select("#overview-imports .figure").text()).isEqualTo("0");
		assertThat(overview.select("#recent-incidents li")).hasSizeBetween(1, 5);
		assertThat(overview.select("#pending-badge").text()).isEqualTo(String.valueOf(waiting));
		assertThat(overview.select("#nav-report")).hasSize(1);

		Document home = page("/?lang=en", "ranger", "RANGER");
		assertThat(home.select("#pending-badge")).isEmpty();
		assertThat(home.select("#nav-report").attr("href")).isEqualTo("/ranger/sightings/new");
	}

	@Test
	void mySubmissionsSayWhatTheyAreSortedBy() throws Exception {
		Document mine = page("/ranger/sightings?lang=en", "ranger", "RANGER");
		assertThat(mine.select("#sorted-by").text()).contains("Newest report first");
		assertThat(mine.select("#my-sightings-table th[aria-sort=descending]").text()).isEqualTo("Reported");
	}

	private Document page(String path, String name, String role) throws Exception {
		String html = mvc.perform(get(path).with(user(name).roles(role)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
