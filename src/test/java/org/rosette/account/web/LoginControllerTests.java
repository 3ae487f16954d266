package org.rosette.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rosette.account.SecurityConfiguration;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LoginController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
class LoginControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFormPostsNameAndPasswordWithItsToken() throws Exception {
		Document page = page("/login?lang=en");

		assertThat(page.select("form[action=/login][method=post] input[name=username]")).hasSize(1);
		assertThat(page.select("form[action=/login] input[name=password][type=password]")).hasSize(1);
		assertThat(page.select("form[action=/login] input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(page.getElementById("login-error")).isNull();
		assertThat(page.select(".site-nav a[href=/login]").text()).isEqualTo("Sign in");
	}

	@Test
	void withoutDemoModeTheDemoAccountsAreNotMentioned() throws Exception {
		assertThat(page("/login?lang=en").getElementById("demo-accounts")).isNull();
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.doesNotContain("ranger / ranger");
	}

	@Test
	void aFailedSignInSaysSoAndADisabledAccountSaysWhy() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("bad"));
		assertThat(page("/login?error&lang=en", session).getElementById("login-error").text()).contains("not right");

		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("off"));
		assertThat(page("/login?error&lang=en", session).getElementById("login-error").text()).contains("switched off");
	}

	@Test
	void afterSigningOutTheVisitorIsTold() throws Exception {
		assertThat(page("/login?logout&lang=en").getElementById("signed-out").text()).isEqualTo("You are signed out.");
		Document russian = page("/login?loggedOut&lang=ru");
		assertThat(russian.getElementById("signed-out").text()).isEqualTo("Вы вышли из системы.");
		assertThat(russian.getElementById("signed-out-note")).as("said once, not twice").isNull();
	}

	@Test
	@WithMockUser(username = "ranger", roles = "RANGER")
	void aSignedInRangerSeesTheirNameTheirLinksAndSignOut() throws Exception {
		Document page = page("/login?lang=en");

		assertThat(page.getElementById("signed-in-as").text()).isEqualTo("Signed in as ranger");
		assertThat(page.select(".site-nav a").eachAttr("href")).contains("/ranger/sightings/new",
				"/ranger/incidents/new", "/ranger/sightings");
		assertThat(page.select(".site-nav form[action=/logout][method=post] input[name=_csrf]")).hasSize(1);
		assertThat(page.select(".site-nav a[href=/login]")).isEmpty();
	}

	@Nested
	@TestPropertySource(properties = "rosette.demo=true")
	class InDemoMode {

		@Test
		void theDemoAccountsAreListed() throws Exception {
			assertThat(page("/login?lang=en").getElementById("demo-accounts").text()).contains("ranger / ranger",
					"admin / admin");
		}

	}

	Document page(String url) throws Exception {
		return page(url, new MockHttpSession());
	}

	Document page(String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
