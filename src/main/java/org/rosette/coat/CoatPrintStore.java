package org.rosette.coat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code coat_prints} table: the extraction queue and the stored features in one row
 * per photo. Photos of the catalogue and of sightings are found by their own tables; a
 * row disappears with its photo.
 */
@Repository
class CoatPrintStore {

	/** A queue entry claimed by one worker. */
	record Claim(long id, String storageKey, int attempts) {
	}

	/** Stored features of a catalogue photo. */
	record GalleryPrint(long leopardPhotoId, long leopardId, String flank, byte[] features) {
	}

	/** A sighting photo and, once extracted, its features. */
	record QueryPrint(long sightingPhotoId, String storageKey, @Nullable String state, byte @Nullable [] features) {
	}

	/** How far extraction has come. */
	record Progress(long pending, long done, long failed) {
	}

	private final JdbcClient jdbc;

	CoatPrintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues photos that have no row yet. Looks only at the newest photos unless
	 * {@code everything}: cheap enough to run every few seconds on a large table.
	 */
	@Transactional
	int discover(boolean everything, Instant now) {
		String recent = everything ? "" : " AND p.id > (SELECT COALESCE(MAX(q.%1$s), 0) - 1000 FROM coat_prints q)";
		int queued = 0;
		for (String photos : List.of("leopard_photos", "sighting_photos")) {
			String column = photos.replace("_photos", "_photo_id");
			queued += jdbc
				.sql("""
						INSERT INTO coat_prints (%1$s, state, attempts, queued_at)
						SELECT p.id, 'PENDING', 0, :now FROM %2$s p
						WHERE NOT EXISTS (SELECT 1 FROM coat_prints c WHERE c.%1$s = p.id)""".formatted(column, photos)
						+ recent.formatted(column))
				.param("now", Timestamp.from(now))
				.update();
		}
		return queued;
	}

	/**
	 * Claims the oldest pending photo nobody holds, for {@code lease}; rows other workers
	 * hold are skipped, never waited for, so several instances never extract one photo at
	 * once.
	 */
	@Transactional
	Optional<Claim> claim(Instant now, Instant leaseUntil) {
		Optional<Long> id = jdbc.sql("""
				SELECT id FROM coat_prints
				WHERE state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)
				ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED""")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("UPDATE coat_prints SET claimed_until = :until, attempts = attempts + 1 WHERE id = :id")
			.param("until", Timestamp.from(leaseUntil))
			.param("id", id.get())
			.update();
		return jdbc.sql("""
				SELECT c.id, COALESCE(l.storage_key, s.storage_key) AS storage_key, c.attempts FROM coat_prints c
				LEFT JOIN leopard_photos l ON l.id = c.leopard_photo_id
				LEFT JOIN sighting_photos s ON s.id = c.sighting_photo_id
				WHERE c.id = :id""")
			.param("id", id.get())
			.query((rs, n) -> new Claim(rs.getLong("id"), rs.getString("storage_key"), rs.getInt("attempts")))
			.optional();
	}

	@Transactional
	void complete(long id, CoatPrint print, Instant now) {
		jdbc.sql("""
				UPDATE coat_prints SET state = 'DONE', features = :features, keypoints = :keypoints,
				extracted_at = :now, claimed_until = NULL WHERE id = :id""")
			.param("features", print.toBytes())
			.param("keypoints", print.size())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Gives the photo back to the queue, or gives up on it after {@code maxAttempts}. */
	@Transactional
	void release(long id, int maxAttempts) {
		jdbc.sql("""
				UPDATE coat_prints SET claimed_until = NULL,
				state = CASE WHEN attempts >= :max THEN 'FAILED' ELSE 'PENDING' END WHERE id = :id""")
			.param("max", maxAttempts)
			.param("id", id)
			.update();
	}

	/**
	 * The catalogue's extracted photos: as many as the catalogue holds, two a leopard.
	 */
	@Transactional(readOnly = true)
	List<GalleryPrint> gallery() {
		return jdbc.sql("""
				SELECT l.id, l.leopard_id, l.flank, c.features FROM coat_prints c
				JOIN leopard_photos l ON l.id = c.leopard_photo_id
				WHERE c.state = 'DONE' ORDER BY l.id""")
			.query((rs, n) -> new GalleryPrint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
			.list();
	}

	/** Changes whenever the extracted catalogue does. */
	@Transactional(readOnly = true)
	String gallerySignature() {
		return jdbc.sql("""
				SELECT COUNT(*) || '/' || COALESCE(MAX(c.id), 0) || '/' || COALESCE(SUM(l.leopard_id), 0)
				FROM coat_prints c JOIN leopard_photos l ON l.id = c.leopard_photo_id WHERE c.state = 'DONE'""")
			.query(String.class)
			.single();
	}

	/** A sighting's photos, at most as many as one submission may carry. */
	@Transactional(readOnly = true)
	List<QueryPrint> sighting(long sightingId) {
		return jdbc.sql("""
				SELECT p.id, p.storage_key, c.state, c.features FROM sighting_photos p
				LEFT JOIN coat_prints c ON c.sighting_photo_id = p.id
				WHERE p.sighting_id = :sighting ORDER BY p.id""")
			.param("sighting", sightingId)
			.query((rs, n) -> new QueryPrint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.list();
	}

	@Transactional(readOnly = true)
	Progress progress() {
		return jdbc.sql("""
				SELECT COALESCE(SUM(CASE WHEN state = 'PENDING' THEN 1 ELSE 0 END), 0),
				COALESCE(SUM(CASE WHEN state = 'DONE' THEN 1 ELSE 0 END), 0),
				COALESCE(SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END), 0) FROM coat_prints""")
			.query((rs, n) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

}
