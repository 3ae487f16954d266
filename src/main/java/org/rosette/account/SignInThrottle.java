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
 * addresses and names that failed recently, up to a bounded number.
 */
@Component
class SignInThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final SignInLimits limits;

	private final Cache<String, Bucket> byAddress;

	private final Cache<String, Bucket> byAccount;

	SignInThrottle(SignInLimits limits) {
		this.limits = limits;
		this.byAddress = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(limits.window()).build();
		this.byAccount = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(limits.window()).build();
	}

	/** How long the caller must wait before trying again; empty when they may try now. */
	Optional<Duration> waitBefore(String address, String username) {
		long nanos = Math.max(waitNanos(byAddress.getIfPresent(address)),
				waitNanos(byAccount.getIfPresent(key(username))));
		return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	void failed(String address, String username) {
		byAddress.get(address, any -> bucket(limits.failuresPerAddress())).tryConsume(1);
		byAccount.get(key(username), any -> bucket(limits.failuresPerAccount())).tryConsume(1);
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

	private static String key(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 50 ? name.substring(0, 50) : name;
	}

}
