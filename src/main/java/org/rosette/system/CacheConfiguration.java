package org.rosette.system;

import java.time.Clock;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every cache in Rosette, in one place. Entries are evicted by the writes that change
 * them, and are never older than {@code rosette.cache.time-to-live} whatever happens:
 * several instances behind a balancer each keep their own, and agree again within that
 * time. The public counts and the pages rendered from them are two caches in a row, so
 * each keeps an entry for half of it.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManager cacheManager(CacheProperties properties) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		// Statistics for the cache metrics (hits, misses, evictions) at
		// /actuator/metrics.
		manager.setCaffeine(Caffeine.newBuilder()
			.expireAfterWrite(properties.eachCache())
			.maximumSize(properties.maximumEntries())
			.recordStats());
		// Pages are weighed by their bytes, so odd query strings cannot fill the heap.
		manager.registerCustomCache(AnonymousPages.CACHE,
				Caffeine.newBuilder()
					.expireAfterWrite(properties.eachCache())
					.maximumWeight(properties.pageMemory().toBytes())
					.weigher((Object key, Object page) -> ((RenderedPage) page).weight())
					.recordStats()
					.build());
		return manager;
	}

	@Bean
	AnonymousPages anonymousPages(CacheManager caches, LocaleResolver locales, Clock clock,
			CacheProperties properties) {
		return new AnonymousPages(Objects.requireNonNull(caches.getCache(AnonymousPages.CACHE)), locales, clock,
				properties.pageRefresh());
	}

}
