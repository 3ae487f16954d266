package org.rosette.sighting;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.rosette.leopard.PublicLeopards;
import org.rosette.system.RejectedValuesException;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sightings as the public sees them: only what {@link LocationPrivacy} lets through,
 * already generalised. Counts and the grid are GROUP BY queries on the public cell and
 * park month stored with each sighting ({@link PublicGrid}), so they cost the same for a
 * hundred sightings as for a million, and their answers are shared by every visitor for a
 * short while ({@link PublicCaches}).
 */
@Service
@Transactional(readOnly = true)
public class PublicSightings {

	/**
	 * Newest park month first, then by cell, then by evidence: never by the exact time,
	 * which would tell the order of visits within a month. The id only breaks ties, so
	 * that pages do not overlap.
	 */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "parkMonth")
		.and(Sort.by("publicLatitude", "publicLongitude", "evidence", "id"));

	/**
	 * How far public lists page: the newest sightings, to browse. Anyone who wants the
	 * whole archive takes an open-data export, which reads it in chunks; a deeper page
	 * would make the database skip a million rows to answer fifty.
	 */
	public static final int REACHABLE = 2_000;

	private final SightingRepository sightings;

	private final LocationPrivacy privacy;

	private final VerifiedSightingsReader reader;

	private final PublicTallies tallies;

	private final PublicLeopards leopards;

	PublicSightings(SightingRepository sightings, LocationPrivacy privacy, VerifiedSightingsReader reader,
			PublicTallies tallies, PublicLeopards leopards) {
		this.leopards = leopards;
		this.reader = reader;
		this.tallies = tallies;
		this.sightings = sightings;
		this.privacy = privacy;
	}

	/**
	 * Every public sighting, in the order they were recorded (never by time), in chunks
	 * read in short transactions of their own: exports of any size run in flat memory and
	 * leave the connection pool alone while the client reads.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forEach(Consumer<PublicSighting> action) {
		reader.forEachPublic(privacy.shownRows(privacy.publicBefore()),
				privacy.rowsToPublic(id -> leopards.find(id).orElse(null)), action);
	}

	/**
	 * One page of public sightings; the total comes from the shared monthly counts, so no
	 * request counts the archive.
	 */
	public Page<PublicSighting> page(Long leopardId, int page, int size) {
		if ((long) page * size >= REACHABLE) {
			throw new RejectedValuesException("page", "pagination.beyondReach", REACHABLE);
		}
		Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
		List<PublicSighting> content = find(leopardId, pageable);
		long total = countByMonth(leopardId).stream().mapToLong(MonthCount::count).sum();
		return new PageImpl<>(content, pageable, Math.max(total, (long) page * size + content.size()));
	}

	/** One sighting, if the public may see it at all. */
	public Optional<PublicSighting> find(long id) {
		return sightings.findWithDetailsById(id).filter(privacy::isPublic).map(privacy::toPublic);
	}

	@Cacheable(cacheNames = PublicCaches.LATEST, sync = true)
	public List<PublicSighting> latest(int count) {
		return ofLeopard(null, count);
	}

	public List<PublicSighting> ofLeopard(Long leopardId, int count) {
		return find(leopardId, PageRequest.of(0, count, NEWEST_FIRST));
	}

	/**
	 * The public order preceded by the index's leading columns, which the query fixes
	 * anyway: the order is the same, but H2 then reads the page in index order instead of
	 * sorting every public row first (V110, V111).
	 */
	private static Pageable inIndexOrder(Pageable pageable, String... fixedColumns) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(fixedColumns).and(pageable.getSort()));
	}

	private List<PublicSighting> find(Long leopardId, Pageable pageable) {
		CutOff cutOff = cutOff();
		List<Long> ids = leopardId == null
				? sightings.findIdsByStatusObservedBefore(ReviewStatus.VERIFIED, cutOff.before(), cutOff.lastMonth(),
						inIndexOrder(pageable, "status"))
				: sightings.findIdsByStatusObservedBeforeOfLeopard(ReviewStatus.VERIFIED, cutOff.before(),
						cutOff.lastMonth(), leopardId, inIndexOrder(pageable, "leopard.id", "status"));
		Map<Long, Sighting> found = new HashMap<>();
		sightings.findWithLeopardByIdIn(ids).forEach(sighting -> found.put(sighting.getId(), sighting));
		// A row reviewed again between the two reads is left out rather than shown.
		return ids.stream()
			.map(found::get)
			.filter(sighting -> sighting != null && privacy.isPublic(sighting))
			.map(privacy::toPublic)
			.toList();
	}

	/** The privacy cut-off, read once for a query: the instant and its month. */
	private CutOff cutOff() {
		Instant before = privacy.publicBefore();
		return new CutOff(before, PublicGrid.monthKey(privacy.lastPublicMonth(before)));
	}

	/**
	 * The public grid: verified, delayed sightings counted per cell, optionally for one
	 * year or one leopard. Only cells are returned, never points.
	 */
	public List<PublicCell> cells(Integer year, Long leopardId) {
		return tallies.cells(year, leopardId);
	}

	/**
	 * Public sightings per month in the park's time zone, oldest first: one leopard's, or
	 * all when {@code leopardId} is null.
	 */
	public List<MonthCount> countByMonth(Long leopardId) {
		return tallies.countByMonth(leopardId);
	}

	/** Public sightings per year as the park counts them, oldest first. */
	public List<YearCount> countByYear() {
		Map<Integer, Long> byYear = new TreeMap<>();
		countByMonth(null).forEach(month -> byYear.merge(month.month().getYear(), month.count(), Long::sum));
		return byYear.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
	}

	private record CutOff(Instant before, int lastMonth) {
	}

}
