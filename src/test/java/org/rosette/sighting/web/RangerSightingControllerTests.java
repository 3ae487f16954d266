package org.rosette.sighting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rosette.account.Account;
import org.rosette.account.Role;
import org.rosette.fieldwork.ReportFormSlice;
import org.rosette.incident.Incidents;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.Sex;
import org.rosette.photo.PhotoStore;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingLockedException;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.rosette.leopard.UnknownLeopardException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebMvcTest(RangerSightingController.class)
@Import(ReportFormSlice.class)
@WithMockUser(username = "ranger", roles = "RANGER")
class RangerSightingControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Sightings sightings;

	@MockitoBean
	Incidents incidents;

	@MockitoBean
	PublicLeopards catalogue;

	@MockitoBean
	PhotoStore photoStore;

	@Test
	void theFormStartsAtTheParksPresentTimeWithTheMapAndTheLeopards() throws Exception {
		given(catalogue.all()).willReturn(List.of(leopard(7, "Kedrovka", "LEO-F01")));

		Document page = page(
				mvc.perform(get("/ranger/sightings/new").param("lang", "en")).andExpect(status().isOk()).andReturn());

		// 02:30 UTC is 12:30 in Vladivostok.
		assertThat(page.getElementById("observedAt").attr("value")).isEqualTo("2026-03-14T12:30");
		assertThat(page.getElementById("observedAt").attr("max")).isEqualTo("2026-03-14T12:30");
		assertThat(page.getElementById("map-picker").attr("data-tile-url"))
			.isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
		assertThat(page.getElementById("map-picker").attr("data-min-lat")).isEqualTo("42.6");
		assertThat(page.select("#leopardId option").eachText()).containsExactly("Not identified", "Kedrovka (LEO-F01)");
		assertThat(page.select("#evidence option").eachText()).contains("Camera trap").doesNotContain("CAMERA_TRAP");
		assertThat(page.getElementById("photos").attr("accept")).isEqualTo("image/jpeg,image/png");
		assertThat(page.getElementById("photos").hasAttr("multiple")).isTrue();
	}

	@Test
	@WithMockUser(username = "visitor", roles = {})
	void onlyRangersReachTheForm() throws Exception {
		mvc.perform(get("/ranger/sightings/new")).andExpect(status().isForbidden());
	}

	@Test
	void aCompleteReportIsSavedInTheParksTimeAndTheRangerSeesTheirSubmissions() throws Exception {
		given(sightings.report(any(), anyString(), anyList())).willReturn(null);

		mvc.perform(valid())
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andExpect(flash().attribute("notice", "mine.sightingSaved"));

		ArgumentCaptor<SightingReport> report = ArgumentCaptor.forClass(SightingReport.class);
		verify(sightings).report(report.capture(), eq("ranger"), eq(List.of()));
		assertThat(report.getValue()).isEqualTo(new SightingReport(Instant.parse("2026-03-13T22:15:00Z"), 43.1, 131.5,
				Evidence.TRACKS, 7L, 1, 2, "Fresh tracks by the stream"));
	}

	@Test
	void aTimeInTheFutureIsShownBesideTheTimeAndNothingIsSaved() throws Exception {
		Document page = rejected(valid("observedAt", "2026-03-15T08:00"));

		assertError(page, "observedAt", "future");
		assertThat(page.getElementById("observedAt").attr("value")).isEqualTo("2026-03-15T08:00");
		assertThat(page.getElementById("notes").text()).isEqualTo("Fresh tracks by the stream");
	}

	@Test
	void latitudeAndLongitudeOffTheGlobeAreShownBesideTheirFields() throws Exception {
		Document page = rejected(valid("latitude", "91", "longitude", "-181"));

		assertError(page, "latitude", "90 or less");
		assertError(page, "longitude", "-180 or more");
		assertThat(page.getElementById("latitude").attr("value")).isEqualTo("91");
		assertThat(page.getElementById("longitude").attr("value")).isEqualTo("-181");
	}

	@Test
	void textThatIsNoNumberComesBackAsTyped() throws Exception {
		Document page = rejected(valid("latitude", "43°N", "adults", "two"));

		assertError(page, "latitude", "Not a number");
		assertError(page, "adults", "whole number");
		assertThat(page.getElementById("latitude").attr("value")).isEqualTo("43°N");
	}

	@Test
	void anEmptyFormNamesEveryRequiredField() throws Exception {
		Document page = rejected(multipart("/ranger/sightings/new").param("lang", "en").with(csrf()));

		for (String field : List.of("observedAt", "latitude", "longitude", "evidence")) {
			assertError(page, field, "Please fill this in");
		}
		assertThat(page.getElementById("form-has-errors")).isNotNull();
		assertThat(page.getElementById("leopardId-error")).isNull();
	}

	@Test
	void notesPastTenThousandCharactersAreRefused() throws Exception {
		String notes = "a".repeat(10_001);

		Document page = rejected(valid("notes", notes));

		assertError(page, "notes", "at most 10000 characters");
		assertThat(page.getElementById("notes").text()).hasSize(10_001);
	}

	@Test
	void anUnknownLeopardIsShownBesideThePicker() throws Exception {
		given(sightings.report(any(), anyString(), anyList())).willThrow(new UnknownLeopardException(999));

		MvcResult result = mvc.perform(valid("leopardId", "999")).andExpect(status().isOk()).andReturn();

		assertError(page(result), "leopardId", "not in the catalogue");
	}

	@Test
	void withoutTheCsrfTokenNothingHappens() throws Exception {
		mvc.perform(multipart("/ranger/sightings/new").param("latitude", "43.1")).andExpect(status().isForbidden());

		verifyNoInteractions(sightings);
	}

	@Test
	void aPointOutsideTheParkIsSavedOnlyOnceTheRangerConfirmsIt() throws Exception {
		Document page = rejected(valid("latitude", "44.5", "longitude", "132.8"));

		assertThat(page.getElementById("outside-park").text())
			.contains("outside the park (Land of the Leopard National Park)");
		assertThat(page.getElementById("outsideParkConfirmed")).isNotNull();
		assertThat(page.getElementById("latitude").attr("value")).isEqualTo("44.5");

		mvc.perform(valid("latitude", "44.5", "longitude", "132.8", "outsideParkConfirmed", "true"))
			.andExpect(redirectedUrl("/ranger/sightings"));
		verify(sightings).report(any(), eq("ranger"), anyList());
	}

	@Test
	void theAuthorEditsAPendingSightingInTheSameFormFilledIn() throws Exception {
		given(sightings.find(5)).willReturn(Optional.of(sighting(5, "ranger")));

		Document page = page(mvc.perform(get("/ranger/sightings/5/edit").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.getElementById("observedAt").attr("value")).isEqualTo("2026-03-01T09:00");
		assertThat(page.getElementById("latitude").attr("value")).isEqualTo("43.2");
		assertThat(page.select("#evidence option[selected]").text()).isEqualTo("Scat");
		assertThat(page.getElementById("sighting-form").attr("action")).startsWith("/ranger/sightings/5/edit");

		mvc.perform(form("/ranger/sightings/5/edit")).andExpect(redirectedUrl("/ranger/sightings"));
		verify(sightings).revise(eq(5L), any(), eq("ranger"), anyList());
	}

	@Test
	void someoneElsesSightingDoesNotExistForThisRanger() throws Exception {
		given(sightings.find(6)).willReturn(Optional.of(sighting(6, "another")));
		given(sightings.find(404)).willReturn(Optional.empty());
		willThrow(new AccessDeniedException("not theirs")).given(sightings).withdraw(6, "ranger");

		mvc.perform(get("/ranger/sightings/6/edit")).andExpect(status().isNotFound());
		mvc.perform(get("/ranger/sightings/404/edit")).andExpect(status().isNotFound());
		mvc.perform(post("/ranger/sightings/6/withdraw").with(csrf())).andExpect(status().isNotFound());
		verify(sightings, never()).revise(anyLong(), any(), anyString(), anyList());
	}

	@Test
	void aReviewedSightingCanNoLongerBeEditedOrWithdrawn() throws Exception {
		Sighting reviewed = sighting(8, "ranger");
		ReflectionTestUtils.setField(reviewed, "status", org.rosette.sighting.ReviewStatus.VERIFIED);
		given(sightings.find(8)).willReturn(Optional.of(reviewed));
		willThrow(new SightingLockedException(8L)).given(sightings).withdraw(8, "ranger");
		given(sightings.revise(eq(8L), any(), anyString(), anyList())).willThrow(new SightingLockedException(8L));

		mvc.perform(get("/ranger/sightings/8/edit"))
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andExpect(flash().attribute("notice", "mine.locked"));
		mvc.perform(post("/ranger/sightings/8/withdraw").with(csrf()))
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andExpect(flash().attribute("notice", "mine.locked"));
		mvc.perform(form("/ranger/sightings/8/edit")).andExpect(flash().attribute("notice", "mine.locked"));
	}

	@Test
	void withdrawingNeedsTheTokenAndLeadsBackToTheList() throws Exception {
		mvc.perform(post("/ranger/sightings/5/withdraw")).andExpect(status().isForbidden());
		verifyNoInteractions(sightings);

		mvc.perform(post("/ranger/sightings/5/withdraw").with(csrf()))
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andExpect(flash().attribute("notice", "mine.withdrawn"));
		verify(sightings).withdraw(5, "ranger");
	}

	MockMultipartHttpServletRequestBuilder valid(String... changes) {
		return form("/ranger/sightings/new", changes);
	}

	/**
	 * A complete report inside the park, with {@code changes} as name, value pairs
	 * replacing its fields.
	 */
	static MockMultipartHttpServletRequestBuilder form(String path, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("observedAt", "2026-03-14T08:15");
		fields.put("latitude", "43.1");
		fields.put("longitude", "131,5");
		fields.put("evidence", "TRACKS");
		fields.put("leopardId", "7");
		fields.put("adults", "1");
		fields.put("cubs", "2");
		fields.put("notes", "Fresh tracks by the stream");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.param("lang", "en").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	Document rejected(RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		verify(sightings, never()).report(any(), anyString(), anyList());
		verify(sightings, never()).report(any(), anyString());
		return page(result);
	}

	static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	static void assertError(Document page, String field, String words) {
		assertThat(page.getElementById(field).hasClass("is-invalid")).as(field + " marked invalid").isTrue();
		assertThat(page.getElementById(field + "-error")).as("error beside " + field).isNotNull();
		assertThat(page.getElementById(field + "-error").text()).containsIgnoringCase(words);
	}

	static Leopard leopard(long id, String name, String code) {
		Leopard leopard = new Leopard(code, name, Sex.FEMALE, 2011, null, null);
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

	static Sighting sighting(long id, String author) {
		Account account = new Account(author, "x", author, Role.RANGER);
		Sighting sighting = new Sighting(Instant.parse("2026-02-28T23:00:00Z"), 43.2, 131.4, Evidence.SCAT, null, 1,
				null, "Old scat", account);
		ReflectionTestUtils.setField(sighting, "id", id);
		return sighting;
	}

}
