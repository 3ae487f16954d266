package org.rosette.account.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;
import org.rosette.support.ShownPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts: creation with a real password, resets, and disabling that never locks the
 * park office out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminUserTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	SightingRepository sightings;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anAdminCreatesARangerWhoCanSignIn() throws Exception {
		mvc.perform(admin(post("/admin/users")).param("username", "new.ranger")
			.param("displayName", "New Ranger")
			.param("role", "RANGER")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")));
		assertThat(accounts.existsByUsername("new.ranger")).isFalse();

		mvc.perform(admin(post("/admin/users")).param("username", "new.ranger")
			.param("displayName", "New Ranger")
			.param("role", "RANGER")
			.param("password", "long-enough-pw")).andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user("new.ranger").password("long-enough-pw")).andExpect(authenticated());
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAFormErrorNotAServerError() throws Exception {
		mvc.perform(admin(post("/admin/users")).param("username", "long.pw")
			.param("displayName", "Long Password")
			.param("role", "RANGER")
			.param("password", "a".repeat(73)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("at most 72 bytes")));
		assertThat(accounts.existsByUsername("long.pw")).isFalse();
	}

	@Test
	void aDisabledAccountCannotSignInButWhatItSubmittedKeepsItsAuthor() throws Exception {
		Account ranger = accounts
			.save(new Account("leaving", encoder.encode("leaving-ranger-pw"), "Leaving Ranger", Role.RANGER));
		Sighting sighting = sightings.save(new Sighting(Instant.now().minusSeconds(3600), 43.1, 131.2, Evidence.TRACKS,
				null, 1, 0, "Fresh tracks", ranger));

		try {
			mvc.perform(admin(post("/admin/users/{id}/disable", ranger.getId())))
				.andExpect(status().is3xxRedirection());

			mvc.perform(formLogin().user("leaving").password("leaving-ranger-pw"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
			mvc.perform(get("/api/v1/sightings/{id}", sighting.getId()).with(user("admin").roles("ADMIN")))
				.andExpect(jsonPath("$.submittedBy").value("leaving"));
		}
		finally {
			// other tests in this context count the pending sightings
			sightings.delete(sighting);
		}

		mvc.perform(admin(post("/admin/users/{id}/enable", ranger.getId()))).andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user("leaving").password("leaving-ranger-pw")).andExpect(authenticated());
	}

	@Test
	void thePasswordIsResetAndTheOldOneStopsWorking() throws Exception {
		Account ranger = accounts
			.save(new Account("forgetful", encoder.encode("old-password-1"), "Forgetful", Role.RANGER));
		mvc.perform(admin(post("/admin/users/{id}/password", ranger.getId())).param("password", "new-password-2"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user("forgetful").password("old-password-1")).andExpect(unauthenticated());
		mvc.perform(formLogin().user("forgetful").password("new-password-2")).andExpect(authenticated());
	}

	@Test
	void theLastAdminWhoCanSignInCannotBeDisabled() throws Exception {
		// only the test's 'admin' is an enabled admin at this point, plus any others
		// other tests made: disable those
		transaction.executeWithoutResult(status -> accounts.findAll()
			.stream()
			.filter(a -> a.getRole() == Role.ADMIN && !a.getUsername().equals("admin"))
			.forEach(Account::disable));
		Account admin = accounts.findByUsername("admin").orElseThrow();

		jakarta.servlet.http.Cookie session = mvc.perform(admin(post("/admin/users/{id}/disable", admin.getId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "admin.user.lastAdmin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(accounts.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
		// The page the redirect leads to, in the same (database) session that holds the
		// flash message.
		mvc.perform(admin(get("/admin/users")).cookie(session))
			.andExpect(content().string(containsString("This is the last admin who can sign in")));

		Account second = accounts.save(new Account("deputy", encoder.encode("deputy-admin-pw"), "Deputy", Role.ADMIN));
		mvc.perform(admin(post("/admin/users/{id}/disable", admin.getId())))
			.andExpect(flash().attribute("notice", "admin.user.disabled"));
		assertThat(accounts.findByUsername("admin").orElseThrow().isEnabled()).isFalse();
		transaction.executeWithoutResult(status -> {
			accounts.findByUsername("admin").orElseThrow().enable();
			accounts.findById(second.getId()).orElseThrow().disable();
		});
	}

	@Test
	void accountsAreListedAPageAtATimeWithTheirCount() throws Exception {
		for (int i = 0; i <= AdminUserController.PAGE_SIZE; i++) {
			accounts.save(new Account("listed-" + i + "-" + System.nanoTime(), "{noop}x", "Listed", Role.RANGER));
		}
		long all = accounts.count();

		Page<?> first = ShownPage.of(mvc.perform(admin(get("/admin/users")))
			.andExpect(content().string(containsString(all + " in all")))
			.andExpect(content().string(containsString("/admin/users?page=2"))), "accounts");
		Page<?> last = ShownPage.of(
				mvc.perform(admin(get("/admin/users")).param("page", Integer.toString(first.getTotalPages()))),
				"accounts");

		assertThat(first.getContent()).hasSize(AdminUserController.PAGE_SIZE);
		assertThat(first.getTotalElements()).isEqualTo(all);
		assertThat(last.getContent()).hasSizeBetween(1, AdminUserController.PAGE_SIZE);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder admin(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf());
	}

}
