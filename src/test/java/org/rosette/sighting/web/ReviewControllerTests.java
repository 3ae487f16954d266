package org.rosette.sighting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rosette.account.Account;
import org.rosette.account.Role;
import org.rosette.account.SecurityConfiguration;
import org.rosette.coat.CoatCandidates;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.ReviewDecision;
import org.rosette.sighting.ReviewDecision.Verdict;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingLockedException;
import org.rosette.sighting.SightingReviews;
import org.rosette.sighting.Sightings;
import org.rosette.sighting.web.ReviewForms.MissingLeopard;
import org.rosette.sighting.web.ReviewForms.Notice;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReviewController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
@EnableConfigurationProperties({ ParkArea.class, MapTiles.class })
class ReviewControllerTests {

	static final Account RANGER = new Account("ranger", "x", "Olga Petrova", Role.RANGER);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SightingReviews reviews;

	@MockitoBean
	Leopards catalogue;

	@MockitoBean
	Sightings sightings;

	@MockitoBean(name = "coatCandidates")
	CoatCandidates coatCandidates;

	@org.junit.jupiter.api.BeforeEach
	void anEmptyQueueAndNoCoatSuggestions() {
		given(reviews.queue(org.mockito.ArgumentMatchers.anyInt()))
			.willReturn(org.springframework.data.domain.Page.empty());
		given(coatCandidates.forSighting(anyLong())).willReturn(new CoatCandidates.Suggestions(List.of(), false, 0, 0));
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void theQueueComesInPagesWithTheTotalAndOnePhotoQueryPerPage() throws Exception {
		given(reviews.queue(1)).willReturn(new PageImpl<>(List.of(pending(32, null), pending(33, null)),
				PageRequest.of(1, SightingReviews.QUEUE_PAGE_SIZE), 45));

		mvc.perform(get("/admin/review").param("page", "1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Waiting: 45"), containsString("Page 2 of 3"),
					containsString("href=\"/admin/review?page=0\""), containsString("href=\"/admin/review?page=2\""),
					containsString("id=\"sighting-32\""), containsString("id=\"sighting-33\""))));
		verify(sightings).photosOf(List.of(32L, 33L));
		verify(sightings, never()).photosOf(anyLong());
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void theQueueShowsEverythingTheReviewerNeedsInWords() throws Exception {
		Leopard lord = leopard(5, "Lord", "LEO-M01");
		given(reviews.queue(0)).willReturn(new PageImpl<>(List.of(pending(12, lord))));
		given(catalogue.all()).willReturn(List.of(lord, leopard(6, "Pamela", "LEO-F07")));

		mvc.perform(get("/admin/review"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"sighting-12\""), containsString("Sighting 12: Camera trap"),
						// 02:30 UTC is 12:30 in Vladivostok: times are the park's
						containsString("14 March 2026, 12:30"), containsString("Olga Petrova"),
						containsString("Camera 214, by the stream"), containsString("Adults: 1, cubs: 0"))))
			.andExpect(content().string(allOf(containsString("data-lat=\"43.123456\""),
					containsString("data-lon=\"131.654321\""), containsString("/dist/leaflet"),
					containsString("src=\"/leopards/5/portrait.svg\""), containsString("Lord · LEO-M01"),
					containsString("selected=\"selected\">Lord · LEO-M01</option>"),
					containsString("action=\"/admin/review/12/verify\""),
					containsString("action=\"/admin/review/12/reject\""), containsString("name=\"_csrf\""),
					containsString("No photos with this report."))))
			.andExpect(content().string(allOf(not(containsString("CAMERA_TRAP<")), not(containsString("PENDING")))));
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void verifyingIdentifiesTheLeopardAndSaysSo() throws Exception {
		Leopard pamela = leopard(6, "Pamela", "LEO-F07");
		Sighting sighting = pending(12, null);
		sighting.verify(RANGER, pamela, null, Instant.now());
		given(reviews.review(eq(12L), any(), anyString())).willReturn(new SightingReviews.Outcome(sighting, false));

		mvc.perform(
				post("/admin/review/12/verify").param("leopardId", "6").param("note", "Rosettes match").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice", Notice.of("success", "review.done.identified", 12, "Pamela")))
			.andExpect(flash().attributeCount(1));

		ArgumentCaptor<ReviewDecision> decision = ArgumentCaptor.forClass(ReviewDecision.class);
		verify(reviews).review(eq(12L), decision.capture(), eq("boss"));
		assertThat(decision.getValue()).isEqualTo(new ReviewDecision(Verdict.VERIFY, 6L, "Rosettes match"));
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void verifyingAMissingLeopardOffersToMarkItAliveAgain() throws Exception {
		Leopard lord = leopard(5, "Lord", "LEO-M01");
		lord.markMissing();
		Sighting sighting = pending(12, lord);
		sighting.verify(RANGER, null, null, Instant.now());
		given(reviews.review(eq(12L), any(), anyString())).willReturn(new SightingReviews.Outcome(sighting, true));

		mvc.perform(post("/admin/review/12/verify").param("leopardId", "5").with(csrf()))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("missingLeopard", new MissingLeopard(5, "Lord")));

		mvc.perform(get("/admin/review").flashAttr("missingLeopard", new MissingLeopard(5, "Lord")))
			.andExpect(content().string(allOf(containsString("Lord is listed as missing"),
					containsString("action=\"/admin/review/leopards/5/alive\""), containsString("Mark Lord alive"))));

		given(catalogue.markAlive(5)).willReturn(lord);
		mvc.perform(post("/admin/review/leopards/5/alive").with(csrf()))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice", Notice.of("success", "review.done.markedAlive", "Lord")));
		verify(catalogue).markAlive(5);
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void rejectingWithoutAReasonShowsTheErrorBesideTheFieldAndChangesNothing() throws Exception {
		given(reviews.queue(0)).willReturn(new PageImpl<>(List.of(pending(12, null), pending(13, null))));

		mvc.perform(post("/admin/review/12/reject").param("reason", "   ").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"reason-error-12\""), containsString("Say why the sighting is rejected."),
							containsString("aria-describedby=\"reason-error-12\""),
							not(containsString("id=\"reason-error-13\"")))));

		verify(reviews, never()).review(anyLong(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void rejectingWithAReasonRecordsIt() throws Exception {
		Sighting sighting = pending(12, null);
		sighting.reject(RANGER, "A lynx", Instant.now());
		given(reviews.review(eq(12L), any(), anyString())).willReturn(new SightingReviews.Outcome(sighting, false));

		mvc.perform(post("/admin/review/12/reject").param("reason", "A lynx").with(csrf()))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice", Notice.of("success", "review.done.rejected", 12)));

		verify(reviews).review(12L, new ReviewDecision(Verdict.REJECT, null, "A lynx"), "boss");
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void theServicesObjectionToTheLeopardShowsBesideTheList() throws Exception {
		given(reviews.queue(0)).willReturn(new PageImpl<>(List.of(pending(12, null))));
		given(reviews.review(eq(12L), any(), anyString()))
			.willThrow(new RejectedValuesException("leopardId", "No leopard 99"));

		mvc.perform(post("/admin/review/12/verify").param("leopardId", "99").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("form-select leopard-select is-invalid"),
					containsString("This individual is not in the catalogue."))));
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void aSightingSomeoneElseReviewedFirstIsNewsNotAnError() throws Exception {
		given(reviews.review(eq(12L), any(), anyString())).willThrow(new SightingLockedException(12L));

		mvc.perform(post("/admin/review/12/reject").param("reason", "Blurred").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice", Notice.of("info", "review.error.alreadyReviewed", 12)));

		mvc.perform(get("/admin/review").flashAttr("notice", Notice.of("info", "review.error.alreadyReviewed", 12)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("alert-info"),
					containsString("Sighting 12 has already been reviewed by someone else."),
					containsString("Nothing is waiting for review."))));
	}

	@Test
	@WithMockUser(username = "ranger", roles = "RANGER")
	void rangersMayNotReview() throws Exception {
		mvc.perform(get("/admin/review")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/review/12/verify").with(csrf())).andExpect(status().isForbidden());
		verify(reviews, never()).review(anyLong(), any(), anyString());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/admin/review").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/review/12/reject").accept(MediaType.TEXT_HTML).param("reason", "x").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		verify(reviews, never()).review(anyLong(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/review/12/reject").param("reason", "Blurred")).andExpect(status().isForbidden());
		verify(reviews, never()).review(anyLong(), any(), anyString());
	}

	static Sighting pending(long id, Leopard leopard) {
		Sighting sighting = new Sighting(Instant.parse("2026-03-14T02:30:00Z"), 43.123456, 131.654321,
				Evidence.CAMERA_TRAP, leopard, 1, 0, "Camera 214, by the stream below the old cordon.", RANGER);
		ReflectionTestUtils.setField(sighting, "id", id);
		return sighting;
	}

	static Leopard leopard(long id, String name, String code) {
		Leopard leopard = new Leopard(code, name, Sex.MALE, 2010, null, null);
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

}
