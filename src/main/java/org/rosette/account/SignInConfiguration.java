package org.rosette.account;

import org.rosette.audit.SecurityLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every sign-in, by form or HTTP Basic, goes through the throttled, audited check. Apart
 * from {@link SecurityConfiguration} so that web slice tests can use the rules without
 * the accounts behind them.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			SignInThrottle throttle, SecurityLog log) {
		return new ProviderManager(new ThrottledSignIn(users, encoder, throttle, log));
	}

}
