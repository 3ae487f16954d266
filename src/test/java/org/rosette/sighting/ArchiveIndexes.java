package org.rosette.sighting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

/**
 * The usual bulk load on PostgreSQL: the secondary indexes of {@code sightings} are
 * dropped in the COPY's transaction and built once afterwards instead of updated row by
 * row; foreign keys are not checked row by row either (the loader writes only ids it has
 * just read). Needs a superuser, as the local benchmark database has. The indexes are
 * built after the COPY has committed, several at once on connections of their own
 * (PostgreSQL builds one index per connection), largest first, alongside other work on
 * the committed rows. Should the loader stop half-way, the statements to build the
 * missing indexes are printed.
 */
final class ArchiveIndexes {

	private ArchiveIndexes() {
	}

	/**
	 * Empties the sightings with TRUNCATE when they, and the tables that hold onto them,
	 * are empty already, so that a COPY in this transaction may load frozen rows; tells
	 * whether it did. Never empties a table that holds anything.
	 */
	static boolean truncateIfEmpty(Connection db) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet found = statement.executeQuery("""
				SELECT NOT EXISTS (SELECT 1 FROM sightings) AND NOT EXISTS (SELECT 1 FROM sighting_photos)
				AND NOT EXISTS (SELECT 1 FROM coat_prints)""")) {
			found.next();
			if (!found.getBoolean(1)) {
				return false;
			}
			statement.execute("TRUNCATE sightings, sighting_photos, coat_prints");
			return true;
		}
	}

	/** Drops the indexes no constraint relies on; returns their definitions. */
	static List<String> drop(Connection db) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (Statement statement = db.createStatement()) {
			statement.execute("SET LOCAL session_replication_role = replica");
			// Index builds sort in memory instead of spilling to disk in small runs.
			statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
			List<String> names = new ArrayList<>();
			try (ResultSet found = statement.executeQuery("""
					SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
					WHERE x.indrelid = 'sightings'::regclass
					AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)""")) {
				while (found.next()) {
					names.add(found.getString(1));
					definitions.add(found.getString(2));
				}
			}
			for (String name : names) {
				statement.execute("DROP INDEX " + name);
			}
		}
		// Widest first, so the longest builds do not start last.
		definitions.sort(Comparator.comparingInt((String definition) -> definition.split(",").length).reversed());
		return definitions;
	}

	/**
	 * Builds the indexes {@link #drop} dropped, in the order given, together with the
	 * other work, on {@code connections} connections at once; each statement commits on
	 * its own.
	 */
	static void build(DataSource source, int connections, List<String> definitions, List<Work> others)
			throws SQLException {
		BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
		for (String definition : definitions) {
			queue.add(db -> {
				try (Statement statement = db.createStatement()) {
					statement.execute(definition);
				}
			});
		}
		queue.addAll(others);
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				workers.add(pool.submit(() -> {
					try (Connection db = source.getConnection()) {
						db.setAutoCommit(true);
						try (Statement statement = db.createStatement()) {
							statement.execute("SET maintenance_work_mem = '256MB'");
							// One build per connection already keeps the cores busy;
							// parallel
							// workers on top would only take turns with them.
							statement.execute("SET max_parallel_maintenance_workers = 0");
						}
						for (Work work = queue.poll(); work != null; work = queue.poll()) {
							work.run(db);
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (InterruptedException | ExecutionException ex) {
			System.err.println("Could not build the indexes; build those missing with:");
			definitions.forEach(definition -> System.err.println(definition + ";"));
			throw new SQLException("Could not build the indexes of sightings", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A statement or two run on one of the building connections. */
	interface Work {

		void run(Connection db) throws SQLException;

	}

}
