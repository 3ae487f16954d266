package org.rosette.sighting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.account.SecurityConfiguration;
import org.rosette.incident.Incidents;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.Sightings;
import org.rosette.system.ParkArea;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MySubmissionsController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
@EnableConfigurationProperties(ParkArea.class)
@WithMockUser(username = "ranger", roles = "RANGER")
class MySubmissionsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Sightings sightings;

	@MockitoBean
	Incidents incidents;

	@Test
	void onlyPendingSightingsCanBeEditedOrWithdrawnAndARejectionSaysWhy() throws Exception {
		Sighting pending = RangerSightingControllerTests.sighting(1, "ranger");
		Sighting rejected = RangerSightingControllerTests.sighting(2, "ranger");
		ReflectionTestUtils.setField(rejected, "status", ReviewStatus.REJECTED);
		ReflectionTestUtils.setField(rejected, "reviewNote", "Dog tracks, not a leopard");
		given(sightings.submittedBy("ranger", 0, MySubmissionsController.PAGE_SIZE))
			.willReturn(page(pending, rejected));
		given(incidents.reportedBy("ranger", 0, MySubmissionsController.PAGE_SIZE)).willReturn(Page.empty());

		Document page = Jsoup.parse(mvc.perform(get("/ranger/sightings").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#sighting-1 .review-badge").text()).isEqualTo("Waiting for review");
		assertThat(page.select("#sighting-1 a[href=/ranger/sightings/1/edit]")).hasSize(1);
		assertThat(page.select("#sighting-1 form[action=/ranger/sightings/1/withdraw] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("#sighting-1").text()).contains("2026-03-01 09:00", "Scat");
		assertThat(page.select("#sighting-2 .review-badge").text()).isEqualTo("Rejected");
		assertThat(page.select("#sighting-2 .review-note").text()).contains("Dog tracks, not a leopard");
		assertThat(page.select("#sighting-2 a, #sighting-2 form")).isEmpty();
		assertThat(page.getElementById("my-incidents").text()).contains("You have not reported any incidents");
	}

	@Test
	@WithMockUser(username = "visitor", roles = {})
	void visitorsHaveNoSubmissions() throws Exception {
		mvc.perform(get("/ranger/sightings")).andExpect(status().isForbidden());
	}

	static Page<Sighting> page(Sighting... items) {
		return new PageImpl<>(List.of(items));
	}

}
