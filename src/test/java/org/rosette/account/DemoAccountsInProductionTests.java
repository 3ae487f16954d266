package org.rosette.account;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A database that began in demo mode, started with demo mode off: the published demo
 * passwords stop working, and the first admin's password meets the policy.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-retired;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class DemoAccountsInProductionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void demoPasswordsAreRetiredWhenDemoModeIsOff() throws Exception {
		// what a demo start left behind (the test context itself runs with demo off)
		Account ranger = accounts.save(new Account("ranger", encoder.encode("ranger"), "Demo Ranger", Role.RANGER));
		Account admin = accounts.findByUsername("admin").orElseThrow();
		admin.changePassword(encoder.encode("admin"), clock.instant());
		accounts.save(admin);
		Account other = accounts
			.save(new Account("second-admin", encoder.encode("second-admin-pw"), "Second", Role.ADMIN));

		startWithDemoOff("");

		assertThat(accounts.findById(ranger.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(accounts.findById(admin.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(accounts.findById(other.getId()).orElseThrow().isEnabled()).isTrue();
		mvc.perform(get("/api/v1/incidents").with(httpBasic("ranger", "ranger"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/incidents").with(httpBasic("admin", "admin"))).andExpect(status().isUnauthorized());

		// With no admin left, the start needs a password, and a good one.
		other.disable();
		accounts.save(other);
		assertThatThrownBy(() -> startWithDemoOff("")).isInstanceOf(MissingAdminPasswordException.class);
		assertThatThrownBy(() -> startWithDemoOff("short")).isInstanceOf(MissingAdminPasswordException.class)
			.hasMessageContaining("at least 10 characters");
		assertThatThrownBy(() -> startWithDemoOff("é".repeat(40))).isInstanceOf(MissingAdminPasswordException.class)
			.hasMessageContaining("72 bytes");
		startWithDemoOff("a-proper-admin-password");
		mvc.perform(get("/api/v1/incidents").with(httpBasic("admin", "a-proper-admin-password")))
			.andExpect(status().isOk());
	}

	private void startWithDemoOff(String adminPassword) {
		new FirstAdmin(accounts, encoder, transaction, clock, false, adminPassword).afterSingletonsInstantiated();
	}

}
