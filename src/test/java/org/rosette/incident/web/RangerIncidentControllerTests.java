package org.rosette.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rosette.fieldwork.ReportFormSlice;
import org.rosette.incident.IncidentReport;
import org.rosette.incident.IncidentType;
import org.rosette.incident.Incidents;
import org.rosette.leopard.PublicLeopards;
import org.rosette.photo.PhotoStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RangerIncidentController.class)
@Import(ReportFormSlice.class)
@WithMockUser(username = "ranger", roles = "RANGER")
class RangerIncidentControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Incidents incidents;

	@MockitoBean
	PublicLeopards catalogue;

	@MockitoBean
	PhotoStore photoStore;

	@Test
	void theFormOffersTheKindsOfIncidentInWordsAndTheSameMapPicker() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/ranger/incidents/new").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#type option").eachText()).contains("Snare or trap", "Shots heard")
			.noneMatch(text -> text.equals("SNARE"));
		assertThat(page.getElementById("map-picker")).isNotNull();
		assertThat(page.select("script[src^=/js/map-picker-][src$=.js]")).hasSize(1);
	}

	@Test
	void aDescriptionIsRequiredAndNothingIsSavedWithoutIt() throws Exception {
		Document page = Jsoup.parse(
				mvc.perform(incident("   ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.getElementById("description").hasClass("is-invalid")).isTrue();
		assertThat(page.getElementById("description-error").text()).contains("Please fill this in");
		assertThat(page.select("#type option[selected]").text()).isEqualTo("Snare or trap");
		verify(incidents, never()).report(any(), anyString(), anyList());
	}

	@Test
	void aCompleteIncidentIsSavedAndTheRangerIsSentToTheirSubmissions() throws Exception {
		mvc.perform(incident("Wire snare on the deer trail"))
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andExpect(flash().attribute("notice", "mine.incidentSaved"));

		ArgumentCaptor<IncidentReport> report = ArgumentCaptor.forClass(IncidentReport.class);
		verify(incidents).report(report.capture(), eq("ranger"), eq(List.of()));
		assertThat(report.getValue()).isEqualTo(new IncidentReport(Instant.parse("2026-03-13T22:15:00Z"), 43.1, 131.5,
				IncidentType.SNARE, null, "Wire snare on the deer trail"));
	}

	static org.springframework.test.web.servlet.RequestBuilder incident(String description) {
		return multipart("/ranger/incidents/new").param("lang", "en")
			.param("occurredAt", "2026-03-14T08:15")
			.param("latitude", "43.1")
			.param("longitude", "131.5")
			.param("type", "SNARE")
			.param("leopardId", "")
			.param("description", description)
			.with(csrf());
	}

}
