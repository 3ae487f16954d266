package org.rosette.account;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import org.rosette.system.RejectedValuesException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

	public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AccountStamps stamps;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock, AccountStamps stamps) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.stamps = stamps;
	}

	/** One page of accounts, admins first, then by name. */
	public Page<Account> page(int page, int size) {
		return accounts.findAll(PageRequest.of(page, size, Sort.by("role", "username", "id")));
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
		stamps.changed(account);
		return account;
	}

	/**
	 * @throws RejectedValuesException if this is the last admin who can still sign in
	 */
	@Transactional
	public Account disable(long id) {
		Account account = keepingAnAdmin(id, "enabled");
		account.disable();
		stamps.changed(account);
		return account;
	}

	@Transactional
	public Account enable(long id) {
		Account account = find(id);
		account.enable();
		stamps.changed(account);
		return account;
	}

	/**
	 * @throws RejectedValuesException if this would take the role from the last admin who
	 * can still sign in
	 */
	@Transactional
	public Account changeRole(long id, Role role) {
		Account account = role == Role.ADMIN ? find(id) : keepingAnAdmin(id, "role");
		account.changeRole(role);
		stamps.changed(account);
		return account;
	}

	/**
	 * The account, once it is sure that another enabled admin remains if this one stops
	 * being one. The admins are locked first, so that two such changes at once cannot
	 * each count the other's admin and leave none.
	 */
	private Account keepingAnAdmin(long id, String field) {
		List<Account> admins = accounts.lockAllByRole(Role.ADMIN);
		Account account = find(id);
		long enabledAdmins = admins.stream().filter(Account::isEnabled).count();
		if (account.isAdmin() && account.isEnabled() && enabledAdmins <= 1) {
			throw new RejectedValuesException(field, "admin.user.lastAdmin", account.getUsername());
		}
		return account;
	}

	private static void requireStrong(String password) {
		PasswordPolicy.check(password);
	}

}
