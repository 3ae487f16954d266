package org.rosette.system;

import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * One clock for every rule that depends on "now", so tests can move time instead of
 * sleeping. The entities' {@code @CreatedDate} and {@code @LastModifiedDate} read it too,
 * through Spring Data's auditing.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "clockTime")
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DateTimeProvider clockTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
