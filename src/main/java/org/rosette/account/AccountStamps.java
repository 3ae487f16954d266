package org.rosette.account;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a session must still match for its account: role and the moment the password was
 * last set, and only while the account is enabled. Looked up on every signed-in request,
 * so kept for a few seconds; a change on this instance forgets it at once (after commit),
 * other instances see it within {@link #FRESHNESS}.
 */
@Component
class AccountStamps {

	static final Duration FRESHNESS = Duration.ofSeconds(5);

	private final AccountRepository accounts;

	private final Cache<String, Optional<String>> current = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(FRESHNESS)
		.build();

	AccountStamps(AccountRepository accounts) {
		this.accounts = accounts;
	}

	static String of(Account account) {
		return account.getRole() + "/" + account.getPasswordChangedAt();
	}

	/** The stamp a session of this account must carry; empty when it may not sign in. */
	Optional<String> current(String username) {
		return current.get(username,
				name -> accounts.findByUsername(name).filter(Account::isEnabled).map(AccountStamps::of));
	}

	void changed(Account account) {
		String username = account.getUsername();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					current.invalidate(username);
				}
			});
		}
		current.invalidate(username);
	}

}
