package org.rosette.sighting;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code public_tallies} (verified sightings counted per park month, public cell
 * and leopard) in step with the sightings, so that {@link PublicTallies} adds up a few
 * thousand rows instead of grouping the archive. A change is recounted by <em>slice</em>
 * (one park month, or one leopard's sightings): the slice's rows are replaced by a GROUP
 * BY over its sightings, found through an index, so the cost follows the slice and never
 * the archive. Recounting a whole slice rather than adding and subtracting ones needs no
 * memory of what a row was before, and is right whatever changed.
 * <p>
 * Changes are recounted once they commit, in a transaction of their own, so a recount
 * that fails never undoes a review; it is tried again shortly. Recounts take the lock of
 * the single {@code public_grid} row, so two instances recounting one month wait for each
 * other instead of each writing what the other deleted. At start-up, months whose counts
 * disagree with the sightings (rows loaded or restored by SQL) are recounted.
 */
@Component
class PublicTallyRecounts {

	private static final Logger log = LoggerFactory.getLogger(PublicTallyRecounts.class);

	/** The tally rows of one slice, from its verified sightings placed on the grid. */
	static final String COUNT_SLICE = """
			INSERT INTO public_tallies (park_month, public_latitude, public_longitude, leopard_id, sightings)
			SELECT park_month, public_latitude, public_longitude, COALESCE(leopard_id, 0), COUNT(*) FROM sightings
			WHERE status = 'VERIFIED' AND park_month IS NOT NULL AND %s = ?
			GROUP BY park_month, public_latitude, public_longitude, COALESCE(leopard_id, 0)""";

	/**
	 * The tally rows of the whole archive as one slice, for a bulk load into empty
	 * tallies.
	 */
	static final String COUNT_ALL = COUNT_SLICE.formatted("1").replace("= ?", "= 1");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final ApplicationEventPublisher events;

	private final Set<Slice> failed = ConcurrentHashMap.newKeySet();

	PublicTallyRecounts(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
	}

	/**
	 * Recounts the slice once the current transaction commits (at once without one);
	 * several changes to one slice in a transaction are recounted once.
	 */
	void afterCommit(Slice slice) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			recount(Set.of(slice));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Slice> pending = (Set<Slice>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<Slice> slices = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, slices);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(PublicTallyRecounts.this);
					if (status == STATUS_COMMITTED) {
						recount(slices);
					}
				}
			});
			pending = slices;
		}
		pending.add(slice);
	}

	/**
	 * Recounts each slice in a short transaction of its own, then tells the caches; a
	 * slice that fails is tried again later.
	 */
	void recount(Collection<Slice> slices) {
		boolean changed = false;
		for (Slice slice : slices) {
			try {
				ownTransaction.executeWithoutResult(status -> {
					jdbc.queryForList("SELECT id FROM public_grid WHERE id = 1 FOR UPDATE");
					jdbc.update("DELETE FROM public_tallies WHERE " + slice.column() + " = ?", slice.value());
					jdbc.update(COUNT_SLICE.formatted(slice.column()), slice.value());
				});
				failed.remove(slice);
				changed = true;
			}
			catch (RuntimeException ex) {
				log.warn("Could not recount the public tallies of {}; trying again shortly", slice, ex);
				failed.add(slice);
			}
		}
		if (changed) {
			ownTransaction.executeWithoutResult(status -> events.publishEvent(new PublicSightingsChanged()));
		}
	}

	@Scheduled(fixedDelay = 15, timeUnit = TimeUnit.SECONDS)
	void retryFailed() {
		if (!failed.isEmpty()) {
			recount(Set.copyOf(failed));
		}
	}

	/**
	 * Recounts the months whose tallies disagree with the verified sightings in number (a
	 * bulk SQL load, a restore of the sightings alone); says how many. One count per
	 * month from the index on park month, then only the months that differ.
	 */
	int recountWhereStale() {
		Map<Integer, Long> counted = perMonth("""
				SELECT park_month, COUNT(*) FROM sightings WHERE status = 'VERIFIED' AND park_month IS NOT NULL
				GROUP BY park_month""");
		Map<Integer, Long> tallied = perMonth(
				"SELECT park_month, SUM(sightings) FROM public_tallies GROUP BY park_month");
		Set<Integer> months = new TreeSet<>(counted.keySet());
		months.addAll(tallied.keySet());
		months.removeIf(month -> Objects.equals(counted.get(month), tallied.get(month)));
		recount(months.stream().map(Slice::month).toList());
		return months.size();
	}

	/**
	 * Recounts every month: the admin's action after SQL that changed sightings in place
	 * (their leopard or place) without changing how many there are.
	 */
	int recountAll() {
		Set<Integer> months = new TreeSet<>(jdbc
			.queryForList("SELECT DISTINCT park_month FROM sightings WHERE park_month IS NOT NULL", Integer.class));
		months.addAll(jdbc.queryForList("SELECT DISTINCT park_month FROM public_tallies", Integer.class));
		recount(months.stream().map(Slice::month).toList());
		return months.size();
	}

	private Map<Integer, Long> perMonth(String sql) {
		Map<Integer, Long> counts = new HashMap<>();
		jdbc.query(sql, row -> {
			counts.put(row.getInt(1), row.getLong(2));
		});
		return counts;
	}

	/**
	 * Part of the tallies recounted as one: a park month, or one leopard's sightings (a
	 * merge moves them all).
	 */
	record Slice(String column, long value) {

		static Slice month(int monthKey) {
			return new Slice("park_month", monthKey);
		}

		static Slice leopard(long leopardId) {
			return new Slice("leopard_id", leopardId);
		}

	}

}
