package org.rosette.sighting.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.sighting.SightingRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sighting API through the real security chain, as a field device would use it. */
@SpringBootTest
@AutoConfigureMockMvc
class SightingApiTests {

	private static final String PASSWORD = "field-ranger-pw";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SightingRepository sightings;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder encoder;

	@BeforeEach
	void fieldRanger() {
		if (!accounts.existsByUsername("field")) {
			accounts.save(new Account("field", encoder.encode(PASSWORD), "Field Ranger", Role.RANGER));
		}
	}

	@Test
	void aRangerReportsASightingAndGetsItBackPending() throws Exception {
		String observed = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

		mvc.perform(asRanger(post("/api/v1/sightings")).contentType(MediaType.APPLICATION_JSON).content("""
				{"observedAt":"%s","latitude":43.123456,"longitude":131.456789,"evidence":"CAMERA_TRAP",
				 "adults":1,"cubs":2,"notes":"Female with two cubs at the salt lick"}""".formatted(observed)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/sightings/")))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.latitude").value(43.123456))
			.andExpect(jsonPath("$.longitude").value(131.456789))
			.andExpect(jsonPath("$.observedAt").value(observed))
			.andExpect(jsonPath("$.submittedBy").value("field"))
			.andExpect(jsonPath("$.cubs").value(2));

		mvc.perform(asRanger(get("/api/v1/sightings")).param("status", "PENDING"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].notes").value("Female with two cubs at the salt lick"));
		mvc.perform(get("/api/v1/sightings"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("salt lick"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("43.123456"))));
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource(delimiter = '|', value = {
			"observedAt  | {\"observedAt\":\"2999-01-01T00:00:00Z\",\"latitude\":43.1,\"longitude\":131.1,\"evidence\":\"TRACKS\"}",
			"latitude    | {\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":91,\"longitude\":131.1,\"evidence\":\"TRACKS\"}",
			"longitude   | {\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":43.1,\"longitude\":-181,\"evidence\":\"TRACKS\"}",
			"latitude    | {\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":131.1,\"longitude\":43.1,\"evidence\":\"TRACKS\"}",
			"evidence    | {\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":43.1,\"longitude\":131.1,\"evidence\":\"FOOTPRINT\"}",
			"leopardId   | {\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":43.1,\"longitude\":131.1,\"evidence\":\"TRACKS\",\"leopardId\":987654}",
			"observedAt  | {\"observedAt\":\"yesterday\",\"latitude\":43.1,\"longitude\":131.1,\"evidence\":\"TRACKS\"}",
			"evidence    | {\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":43.1,\"longitude\":131.1}" })
	void badInputIsA400NamingTheFieldAndStoresNothing(String field, String body) throws Exception {
		long before = sightings.count();

		mvc.perform(asRanger(post("/api/v1/sightings")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));

		assertThat(sightings.count()).isEqualTo(before);
	}

	@Test
	void notesOverTheLimitAreRefused() throws Exception {
		String body = """
				{"observedAt":"2025-01-01T00:00:00Z","latitude":43.1,"longitude":131.1,"evidence":"SCAT","notes":"%s"}"""
			.formatted("n".repeat(10_001));
		long before = sightings.count();

		mvc.perform(asRanger(post("/api/v1/sightings")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notes"));
		assertThat(sightings.count()).isEqualTo(before);
	}

	@Test
	void aMalformedBodyIsA400() throws Exception {
		mvc.perform(
				asRanger(post("/api/v1/sightings")).contentType(MediaType.APPLICATION_JSON).content("{\"observedAt\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void withoutCredentialsItIs401AndWithTheWrongPasswordToo() throws Exception {
		String body = "{\"observedAt\":\"2025-01-01T00:00:00Z\",\"latitude\":43.1,\"longitude\":131.1,\"evidence\":\"SCAT\"}";
		mvc.perform(post("/api/v1/sightings").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/sightings").with(httpBasic("field", "wrong"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
	}

	@Test
	void aRangerCannotReview() throws Exception {
		mvc.perform(asRanger(post("/api/v1/sightings/1/review")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"VERIFY\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void aBadBoundingBoxIsNamed() throws Exception {
		mvc.perform(asRanger(get("/api/v1/sightings")).param("bbox", "131,43,130"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bbox"));
	}

	@Test
	void publicPagesReachTheNewestSightingsAndPointDeeperReadersToTheExports() throws Exception {
		mvc.perform(get("/api/v1/sightings").param("page", "39").param("size", "50")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/sightings").param("page", "20000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("exports")));
	}

	private static MockHttpServletRequestBuilder asRanger(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("field", PASSWORD));
	}

}
