package org.rosette.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How long public answers are kept and how many: {@code timeToLive} is the oldest a
 * public answer may be, 60 s at most, so that several instances behind a balancer agree
 * within a minute.
 */
@ConfigurationProperties("rosette.cache")
public record CacheProperties(@DefaultValue("60s") Duration timeToLive, @DefaultValue("2000") long maximumEntries,
		@DefaultValue("16MB") DataSize pageMemory) {

	public CacheProperties {
		if (timeToLive.compareTo(Duration.ofSeconds(60)) > 0 || timeToLive.isNegative() || timeToLive.isZero()) {
			throw new IllegalArgumentException("rosette.cache.time-to-live must be more than 0 s and 60 s or less");
		}
	}

	/**
	 * How long each of the two caches in a row keeps an entry: a page rendered from
	 * counts counted just before they expired is itself forgotten before the two together
	 * pass {@code timeToLive}.
	 */
	Duration eachCache() {
		return timeToLive.dividedBy(2);
	}

	/**
	 * When a kept page is rendered again for the next visitor, while the others still get
	 * it as it was.
	 */
	Duration pageRefresh() {
		return timeToLive.dividedBy(4);
	}

}
