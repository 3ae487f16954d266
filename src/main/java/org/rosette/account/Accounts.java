package org.rosette.account;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import org.rosette.system.RejectedValuesException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as admins keep them. Nobody is ever deleted: a disabled account cannot sign
 * in, and what it submitted keeps its author. The park always keeps one admin who can
 * sign in.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	public static final int MIN_PASSWORD_LENGTH = 10;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	public List<Account> all() {
		return accounts.findAll(Sort.by("role", "username"));
	}

	public Account find(long id) {
		return accounts.findById(id).orElseThrow(() -> new NoSuchElementException("No account " + id));
	}

	@Transactional
	public Account create(String username, String displayName, Role role, String password) {
		String name = username.strip();
		if (accounts.existsByUsername(name)) {
			throw new RejectedValuesException("username", "admin.user.usernameTaken", name);
		}
		requireStrong(password);
		Account account = new Account(name, encoder.encode(password), displayName.strip(), role);
		account.changePassword(account.getPasswordHash(), clock.instant());
		return accounts.save(account);
	}

	@Transactional
	public Account resetPassword(long id, String password) {
		requireStrong(password);
		Account account = find(id);
		account.changePassword(encoder.encode(password), clock.instant());
		return account;
	}

	/**
	 * @throws RejectedValuesException if this is the last admin who can still sign in
	 */
	@Transactional
	public Account disable(long id) {
		Account account = find(id);
		if (account.isAdmin() && account.isEnabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new RejectedValuesException("enabled", "admin.user.lastAdmin", account.getUsername());
		}
		account.disable();
		return account;
	}

	@Transactional
	public Account enable(long id) {
		Account account = find(id);
		account.enable();
		return account;
	}

	private static void requireStrong(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new RejectedValuesException("password", "admin.user.passwordShort", MIN_PASSWORD_LENGTH);
		}
	}

}
