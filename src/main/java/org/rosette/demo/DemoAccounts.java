package org.rosette.demo;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.DemoCredentials;
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
		return new Team(ensure(DemoCredentials.RANGER, "Demo Ranger", Role.RANGER),
				ensure(DemoCredentials.ADMIN, "Demo Admin", Role.ADMIN));
	}

	private Account ensure(String username, String displayName, Role role) {
		return accounts.findByUsername(username)
			.orElseGet(() -> accounts
				.save(new Account(username, encoder.encode(DemoCredentials.passwordOf(username)), displayName, role)));
	}

	record Team(Account ranger, Account admin) {
	}

}
