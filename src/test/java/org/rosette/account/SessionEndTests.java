package org.rosette.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session ends on its next request once its account is disabled, re-keyed or moved to
 * another role.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionEndTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Accounts service;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void disablingAnAccountEndsItsSession() throws Exception {
		Account ranger = ranger("session.disabled");
		Cookie session = signIn("session.disabled");
		mvc.perform(page("/ranger/sightings").cookie(session)).andExpect(status().isOk());

		service.disable(ranger.getId());

		mvc.perform(page("/ranger/sightings").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void resettingThePasswordEndsTheSessionsOpenedWithTheOldOne() throws Exception {
		Account ranger = ranger("session.rekeyed");
		Cookie session = signIn("session.rekeyed");
		mvc.perform(page("/ranger/sightings").cookie(session)).andExpect(status().isOk());

		service.resetPassword(ranger.getId(), "a-brand-new-password");

		mvc.perform(page("/ranger/sightings").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aNewRoleEndsTheSessionThatCarriedTheOldOne() throws Exception {
		Account admin = accounts
			.save(new Account("session.demoted", encoder.encode("demoted-password"), "Demoted", Role.ADMIN));
		Cookie session = signIn("session.demoted", "demoted-password");
		mvc.perform(page("/admin/users").cookie(session)).andExpect(status().isOk());

		service.changeRole(admin.getId(), Role.RANGER);

		mvc.perform(page("/admin/users").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUnchangedAccountKeepsItsSession() throws Exception {
		ranger("session.steady");
		Cookie session = signIn("session.steady");
		for (int i = 0; i < 3; i++) {
			mvc.perform(page("/ranger/sightings").cookie(session)).andExpect(status().isOk());
		}
	}

	/** As a browser asks for a page. */
	private static MockHttpServletRequestBuilder page(String path) {
		return get(path).accept(MediaType.TEXT_HTML);
	}

	private Account ranger(String username) {
		return accounts.save(new Account(username, encoder.encode("ranger-password"), username, Role.RANGER));
	}

	private Cookie signIn(String username) throws Exception {
		return signIn(username, "ranger-password");
	}

	/**
	 * The session cookie a browser keeps (sessions live in the database, not in the
	 * request).
	 */
	private Cookie signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(
					result -> assertThat(result.getResponse().getRedirectedUrl()).as("where a signed-in person lands")
						.isIn("/ranger/sightings", "/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
