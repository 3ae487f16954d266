package org.rosette.sighting;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.rosette.account.AccountRepository;
import org.rosette.audit.Revision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camera-trap observations added in bulk as pending sightings, waiting for review like
 * any other report. Written with JDBC batches because identity keys stop Hibernate from
 * batching inserts, and an import may hold a season of photos. The observation's own
 * identifier is kept, so the same observation is never added twice.
 */
@Service
public class ImportedSightings {

	private static final String INSERT = """
			INSERT INTO sightings (observed_at, latitude, longitude, evidence, leopard_id, adults, notes, status,
			    submitted_by, created_at, updated_at, version, source_observation_id, public_latitude, public_longitude,
			    park_month, camera_deployment)
			VALUES """;

	/**
	 * The rows an import added, entered in the audit trail as added (revision type 0),
	 * with the columns Envers keeps of a sighting.
	 */
	private static final String AUDIT = """
			INSERT INTO sightings_aud (id, rev, revtype, observed_at, latitude, longitude, evidence, leopard_id, adults,
			    cubs, notes, status, review_note, submitted_by, reviewed_by, reviewed_at, created_at, updated_at)
			SELECT id, CAST(:rev AS BIGINT), 0, observed_at, latitude, longitude, evidence, leopard_id, adults, cubs,
			    notes, status, review_note, submitted_by, reviewed_by, reviewed_at, created_at, updated_at
			FROM sightings WHERE source_observation_id IN (:ids)""";

	private static final String ROW = "(?, ?, ?, 'CAMERA_TRAP', ?, ?, ?, 'PENDING', ?, ?, ?, 0, ?, ?, ?, ?, ?)";

	/**
	 * Rows per INSERT statement: one statement per chunk costs the database far less than
	 * one per row.
	 */
	private static final int ROWS_PER_STATEMENT = 250;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AccountRepository accounts;

	private final Clock clock;

	private final LocationPrivacy privacy;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	ImportedSightings(JdbcTemplate jdbc, AccountRepository accounts, Clock clock, LocationPrivacy privacy,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.privacy = privacy;
		this.entityManager = entityManager;
		this.events = events;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Adds the observations not imported before (by observation id) and says how many
	 * were new. The new rows enter the audit trail in one revision signed by the
	 * importer, and the review queue counts again once they are committed.
	 */
	@Transactional
	public int add(List<Observation> batch, String username) {
		long submittedBy = accounts.getByUsername(username).getId();
		Map<String, Observation> fresh = new LinkedHashMap<>();
		batch.forEach(observation -> fresh.putIfAbsent(observation.observationId(), observation));
		fresh.keySet().removeAll(alreadyImported(fresh.keySet()));
		if (fresh.isEmpty()) {
			return 0;
		}
		OffsetDateTime now = utc(clock.instant());
		List<Observation> rows = List.copyOf(fresh.values());
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)), submittedBy, now);
		}
		audit(fresh.keySet(), username, now.toInstant());
		events.publishEvent(new ReviewQueueChanged());
		return fresh.size();
	}

	private void audit(Set<String> observationIds, String username, Instant now) {
		Revision revision = Revision.madeAt(now, username);
		entityManager.persist(revision);
		named.update(AUDIT, Map.of("rev", revision.getId(), "ids", observationIds));
	}

	private void insert(List<Observation> rows, long submittedBy, OffsetDateTime now) {
		String sql = INSERT + String.join(", ", java.util.Collections.nCopies(rows.size(), ROW));
		jdbc.update(sql, statement -> {
			int p = 1;
			for (Observation o : rows) {
				statement.setObject(p++, utc(o.observedAt()));
				statement.setDouble(p++, o.latitude());
				statement.setDouble(p++, o.longitude());
				statement.setObject(p++, o.leopardId(), Types.BIGINT);
				statement.setObject(p++, o.adults(), Types.INTEGER);
				statement.setString(p++, o.notes());
				statement.setLong(p++, submittedBy);
				statement.setObject(p++, now);
				statement.setObject(p++, now);
				statement.setString(p++, o.observationId());
				PublicLocation cell = privacy.generalise(o.latitude(), o.longitude());
				statement.setDouble(p++, cell.latitude());
				statement.setDouble(p++, cell.longitude());
				statement.setInt(p++, PublicGrid.monthKey(privacy.month(o.observedAt())));
				statement.setString(p++, o.deployment());
			}
		});
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private Set<String> alreadyImported(Set<String> observationIds) {
		return new HashSet<>(
				named.queryForList("SELECT source_observation_id FROM sightings WHERE source_observation_id IN (:ids)",
						Map.of("ids", observationIds), String.class));
	}

	/**
	 * One camera-trap observation, already checked: a real time, a point on Earth, a
	 * known leopard or none; the camera deployment that took it, where the file names it.
	 */
	public record Observation(String observationId, Instant observedAt, double latitude, double longitude,
			Long leopardId, Integer adults, String notes, @Nullable String deployment) {
	}

}
