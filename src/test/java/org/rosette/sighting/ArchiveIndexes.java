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
 * just read). Into an emptied table the primary key goes the same way, with the foreign
 * keys that rely on it, and the loader gives the ids itself from a block it reserves on
 * the table's sequence. Needs a superuser, as the local benchmark database has. The
 * indexes are built after the COPY has committed, several at once on connections of their
 * own (PostgreSQL builds one index per connection), largest first, alongside other work
 * on the committed rows. Should the loader stop half-way, the statements to build the
 * missing indexes and keys are printed.
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
	 * Drops the primary key of {@code sightings} and the foreign keys that rely on it;
	 * returns what adds them again: the key's index, built like the others, and the
	 * statements that then make it the primary key again and add the foreign keys. Those
	 * statements lock the table, so they run once every index is built, not beside the
	 * builds.
	 */
	static Keys dropPrimaryKey(Connection db) throws SQLException {
		String index = null;
		List<String> constraints = new ArrayList<>();
		List<String> drops = new ArrayList<>();
		try (Statement statement = db.createStatement()) {
			try (ResultSet found = statement.executeQuery("""
					SELECT conrelid::regclass, conname, pg_get_constraintdef(oid), contype,
					    pg_get_indexdef(conindid) FROM pg_constraint
					WHERE (conrelid = 'sightings'::regclass AND contype = 'p')
					OR (confrelid = 'sightings'::regclass AND contype = 'f')
					ORDER BY contype DESC""")) {
				while (found.next()) {
					String table = found.getString(1);
					String name = found.getString(2);
					if ("p".equals(found.getString(4))) {
						index = found.getString(5).replaceFirst("^CREATE INDEX", "CREATE UNIQUE INDEX");
						constraints.add("ALTER TABLE %s ADD CONSTRAINT %s PRIMARY KEY USING INDEX %s".formatted(table,
								name, name));
					}
					else {
						constraints
							.add("ALTER TABLE %s ADD CONSTRAINT %s %s".formatted(table, name, found.getString(3)));
					}
					drops.add(0, "ALTER TABLE %s DROP CONSTRAINT %s".formatted(table, name));
				}
			}
			for (String drop : drops) {
				statement.execute(drop);
			}
		}
		if (index == null) {
			throw new SQLException("sightings has no primary key");
		}
		return new Keys(index, constraints);
	}

	/** Adds the keys {@link #dropPrimaryKey} dropped once their index is built. */
	static void addKeys(Connection db, Keys keys) throws SQLException {
		execute(db, keys.constraints());
	}

	/**
	 * Takes {@code count} ids off the sequence of {@code sightings.id} at once; returns
	 * the first.
	 */
	static long reserveIds(Connection db, long count) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet reserved = statement.executeQuery("""
				SELECT setval(pg_get_serial_sequence('sightings', 'id'),
				    nextval(pg_get_serial_sequence('sightings', 'id')) + %d - 1) - %d + 1""".formatted(count, count))) {
			reserved.next();
			return reserved.getLong(1);
		}
	}

	/**
	 * Does the other work, then builds the indexes {@link #drop} dropped in the order
	 * given, on {@code connections} connections at once; each statement commits on its
	 * own. The other work goes first because ANALYZE and an index build lock each other
	 * out: ANALYZE last would wait for the last builds with a core idle.
	 */
	static void build(DataSource source, int connections, List<String> definitions, List<Work> others)
			throws SQLException {
		BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
		queue.addAll(others);
		for (String definition : definitions) {
			queue.add(db -> execute(db, List.of(definition)));
		}
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

	private static void execute(Connection db, List<String> statements) throws SQLException {
		try (Statement statement = db.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * What adds the primary key and the foreign keys on it again: the key's index, then
	 * the constraints.
	 */
	record Keys(String index, List<String> constraints) {
	}

	/** A statement or two run on one of the building connections. */
	interface Work {

		void run(Connection db) throws SQLException;

	}

}
