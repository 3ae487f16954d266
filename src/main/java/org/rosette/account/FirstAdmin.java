package org.rosette.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production database starts empty, and someone must be able to sign in to it. Without
 * demo accounts, the first admin is made from {@code ROSETTE_ADMIN_PASSWORD}; without
 * that, the site refuses to start rather than run with nobody able to administer it. Runs
 * before the web server opens.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String USERNAME = "admin";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transaction;

	private final boolean demo;

	private final String password;

	FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate transaction,
			@Value("${rosette.demo:false}") boolean demo, @Value("${rosette.admin-password:}") String password) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.transaction = transaction;
		this.demo = demo;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (demo) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			if (accounts.count() > 0) {
				return;
			}
			if (password.isBlank()) {
				throw new MissingAdminPasswordException();
			}
			accounts.save(new Account(USERNAME, encoder.encode(password), "Administrator", Role.ADMIN));
			log.info("Created the first admin account '{}' from ROSETTE_ADMIN_PASSWORD", USERNAME);
		});
	}

}
