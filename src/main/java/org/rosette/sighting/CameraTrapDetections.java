package org.rosette.sighting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days on which each individual was caught on camera, as capture–recapture reads
 * them: verified camera-trap sightings identified to an individual, folded to one row per
 * individual and day (in the park's time zone) by the database, so a million sightings
 * come back as at most individuals × days rows. Spatial capture–recapture also needs the
 * camera: {@link #cameraCaptures} adds the place and the deployment.
 */
@Service
@Transactional(readOnly = true)
public class CameraTrapDetections {

	/** One individual caught on camera at least once on one day. */
	public record Detection(long leopardId, LocalDate day) {
	}

	private final EntityManager entityManager;

	CameraTrapDetections(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A verified camera-trap sighting as spatial capture–recapture reads it: which camera
	 * (its deployment where an import named one, and its point), on which day, and who,
	 * if anyone was identified. Sightings alike in all of these are one.
	 */
	public record CameraCapture(@Nullable Long leopardId, LocalDate day, double latitude, double longitude,
			@Nullable String deployment) {
	}

	/**
	 * @param first the first day of the window, in {@code zone}
	 * @param last the last day, included
	 */
	public List<Detection> days(LocalDate first, LocalDate last, ZoneId zone,
			SightingFilter.@Nullable BoundingBox area) {
		return inStretches(first, last, zone,
				(from, to, offset) -> query("""
						select distinct s.leopard.id, floor((extract(epoch from s.observedAt) + :offset) / 86400)
						from Sighting s
						where s.status = org.rosette.sighting.ReviewStatus.VERIFIED
						  and s.evidence = org.rosette.sighting.Evidence.CAMERA_TRAP and s.leopard is not null
						  and s.observedAt >= :from and s.observedAt < :to
						""", from, to, offset, area).stream()
					.map(row -> new Detection(((Number) row[0]).longValue(),
							LocalDate.ofEpochDay(((Number) row[1]).longValue())))
					.toList());
	}

	/**
	 * Every verified camera-trap sighting of the window, identified or not (a camera that
	 * photographed an unknown leopard was working all the same).
	 * @param first the first day of the window, in {@code zone}
	 * @param last the last day, included
	 */
	public List<CameraCapture> cameraCaptures(LocalDate first, LocalDate last, ZoneId zone,
			SightingFilter.@Nullable BoundingBox area) {
		return inStretches(first, last, zone,
				(from, to, offset) -> query("""
						select distinct l.id, floor((extract(epoch from s.observedAt) + :offset) / 86400), s.latitude,
						    s.longitude, s.cameraDeployment
						from Sighting s left join s.leopard l
						where s.status = org.rosette.sighting.ReviewStatus.VERIFIED
						  and s.evidence = org.rosette.sighting.Evidence.CAMERA_TRAP
						  and s.observedAt >= :from and s.observedAt < :to
						""", from, to, offset, area).stream()
					.map(row -> new CameraCapture(row[0] == null ? null : ((Number) row[0]).longValue(),
							LocalDate.ofEpochDay(((Number) row[1]).longValue()), ((Number) row[2]).doubleValue(),
							((Number) row[3]).doubleValue(), (String) row[4]))
					.toList());
	}

	private interface Stretch<T> {

		List<T> read(Instant from, Instant to, int offsetSeconds);

	}

	private static <T> List<T> inStretches(LocalDate first, LocalDate last, ZoneId zone, Stretch<T> stretch) {
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
		Set<T> rows = new LinkedHashSet<>();
		// The day is worked out in the database from the epoch second and the zone's
		// offset (portable, unlike AT TIME ZONE, which H2 undoes when casting to a date);
		// so the window is read in stretches of one offset each.
		Instant from = start;
		while (from.isBefore(end)) {
			ZoneOffsetTransition change = zone.getRules().nextTransition(from);
			Instant to = (change == null || !change.getInstant().isBefore(end)) ? end : change.getInstant();
			rows.addAll(stretch.read(from, to, zone.getRules().getOffset(from).getTotalSeconds()));
			from = to;
		}
		// a day cut by a change of offset comes back from both stretches
		return List.copyOf(rows);
	}

	private List<Object[]> query(String select, Instant from, Instant to, int offsetSeconds,
			SightingFilter.@Nullable BoundingBox area) {
		TypedQuery<Object[]> query = entityManager.createQuery(select + (area == null ? "" : """
				  and s.longitude between :minLon and :maxLon and s.latitude between :minLat and :maxLat
				"""), Object[].class);
		query.setParameter("offset", offsetSeconds);
		query.setParameter("from", from);
		query.setParameter("to", to);
		if (area != null) {
			query.setParameter("minLon", area.minLon());
			query.setParameter("maxLon", area.maxLon());
			query.setParameter("minLat", area.minLat());
			query.setParameter("maxLat", area.maxLat());
		}
		return query.getResultList();
	}

	/** The day of the first identified camera-trap capture, if there is one. */
	public Optional<Instant> first() {
		return Optional.ofNullable(entityManager.createQuery("""
				select min(s.observedAt) from Sighting s
				where s.status = org.rosette.sighting.ReviewStatus.VERIFIED
				  and s.evidence = org.rosette.sighting.Evidence.CAMERA_TRAP and s.leopard is not null
				""", Instant.class).getSingleResult());
	}

}
