package org.rosette.account;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/** Too many failed sign-ins from this address or for this account: try again later. */
public class SignInThrottledException extends AccountStatusException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
