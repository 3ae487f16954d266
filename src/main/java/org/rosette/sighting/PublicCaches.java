package org.rosette.sighting;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What {@link PublicSightings} keeps for every visitor, and its eviction once a change is
 * committed (evicting before the commit would let a reader put the old answer back). How
 * long entries live at most is set for every cache in one place,
 * {@code org.rosette.system.CacheConfiguration}.
 */
@Component
class PublicCaches {

	static final String CELLS = "public-cells";

	static final String MONTHS = "public-months";

	static final String LATEST = "public-latest";

	private final CacheManager caches;

	PublicCaches(CacheManager caches) {
		this.caches = caches;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void evict(PublicSightingsChanged change) {
		for (String name : new String[] { CELLS, MONTHS, LATEST }) {
			var cache = caches.getCache(name);
			if (cache != null) {
				cache.invalidate();
			}
		}
	}

}
