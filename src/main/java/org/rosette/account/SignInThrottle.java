package org.rosette.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address and per account name in token buckets: each
 * failure takes a token, tokens come back over the window, and with none left the next
 * attempt is refused before any password is checked (so guessing costs the attacker time
 * and the server no bcrypt work). Only failures are counted; buckets are kept for
 * addresses and names that failed recently, up to a bounded number. Of the attempts held
 * back, only the first per address and per account in a window is worth a line in the
 * audit trail: someone hammering the form must not be able to flood it.
 */
@Component
class SignInThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final SignInLimits limits;

	private final Cache<String, Bucket> byAddress;

	private final Cache<String, Bucket> byAccount;

	/** Addresses and accounts whose holding back is already in the audit trail. */
	private final Cache<String, Boolean> reported;

	SignInThrottle(SignInLimits limits) {
		this.limits = limits;
		this.byAddress = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(limits.window()).build();
		this.byAccount = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(limits.window()).build();
		this.reported = Caffeine.newBuilder().maximumSize(2 * MAX_TRACKED).expireAfterWrite(limits.window()).build();
	}

	/**
	 * Whether the attempt is held back, and for how long; empty when they may try now.
	 */
	Optional<Hold> holdBefore(String address, String username) {
		long byThisAddress = waitNanos(byAddress.getIfPresent(address));
		long forThisAccount = waitNanos(byAccount.getIfPresent(key(username)));
		if (byThisAddress == 0 && forThisAccount == 0) {
			return Optional.empty();
		}
		// not short-circuited: an address and an account held back together are both
		// noted
		boolean first = (byThisAddress > 0 && firstReport("address " + address))
				| (forThisAccount > 0 && firstReport("account " + key(username)));
		return Optional.of(new Hold(Duration.ofNanos(Math.max(byThisAddress, forThisAccount)), first));
	}

	Duration window() {
		return limits.window();
	}

	void failed(String address, String username) {
		byAddress.get(address, any -> bucket(limits.failuresPerAddress())).tryConsume(1);
		byAccount.get(key(username), any -> bucket(limits.failuresPerAccount())).tryConsume(1);
	}

	private boolean firstReport(String heldBack) {
		return reported.asMap().putIfAbsent(heldBack, Boolean.TRUE) == null;
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, limits.window()).build())
			.build();
	}

	private static long waitNanos(Bucket bucket) {
		if (bucket == null) {
			return 0;
		}
		var probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
	}

	/**
	 * An attempt held back.
	 *
	 * @param firstInWindow whether it is the first for its address or its account within
	 * the window, the one the audit trail records
	 */
	record Hold(Duration retryAfter, boolean firstInWindow) {
	}

	private static String key(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 50 ? name.substring(0, 50) : name;
	}

}
