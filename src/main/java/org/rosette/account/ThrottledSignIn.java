package org.rosette.account;

import java.nio.charset.StandardCharsets;

import org.rosette.audit.SecurityEventKind;
import org.rosette.audit.SecurityLog;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in, by form or HTTP Basic, comes through here. Held back when too many
 * failed recently; the password is checked before anything about the account is revealed,
 * so an unknown name, a wrong password and a disabled account with a wrong password all
 * get the same answer; each refusal is written to the audit trail (of a run of held-back
 * attempts, the first).
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SecurityLog log;

	ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, SecurityLog log) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		// Disabled or not is told only to someone who knows the password.
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
		this.log = log;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = address(attempt);
		var hold = throttle.holdBefore(address, username);
		if (hold.isPresent()) {
			if (hold.get().firstInWindow()) {
				log.record(SecurityEventKind.SIGN_IN_THROTTLED, username, address, "further attempts held back within "
						+ throttle.window().toMinutes() + " min are not recorded one by one");
			}
			throw new SignInThrottledException(hold.get().retryAfter());
		}
		try {
			if (longerThanBcryptReads(attempt.getCredentials())) {
				throw new BadCredentialsException("Password longer than any we store");
			}
			return passwords.authenticate(attempt);
		}
		catch (DisabledException ex) {
			refused(address, username, "disabled");
			throw ex;
		}
		catch (AuthenticationException ex) {
			refused(address, username, "bad credentials");
			throw new BadCredentialsException("Bad credentials");
		}
	}

	private void refused(String address, String username, String why) {
		throttle.failed(address, username);
		log.record(SecurityEventKind.SIGN_IN_FAILED, username, address, why);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "unknown";
	}

	private static boolean longerThanBcryptReads(Object credentials) {
		return credentials instanceof String password
				&& password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
	}

}
