package org.rosette.sighting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public counts, shared by every visitor through {@link PublicCaches}. Months wholly
 * before the privacy cut-off are added up from {@code public_tallies} (kept by
 * {@link PublicTallyRecounts}); only the month the cut-off falls in, public in part, is
 * counted from the sightings themselves, with the cut-off applied to the exact time. So a
 * count reads a month of sightings at most, however large the archive. A bean of its own
 * so that {@link PublicSightings} reaches the cache through the proxy (a call from a bean
 * to its own cached method skips the cache).
 */
@Component
@Transactional(readOnly = true)
class PublicTallies {

	private final LocationPrivacy privacy;

	private final PrivacyProperties properties;

	private final JdbcTemplate jdbc;

	PublicTallies(LocationPrivacy privacy, PrivacyProperties properties, JdbcTemplate jdbc) {
		this.privacy = privacy;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/**
	 * The public grid: verified, delayed sightings counted per cell, optionally for one
	 * year or one leopard. Only cells are returned, never points.
	 */
	@Cacheable(cacheNames = PublicCaches.CELLS, sync = true)
	public List<PublicCell> cells(Integer year, Long leopardId) {
		double precision = properties.cellDegrees().doubleValue();
		return tally("public_latitude, public_longitude", year, leopardId,
				(row, n) -> new PublicCell(row.getDouble(1), row.getDouble(2), precision, row.getLong(3)));
	}

	/**
	 * Public sightings per month in the park's time zone, oldest first: one leopard's, or
	 * all when {@code leopardId} is null.
	 */
	@Cacheable(cacheNames = PublicCaches.MONTHS, sync = true)
	public List<MonthCount> countByMonth(Long leopardId) {
		return tally("park_month", null, leopardId,
				(row, n) -> new MonthCount(PublicGrid.month(row.getInt(1)), row.getLong(2)));
	}

	/**
	 * Public sightings counted per value of {@code groups}, in its order: the tallies of
	 * the months before the cut-off's month, and that month's sightings before the
	 * cut-off. Conditions that do not apply are left out of the statement rather than
	 * passed as nulls, so the database plans each shape for what it is.
	 */
	private <T> List<T> tally(String groups, Integer year, Long leopardId, RowMapper<T> mapper) {
		Instant before = privacy.publicBefore();
		int cutOffMonth = PublicGrid.monthKey(privacy.lastPublicMonth(before));
		String filters = (leopardId == null ? "" : " AND leopard_id = ?")
				+ (year == null ? "" : " AND park_month BETWEEN ? AND ?");
		List<Object> arguments = new ArrayList<>();
		arguments.add(cutOffMonth);
		addFilters(arguments, year, leopardId);
		arguments.add(cutOffMonth);
		arguments.add(OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
		addFilters(arguments, year, leopardId);
		String sql = """
				SELECT %1$s, SUM(n) FROM (
				    SELECT %1$s, sightings AS n FROM public_tallies WHERE park_month < ?%2$s
				    UNION ALL
				    SELECT %1$s, 1 AS n FROM sightings
				    WHERE status = 'VERIFIED' AND park_month = ? AND observed_at < ?%2$s
				) public_sightings GROUP BY %1$s ORDER BY %1$s""".formatted(groups, filters);
		return jdbc.query(sql, mapper, arguments.toArray());
	}

	private static void addFilters(List<Object> arguments, Integer year, Long leopardId) {
		if (leopardId != null) {
			arguments.add(leopardId);
		}
		if (year != null) {
			arguments.add(year * 100 + 1);
			arguments.add(year * 100 + 12);
		}
	}

}
