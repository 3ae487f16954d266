package org.rosette.demo;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The two demo accounts the login page advertises while demo mode is on. */
@Component
class DemoAccounts {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	DemoAccounts(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	Team ensure() {
		Account ranger = accounts.findByUsername("ranger")
			.orElseGet(
					() -> accounts.save(new Account("ranger", encoder.encode("ranger"), "Demo Ranger", Role.RANGER)));
		Account admin = accounts.findByUsername("admin")
			.orElseGet(() -> accounts.save(new Account("admin", encoder.encode("admin"), "Demo Admin", Role.ADMIN)));
		return new Team(ranger, admin);
	}

	record Team(Account ranger, Account admin) {
	}

}
