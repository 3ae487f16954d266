package org.rosette.sighting;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public counts, one GROUP BY each, shared by every visitor through
 * {@link PublicCaches}. A bean of its own so that {@link PublicSightings} reaches the
 * cache through the proxy (a call from a bean to its own cached method skips the cache).
 */
@Component
@Transactional(readOnly = true)
class PublicTallies {

	private final LocationPrivacy privacy;

	private final PrivacyProperties properties;

	private final EntityManager entityManager;

	PublicTallies(LocationPrivacy privacy, PrivacyProperties properties, EntityManager entityManager) {
		this.privacy = privacy;
		this.properties = properties;
		this.entityManager = entityManager;
	}

	/**
	 * The public grid: verified, delayed sightings counted per cell, optionally for one
	 * year or one leopard. Only cells are returned, never points.
	 */
	@Cacheable(cacheNames = PublicCaches.CELLS, sync = true)
	public List<PublicCell> cells(Integer year, Long leopardId) {
		double precision = properties.cellDegrees().doubleValue();
		return tally("s.publicLatitude, s.publicLongitude", year, leopardId).stream()
			.map(row -> new PublicCell((Double) row[0], (Double) row[1], precision, (Long) row[2]))
			.toList();
	}

	/**
	 * Public sightings per month in the park's time zone, oldest first: one leopard's, or
	 * all when {@code leopardId} is null.
	 */
	@Cacheable(cacheNames = PublicCaches.MONTHS, sync = true)
	public List<MonthCount> countByMonth(Long leopardId) {
		return tally("s.parkMonth", null, leopardId).stream()
			.map(row -> new MonthCount(PublicGrid.month((Integer) row[0]), (Long) row[1]))
			.toList();
	}

	/**
	 * Public sightings counted per value of {@code groups}, in its order. Conditions that
	 * do not apply are left out of the statement rather than passed as nulls, so the
	 * database plans each shape for what it is.
	 */
	private List<Object[]> tally(String groups, Integer year, Long leopardId) {
		StringBuilder jpql = new StringBuilder("select ").append(groups)
			.append(", count(s) from Sighting s where s.status = :status and s.observedAt < :before")
			.append(" and s.parkMonth is not null");
		if (leopardId != null) {
			jpql.append(" and s.leopard.id = :leopardId");
		}
		if (year != null) {
			jpql.append(" and s.parkMonth between :firstMonth and :lastMonth");
		}
		jpql.append(" group by ").append(groups).append(" order by ").append(groups);
		TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class)
			.setParameter("status", ReviewStatus.VERIFIED)
			.setParameter("before", privacy.publicBefore());
		if (leopardId != null) {
			query.setParameter("leopardId", leopardId);
		}
		if (year != null) {
			query.setParameter("firstMonth", year * 100 + 1).setParameter("lastMonth", year * 100 + 12);
		}
		return query.getResultList();
	}

}
