package org.rosette.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The job rows. Every write that belongs to a running job names the instance that holds
 * it ({@code owner}), so an instance whose lease was taken over cannot write any more:
 * the statement finds no row. Times come from the application's clock, in UTC; leases are
 * tens of seconds, far longer than the drift between servers kept by NTP.
 */
@Repository
class JobTable {

	static final int MAX_PROBLEMS_KEPT = 500;

	private static final Pattern COUNTER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

	private static final String COLUMNS = "id, kind, title, state, work_done, work_total, counters, attempts";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JobTable(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	void insert(UUID id, String kind, String title, String submittedBy, long workTotal, JobState state,
			@Nullable String owner, @Nullable OffsetDateTime leaseUntil) {
		OffsetDateTime now = now();
		jdbc.update("""
				INSERT INTO background_jobs (id, kind, state, title, submitted_by, owner, lease_until, attempts,
				    checkpoint, work_done, work_total, counters, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, '', ?, ?)""", id.toString(), kind, state.name(), title,
				submittedBy, owner, leaseUntil, state == JobState.RUNNING ? 1 : 0, workTotal, now, now);
	}

	Optional<JobStatus> find(UUID id) {
		List<JobStatus> found = jdbc.query("SELECT " + COLUMNS + " FROM background_jobs WHERE id = ?",
				(rs, row) -> status(rs, List.of()), id.toString());
		return found.stream()
			.findFirst()
			.map(job -> new JobStatus(job.id(), job.kind(), job.title(), job.state(), job.workDone(), job.workTotal(),
					job.counters(), problems(id), job.attempts()));
	}

	long count(String kind, JobState state) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM background_jobs WHERE kind = ? AND state = ?", Long.class,
				kind, state.name());
	}

	/**
	 * Takes the oldest job of the given kinds that is waiting or whose holder's lease ran
	 * out; other instances skip the row while this transaction holds it. Call inside a
	 * transaction.
	 */
	Optional<Claim> claimOne(List<String> kinds, String owner, Duration lease) {
		if (kinds.isEmpty()) {
			return Optional.empty();
		}
		OffsetDateTime now = now();
		String in = kinds.stream().map(k -> "?").collect(Collectors.joining(", "));
		Object[] arguments = new Object[kinds.size() + 1];
		for (int i = 0; i < kinds.size(); i++) {
			arguments[i] = kinds.get(i);
		}
		arguments[kinds.size()] = now;
		List<Claim> candidates = jdbc.query("""
				SELECT id, kind, title, submitted_by, checkpoint, work_done, work_total, counters, attempts
				FROM background_jobs
				WHERE kind IN (%s) AND (state = 'QUEUED' OR (state = 'RUNNING' AND lease_until < ?))
				ORDER BY created_at
				FETCH FIRST 1 ROWS ONLY
				FOR UPDATE SKIP LOCKED""".formatted(in),
				(rs, row) -> new Claim(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("title"),
						rs.getString("submitted_by"), rs.getLong("checkpoint"), rs.getLong("work_done"),
						rs.getLong("work_total"), counters(rs.getString("counters")), rs.getInt("attempts") + 1),
				arguments);
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Claim claim = candidates.get(0);
		jdbc.update("""
				UPDATE background_jobs SET state = 'RUNNING', owner = ?, lease_until = ?, attempts = ?, updated_at = ?
				WHERE id = ?""", owner, now.plus(lease), claim.attempts(), now, claim.id().toString());
		return Optional.of(claim);
	}

	/** Renews the leases of every job this instance runs. */
	int renew(String owner, Duration lease) {
		OffsetDateTime now = now();
		return jdbc.update("UPDATE background_jobs SET lease_until = ? WHERE owner = ? AND state = 'RUNNING'",
				now.plus(lease), owner);
	}

	/**
	 * Records a checkpoint of a job this instance holds, and renews its lease.
	 * @throws LeaseLostException if it no longer holds it; the caller's transaction rolls
	 * back
	 */
	void checkpoint(UUID id, String owner, Duration lease, long checkpoint, long workDone, Map<String, Long> counters,
			List<JobProblem> problems, int problemsKept) {
		OffsetDateTime now = now();
		int updated = jdbc.update("""
				UPDATE background_jobs SET checkpoint = ?, work_done = ?, counters = ?, lease_until = ?, updated_at = ?
				WHERE id = ? AND owner = ? AND state = 'RUNNING'""", checkpoint, workDone, counters(counters),
				now.plus(lease), now, id.toString(), owner);
		if (updated == 0) {
			throw new LeaseLostException(id);
		}
		int seq = problemsKept;
		for (JobProblem problem : problems) {
			if (seq >= MAX_PROBLEMS_KEPT) {
				break;
			}
			jdbc.update("""
					INSERT INTO background_job_problems (job_id, seq, item, code, first_argument, second_argument)
					VALUES (?, ?, ?, ?, ?, ?)""", id.toString(), seq++, problem.item(), problem.code(), problem.first(),
					problem.second());
		}
	}

	/**
	 * Ends a job this instance holds.
	 * @throws LeaseLostException if it no longer holds it
	 */
	void end(UUID id, String owner, JobState state, @Nullable Long workDone) {
		OffsetDateTime now = now();
		int updated = jdbc.update("""
				UPDATE background_jobs SET state = ?, work_done = COALESCE(?, work_done), owner = NULL,
				    lease_until = NULL, updated_at = ?, finished_at = ?
				WHERE id = ? AND owner = ? AND state = 'RUNNING'""", state.name(), workDone, now, now, id.toString(),
				owner);
		if (updated == 0) {
			throw new LeaseLostException(id);
		}
	}

	/** Ends a job that was started too often, whoever held it last. */
	void giveUp(UUID id) {
		OffsetDateTime now = now();
		jdbc.update("""
				UPDATE background_jobs SET state = 'FAILED', owner = NULL, lease_until = NULL, updated_at = ?,
				    finished_at = ?
				WHERE id = ?""", now, now, id.toString());
	}

	int problemsKept(UUID id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM background_job_problems WHERE job_id = ?", Integer.class,
				id.toString());
	}

	private List<JobProblem> problems(UUID id) {
		return jdbc.query("""
				SELECT item, code, first_argument, second_argument FROM background_job_problems
				WHERE job_id = ? ORDER BY seq""",
				(rs, row) -> new JobProblem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				id.toString());
	}

	private static JobStatus status(ResultSet rs, List<JobProblem> problems) throws SQLException {
		return new JobStatus(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("title"),
				JobState.valueOf(rs.getString("state")), rs.getLong("work_done"), rs.getLong("work_total"),
				counters(rs.getString("counters")), problems, rs.getInt("attempts"));
	}

	// Counters are a handful of names the code chooses: "rows=12,added=10".
	static String counters(Map<String, Long> counters) {
		counters.keySet().forEach(name -> {
			if (!COUNTER_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a counter name: " + name);
			}
		});
		return counters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	static Map<String, Long> counters(@Nullable String text) {
		Map<String, Long> counters = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			for (String pair : text.split(",")) {
				int equals = pair.indexOf('=');
				counters.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
			}
		}
		return counters;
	}

	/** A job this instance has just taken, with where it stood. */
	record Claim(UUID id, String kind, String title, String submittedBy, long checkpoint, long workDone, long workTotal,
			Map<String, Long> counters, int attempts) {
	}

}
