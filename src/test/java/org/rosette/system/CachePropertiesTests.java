package org.rosette.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A public answer is never older than the time-to-live: pages and the counts they show
 * split it, and it cannot be set past a minute.
 */
class CachePropertiesTests {

	@Test
	void thePagesAndTheCountsBehindThemTogetherStayWithinTheTimeToLive() {
		CacheProperties properties = new CacheProperties(Duration.ofSeconds(60), 2000, DataSize.ofMegabytes(16));

		assertThat(properties.eachCache().multipliedBy(2)).isLessThanOrEqualTo(properties.timeToLive());
		assertThat(properties.pageRefresh()).isLessThan(properties.eachCache());
	}

	@Test
	void aTimeToLiveOverAMinuteIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CacheProperties(Duration.ofSeconds(61), 2000, DataSize.ofMegabytes(16)))
			.withMessageContaining("rosette.cache.time-to-live");
	}

}
