package org.rosette.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.PublicSightingsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages rendered once for every anonymous visitor in a language: kept, answered
 * 304 to a browser that holds them, forgotten as soon as a change is committed, and never
 * shown to someone signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LeopardRepository leopards;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	private Leopard leopard;

	@BeforeEach
	void leopard() {
		String code = "AP-" + UUID.randomUUID().toString().substring(0, 8);
		leopard = leopards.save(new Leopard(code, "Before " + code, Sex.FEMALE, 2015, null, null));
	}

	@Test
	void theSecondAnonymousVisitorIsAnsweredWithThePageRenderedForTheFirst() throws Exception {
		String etag = mvc.perform(get("/leopards/{id}", leopard.getId()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		// Changed behind the application's back: the shared page does not know yet.
		jdbc.update("UPDATE leopards SET name = ? WHERE id = ?", "Renamed " + leopard.getCode(), leopard.getId());

		mvc.perform(get("/leopards/{id}", leopard.getId()))
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(content().string(containsString("Before " + leopard.getCode())));

		events.publishEvent(new PublicSightingsChanged());
		mvc.perform(get("/leopards/{id}", leopard.getId()))
			.andExpect(content().string(containsString("Renamed " + leopard.getCode())));
	}

	@Test
	void publicJsonIsAnsweredOnceForEveryAnonymousCallerAndForgottenOnChange() throws Exception {
		String etag = mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		jdbc.update("UPDATE leopards SET name = ? WHERE id = ?", "Renamed " + leopard.getCode(), leopard.getId());

		mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()))
			.andExpect(content().string(containsString("Before " + leopard.getCode())));

		events.publishEvent(new PublicSightingsChanged());
		mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()))
			.andExpect(content().string(containsString("Renamed " + leopard.getCode())));
	}

	@Test
	void staffCallersOfTheApiGetTheirOwnAnswerAndLeaveNothingForThePublic() throws Exception {
		mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()).with(user("ranger").roles("RANGER")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		jdbc.update("UPDATE leopards SET name = ? WHERE id = ?", "Renamed " + leopard.getCode(), leopard.getId());

		mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(content().string(containsString("Renamed " + leopard.getCode())));
		mvc.perform(get("/api/v1/leopards/{id}", leopard.getId()).with(user("ranger").roles("RANGER")))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
	}

	@Test
	void aBrowserThatTakesGzipGetsTheCopyCompressedOnceWhenThePageWasKept() throws Exception {
		mvc.perform(get("/leopards/{id}", leopard.getId())).andExpect(status().isOk());

		byte[] compressed = mvc
			.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Encoding")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (GZIPInputStream page = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(new String(page.readAllBytes(), StandardCharsets.UTF_8)).contains("Before " + leopard.getCode());
		}
		mvc.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity"))
			.andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING))
			.andExpect(content().string(containsString("Before " + leopard.getCode())));
	}

	@Test
	void anAdminsChangeIsPublicAsSoonAsItIsCommitted() throws Exception {
		mvc.perform(get("/leopards/{id}", leopard.getId()))
			.andExpect(content().string(containsString("Before " + leopard.getCode())));

		mvc.perform(post("/admin/leopards/{id}/edit", leopard.getId()).with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("code", leopard.getCode())
			.param("name", "After " + leopard.getCode())
			.param("sex", "FEMALE")
			.param("birthYear", "2015")
			.param("version", String.valueOf(
					jdbc.queryForObject("SELECT version FROM leopards WHERE id = ?", Long.class, leopard.getId()))))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/leopards/{id}", leopard.getId()))
			.andExpect(content().string(containsString("After " + leopard.getCode())));
	}

	@Test
	void aSignedInVisitorNeverGetsTheAnonymousPageNorLeavesTheirsForOthers() throws Exception {
		mvc.perform(get("/leopards/{id}", leopard.getId())).andExpect(content().string(not(containsString("/logout"))));

		mvc.perform(get("/leopards/{id}", leopard.getId()).with(user("ranger").roles("RANGER")))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG))
			.andExpect(content().string(containsString("/logout")));
		mvc.perform(get("/leopards/{id}", leopard.getId())).andExpect(content().string(not(containsString("/logout"))));
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		String english = mvc.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		String russian = mvc.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
			.andExpect(content().string(containsString("<html lang=\"ru\"")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		assertThat(russian).isNotEqualTo(english);
		mvc.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(header().string(HttpHeaders.ETAG, english));
	}

	@Test
	void aBrowserHoldingThePageIsAnsweredNotModified() throws Exception {
		String etag = mvc.perform(get("/leopards/{id}", leopard.getId()))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		mvc.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		mvc.perform(get("/leopards/{id}", leopard.getId()).header(HttpHeaders.IF_NONE_MATCH, "W/\"something-else\""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(leopard.getCode())));
	}

	@Test
	void errorsAndPagesThatStartASessionOrSetACookieAreNotShared() throws Exception {
		mvc.perform(get("/leopards/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(header().doesNotExist(HttpHeaders.ETAG));
		mvc.perform(get("/leopards").param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		mvc.perform(get("/api/v1/sightings").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		mvc.perform(get("/api/v1/incidents")).andExpect(header().doesNotExist(HttpHeaders.ETAG));
	}

	@Test
	void anAdminSeesHowOftenThePublicWasAnsweredFromTheKeptPages() throws Exception {
		mvc.perform(get("/leopards/{id}", leopard.getId())).andExpect(status().isOk());
		double before = keptPageHits();

		mvc.perform(get("/leopards/{id}", leopard.getId())).andExpect(status().isOk());
		mvc.perform(get("/leopards/{id}", leopard.getId())).andExpect(status().isOk());

		assertThat(keptPageHits()).isGreaterThanOrEqualTo(before + 2);
	}

	private double keptPageHits() throws Exception {
		String json = mvc
			.perform(get("/actuator/metrics/cache.gets").param("tag", "cache:" + AnonymousPages.CACHE, "result:hit")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(json, "$.measurements[0].value").doubleValue();
	}

}
