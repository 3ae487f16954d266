package org.rosette.system;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent} and its kin ask the same clock as the rest of Rosette, so "the
 * future" on a form is the future the page was drawn in, and tests that fix the clock fix
 * it for validation too.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationClock {

	@Bean
	static ValidationConfigurationCustomizer validationUsesRosettesClock(
			org.springframework.beans.factory.ObjectProvider<Clock> clock) {
		return configuration -> configuration.clockProvider(() -> clock.getIfAvailable(Clock::systemUTC));
	}

}
