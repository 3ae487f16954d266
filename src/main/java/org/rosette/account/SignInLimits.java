package org.rosette.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins an account, and a client address, may have within a window
 * before further attempts are held back. Counted in memory, per running instance.
 */
@ConfigurationProperties("rosette.sign-in")
public record SignInLimits(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
		@DefaultValue("15m") Duration window) {

	public SignInLimits {
		if (failuresPerAccount < 1 || failuresPerAddress < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("rosette.sign-in limits must be positive");
		}
	}

}
