package org.rosette.account;

import java.time.Clock;

import org.rosette.system.RejectedValuesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production database must let the right people in and nobody else. With demo mode off,
 * demo accounts that still carry their published passwords are disabled (a database that
 * began as a demo keeps working, without the door everyone knows the key to). Then, if no
 * admin can sign in, the {@code admin} account is made (or re-keyed) from
 * {@code ROSETTE_ADMIN_PASSWORD}, which must meet the password policy; without it the
 * site refuses to start rather than run with nobody able to administer it. Runs before
 * the web server opens.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String USERNAME = DemoCredentials.ADMIN;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean demo;

	private final String password;

	FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate transaction, Clock clock,
			@Value("${rosette.demo:false}") boolean demo, @Value("${rosette.admin-password:}") String password) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.transaction = transaction;
		this.clock = clock;
		this.demo = demo;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (demo) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			retireDemoPasswords();
			if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) > 0) {
				return;
			}
			if (password.isBlank()) {
				throw new MissingAdminPasswordException(MissingAdminPasswordException.REASON);
			}
			try {
				PasswordPolicy.check(password);
			}
			catch (RejectedValuesException ex) {
				throw new MissingAdminPasswordException(MissingAdminPasswordException.WEAK);
			}
			Account admin = accounts.findByUsername(USERNAME)
				.orElseGet(() -> new Account(USERNAME, "", "Administrator", Role.ADMIN));
			admin.changePassword(encoder.encode(password), clock.instant());
			admin.enable();
			accounts.save(admin);
			log.info("Admin account '{}' set up from ROSETTE_ADMIN_PASSWORD", USERNAME);
		});
	}

	private void retireDemoPasswords() {
		DemoCredentials.PASSWORDS.forEach((username, demoPassword) -> accounts.findByUsername(username)
			.filter(Account::isEnabled)
			.filter(account -> encoder.matches(demoPassword, account.getPasswordHash()))
			.ifPresent(account -> {
				account.disable();
				log.warn("Demo mode is off: disabled the demo account '{}', which still had its published password. "
						+ "An admin can give it a new password and enable it again.", username);
			}));
	}

}
