package org.rosette.account;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.rosette.audit.AuditEntry;
import org.rosette.audit.AuditFilter;
import org.rosette.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords: held back per account and per address, the same answer whatever was
 * wrong, every refusal in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInProtectionTests {

	private static final String PASSWORD = "right-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditTrail trail;

	@Test
	void afterFiveWrongPasswordsTheApiAnswers429WithRetryAfterEvenForTheRightOne() throws Exception {
		ranger("guessed");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/incidents").with(httpBasic("guessed", "wrong-" + i)).with(from("10.1.0." + i)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/incidents").with(httpBasic("guessed", PASSWORD)).with(from("10.1.0.9")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")));

		List<AuditEntry> events = events("guessed");
		assertThat(events).extracting(e -> value(e, "kind"))
			.containsOnly("SIGN_IN_FAILED", "SIGN_IN_THROTTLED")
			.contains("SIGN_IN_THROTTLED")
			.filteredOn("SIGN_IN_FAILED"::equals)
			.hasSize(5);
		assertThat(events).extracting(e -> value(e, "clientAddress")).contains("10.1.0.0", "10.1.0.9");
	}

	@Test
	void hammeringAHeldBackAccountCannotFloodTheAuditTrail() throws Exception {
		ranger("hammered");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/incidents").with(httpBasic("hammered", "guess-" + i)).with(from("10.5.0.1")))
				.andExpect(status().isUnauthorized());
		}
		for (int i = 0; i < 60; i++) {
			mvc.perform(get("/api/v1/incidents").with(httpBasic("hammered", "guess-" + i))
				.with(from("10.5.0." + (1 + i % 3)))).andExpect(status().isTooManyRequests());
			mvc.perform(post("/login").param("username", "hammered")
				.param("password", "guess-" + i)
				.with(csrf())
				.with(from("10.5.1.1"))).andExpect(redirectedUrl("/login?error"));
		}

		// every failure under the limit is there; of 120 attempts held back, the first
		assertThat(events("hammered")).extracting(e -> value(e, "kind"))
			.filteredOn("SIGN_IN_FAILED"::equals)
			.hasSize(5);
		assertThat(events("hammered")).extracting(e -> value(e, "kind"))
			.filteredOn("SIGN_IN_THROTTLED"::equals)
			.hasSize(1);
	}

	@Test
	void oneAddressTryingManyNamesIsHeldBackAndTheFormSaysSoKindly() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/login").param("username", "nobody-" + i)
				.param("password", "x")
				.with(csrf())
				.with(from("10.2.0.1"))).andExpect(redirectedUrl("/login?error"));
		}
		ranger("innocent");
		Cookie session = mvc
			.perform(post("/login").param("username", "innocent")
				.param("password", PASSWORD)
				.with(csrf())
				.with(from("10.2.0.1")))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/login?error&lang=en").cookie(session))
			.andExpect(content().string(containsString("Too many failed attempts")));

		// Another address is not held back for the same account.
		mvc.perform(post("/login").param("username", "innocent")
			.param("password", PASSWORD)
			.with(csrf())
			.with(from("10.2.0.2"))).andExpect(redirectedUrl("/ranger/sightings"));
	}

	@Test
	void unknownNameWrongPasswordAndDisabledAccountGetTheSameAnswer() throws Exception {
		ranger("present");
		Account off = ranger("switched.off");
		off.disable();
		accounts.save(off);

		String unknown = failure("absent", PASSWORD, "10.3.0.1");
		String wrong = failure("present", "not-the-password", "10.3.0.2");
		String disabledWrong = failure("switched.off", "not-the-password", "10.3.0.3");
		assertThat(unknown).isEqualTo(wrong).isEqualTo(disabledWrong).contains("not right");
		// Who knows the password may learn the account is off.
		assertThat(failure("switched.off", PASSWORD, "10.3.0.4")).contains("switched off");

		for (String name : List.of("absent", "present", "switched.off")) {
			mvc.perform(get("/api/v1/incidents").with(httpBasic(name, "not-the-password")).with(from("10.3.1.1")))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Sign in first")));
		}
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAPlainRefusalNotAnError() throws Exception {
		ranger("long.typist");
		String tooLong = "ü".repeat(40);
		assertThat(failure("long.typist", tooLong, "10.4.0.1")).contains("not right");
		mvc.perform(get("/api/v1/incidents").with(httpBasic("long.typist", tooLong)).with(from("10.4.0.2")))
			.andExpect(status().isUnauthorized());
	}

	private String failure(String username, String password, String address) throws Exception {
		Cookie session = mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		// What the sign-in page then says, as the person trying would read it.
		String page = mvc.perform(get("/login?error&lang=en").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return org.jsoup.Jsoup.parse(page).getElementById("login-error").text();
	}

	private List<AuditEntry> events(String username) {
		return trail.search(new AuditFilter("SecurityEvent", null, null, null), 0, 200)
			.entries()
			.stream()
			.filter(e -> username.equals(value(e, "username")))
			.toList();
	}

	private static String value(AuditEntry entry, String field) {
		return entry.fields()
			.stream()
			.filter(f -> f.name().equals(field))
			.map(f -> f.after().text())
			.findFirst()
			.orElseThrow();
	}

	private Account ranger(String username) {
		return accounts.save(new Account(username, encoder.encode(PASSWORD), username, Role.RANGER));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
