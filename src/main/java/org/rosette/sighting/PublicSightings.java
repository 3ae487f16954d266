package org.rosette.sighting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sightings as the public sees them: only what {@link LocationPrivacy} lets through,
 * already generalised.
 */
@Service
@Transactional(readOnly = true)
public class PublicSightings {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "observedAt").and(Sort.by("id"));

	private final SightingRepository sightings;

	private final LocationPrivacy privacy;

	private final EntityManager entityManager;

	PublicSightings(SightingRepository sightings, LocationPrivacy privacy, EntityManager entityManager) {
		this.sightings = sightings;
		this.privacy = privacy;
		this.entityManager = entityManager;
	}

	/**
	 * Every public sighting, oldest first, handed over one at a time from a database
	 * cursor: exports of any size run in flat memory.
	 */
	public void forEach(Consumer<PublicSighting> action) {
		try (Stream<Sighting> all = sightings.streamByStatusObservedBefore(ReviewStatus.VERIFIED,
				privacy.publicBefore())) {
			all.forEach(sighting -> {
				action.accept(privacy.toPublic(sighting));
				// Without this the persistence context would keep every row read so far.
				entityManager.detach(sighting);
			});
		}
	}

	public Page<PublicSighting> page(Long leopardId, int page, int size) {
		Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
		return sightings.findByStatusObservedBefore(ReviewStatus.VERIFIED, privacy.publicBefore(), leopardId, pageable)
			.map(privacy::toPublic);
	}

	/** One sighting, if the public may see it at all. */
	public Optional<PublicSighting> find(long id) {
		return sightings.findWithDetailsById(id).filter(privacy::isPublic).map(privacy::toPublic);
	}

	public List<PublicSighting> latest(int count) {
		return page(null, 0, count).getContent();
	}

	public List<PublicSighting> ofLeopard(long leopardId, int count) {
		return page(leopardId, 0, count).getContent();
	}

	/**
	 * The public grid: verified, delayed sightings counted per cell, optionally for one
	 * year or one leopard. Only cells are returned, never points.
	 */
	public List<PublicCell> cells(Integer year, Long leopardId) {
		Instant before = privacy.publicBefore();
		Instant from = year == null ? Instant.EPOCH : privacy.startOfYear(year);
		Instant to = year == null ? before : privacy.startOfYear(year + 1);
		Map<PublicLocation, Long> counts = sightings.findPoints(ReviewStatus.VERIFIED, before, leopardId, from, to)
			.stream()
			.collect(
					Collectors.groupingBy(p -> privacy.generalise(p.latitude(), p.longitude()), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.map(e -> new PublicCell(e.getKey().latitude(), e.getKey().longitude(), e.getKey().precisionDegrees(),
					e.getValue()))
			.sorted(Comparator.comparingDouble(PublicCell::latitude).thenComparingDouble(PublicCell::longitude))
			.toList();
	}

	/**
	 * Public sightings per month, oldest first: one leopard's, or all when
	 * {@code leopardId} is null.
	 */
	public List<MonthCount> countByMonth(Long leopardId) {
		Instant before = privacy.publicBefore();
		Map<YearMonth, Long> counts = sightings
			.findPoints(ReviewStatus.VERIFIED, before, leopardId, Instant.EPOCH, before)
			.stream()
			.collect(Collectors.groupingBy(p -> privacy.month(p.observedAt()), TreeMap::new, Collectors.counting()));
		return counts.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
	}

	public List<YearCount> countByYear() {
		// Years as the park counts them: a sighting on New Year's Eve in UTC may already
		// be January there.
		Map<Integer, Long> byYear = sightings.findObservedTimes(ReviewStatus.VERIFIED, privacy.publicBefore())
			.stream()
			.collect(Collectors.groupingBy(t -> privacy.month(t).getYear(), TreeMap::new, Collectors.counting()));
		return byYear.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
	}

}
