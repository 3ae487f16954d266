package org.rosette.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every cache in Rosette, in one place. Entries are evicted by the writes that change
 * them, and live at most {@code rosette.cache.time-to-live} whatever happens: several
 * instances behind a balancer each keep their own, and agree again within that time.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManager cacheManager(@Value("${rosette.cache.time-to-live:60s}") Duration timeToLive,
			@Value("${rosette.cache.maximum-entries:2000}") long maximumEntries,
			@Value("${rosette.cache.page-memory:16MB}") DataSize pageMemory) {
		if (timeToLive.compareTo(Duration.ofSeconds(60)) > 0) {
			throw new IllegalArgumentException("rosette.cache.time-to-live must be 60 s or less");
		}
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumEntries));
		// Pages are weighed by their bytes, so odd query strings cannot fill the heap.
		manager.registerCustomCache(AnonymousPages.CACHE,
				Caffeine.newBuilder()
					.expireAfterWrite(timeToLive)
					.maximumWeight(pageMemory.toBytes())
					.weigher((Object key, Object page) -> ((RenderedPage) page).weight())
					.build());
		return manager;
	}

	@Bean
	AnonymousPages anonymousPages(CacheManager caches, LocaleResolver locales) {
		return new AnonymousPages(java.util.Objects.requireNonNull(caches.getCache(AnonymousPages.CACHE)), locales);
	}

}
