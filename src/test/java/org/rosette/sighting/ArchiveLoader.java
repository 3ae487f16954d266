package org.rosette.sighting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fills a Rosette database (H2 or PostgreSQL) with a realistic archive of sightings for
 * benchmarks ({@link ArchiveRows}) and brings everything derived from them up to date as
 * the application keeps it: the public tallies, the leopards' public last-seen months and
 * the public grid settings, so nothing is left for the application to put right at start.
 * PostgreSQL gets a binary COPY, with ids the loader reserved, into the table with its
 * secondary indexes (and, into an empty table, its primary key) dropped, then builds them
 * several at once ({@link ArchiveIndexes}); H2 gets multi-row inserts. Prints the time of
 * each phase and the rows per second over the whole load, derived data included. Run with
 * {@code bench/load-sightings.sh}; {@code ArchiveLoaderPostgresTests} checks the result.
 */
public final class ArchiveLoader {

	private static final int LEOPARDS = 80;

	static final String COLUMNS = "observed_at, latitude, longitude, evidence, leopard_id, adults, cubs, status,"
			+ " submitted_by, reviewed_by, reviewed_at, created_at, updated_at, version, public_latitude,"
			+ " public_longitude, park_month";

	private final double verifiedShare;

	private final Map<String, Long> phases = new LinkedHashMap<>();

	private long phaseStarted;

	ArchiveLoader(double verifiedShare) {
		this.verifiedShare = verifiedShare;
	}

	public static void main(String[] args) throws Exception {
		long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
		String url = env("BENCH_DB_URL", "jdbc:h2:file:./target/bench-data/rosette");
		String user = env("BENCH_DB_USER", url.startsWith("jdbc:postgresql") ? "postgres" : "sa");
		String password = env("BENCH_DB_PASSWORD", "");
		double verified = Double.parseDouble(env("BENCH_VERIFIED_SHARE", "0.9"));
		long migrating = System.nanoTime();
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		System.out.printf("schema migrated in %.1f s (not counted below)%n", (System.nanoTime() - migrating) / 1e9);
		new ArchiveLoader(verified).load(new DriverManagerDataSource(url, user, password), rows);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Loads the rows and prints the phases. */
	void load(DataSource source, long rows) throws SQLException {
		long started = System.nanoTime();
		phaseStarted = started;
		long encodeNanos = 0;
		String url;
		try (Connection db = source.getConnection()) {
			url = db.getMetaData().getURL();
			db.setAutoCommit(false);
			long staff = staffAccount(db);
			ArchiveRows archive = new ArchiveRows(verifiedShare, leopardIds(db));
			db.commit();
			phase("set-up (account, leopards)");
			Iterable<ArchiveRows.Row> drawn = archive.inPublicOrder(Math.toIntExact(rows));
			if (url.startsWith("jdbc:postgresql")) {
				boolean emptied = ArchiveIndexes.truncateIfEmpty(db);
				List<String> indexes = new ArrayList<>(ArchiveIndexes.drop(db));
				ArchiveIndexes.Keys keys = emptied ? ArchiveIndexes.dropPrimaryKey(db) : null;
				if (keys != null) {
					indexes.add(keys.index());
				}
				long firstId = ArchiveIndexes.reserveIds(db, rows);
				ArchiveCopy copy = new ArchiveCopy();
				copy.copy(db, "id, " + COLUMNS, drawn, staff, firstId, emptied);
				encodeNanos = copy.encodeNanos.get();
				db.commit();
				phase("indexes%s dropped, rows drawn + COPY%s".formatted(emptied ? ", keys" : "",
						emptied ? " (frozen)" : ""));
				int connections = Integer.parseInt(env("BENCH_INDEX_CONNECTIONS",
						String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors()))));
				try {
					ArchiveIndexes.build(source, connections, indexes,
							List.of(ArchiveLoader::analyzeSightings, ArchiveDerived::tallies));
					if (keys != null) {
						ArchiveIndexes.addKeys(db, keys);
						db.commit();
					}
				}
				catch (SQLException ex) {
					if (keys != null) {
						System.err.println("Then add the keys again with:");
						keys.constraints().forEach(statement -> System.err.println(statement + ";"));
					}
					throw ex;
				}
				phase("%d indexes,%s tallies, ANALYZE (%d connections)".formatted(indexes.size(),
						keys != null ? " keys," : "", connections));
			}
			else {
				insert(db, drawn, Math.toIntExact(rows), staff);
				ArchiveDerived.tallies(db);
				phase("draw rows, INSERT (multi-row), tallies");
			}
			ArchiveDerived.lastSeenAndGrid(db, archive);
			db.commit();
			phase("last seen, grid, commit");
			db.setAutoCommit(true);
			if (url.startsWith("jdbc:postgresql")) {
				try (Statement statement = db.createStatement()) {
					statement.execute("ANALYZE public_tallies, leopards");
				}
				phase("ANALYZE tallies, leopards");
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		phases.forEach((name, nanos) -> System.out.printf("  %-46s %6.2f s%n", name, nanos / 1e9));
		if (encodeNanos > 0) {
			System.out.printf("  %-46s %6.2f s (overlaps the COPY)%n", "  of which drawing, encoding (own threads)",
					encodeNanos / 1e9);
		}
		System.out.printf("loaded %,d sightings in %.1f s end to end, derived tables included: %,.0f rows/s (%s)%n",
				rows, seconds, rows / seconds, url);
	}

	private static void analyzeSightings(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute("ANALYZE sightings");
		}
	}

	private void phase(String name) {
		long now = System.nanoTime();
		phases.put(name, now - phaseStarted);
		phaseStarted = now;
	}

	private void insert(Connection db, Iterable<ArchiveRows.Row> rows, int count, long staff) throws SQLException {
		int perStatement = 500;
		if (count % perStatement != 0) {
			throw new IllegalArgumentException("On H2 give a multiple of " + perStatement + " rows");
		}
		String values = "(?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
		String sql = "INSERT INTO sightings (" + COLUMNS + ") VALUES "
				+ String.join(", ", Collections.nCopies(perStatement, values));
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			int written = 0;
			int p = 1;
			for (ArchiveRows.Row row : rows) {
				OffsetDateTime at = OffsetDateTime.ofInstant(row.observedAt(), ZoneOffset.UTC);
				statement.setObject(p++, at);
				statement.setDouble(p++, row.latitude());
				statement.setDouble(p++, row.longitude());
				statement.setString(p++, row.evidence());
				statement.setObject(p++, row.leopardId(), Types.BIGINT);
				statement.setString(p++, row.status());
				statement.setLong(p++, staff);
				statement.setObject(p++, row.reviewed() ? staff : null, Types.BIGINT);
				statement.setObject(p++,
						row.reviewed() ? OffsetDateTime.ofInstant(row.reviewedAt(), ZoneOffset.UTC) : null,
						Types.TIMESTAMP_WITH_TIMEZONE);
				statement.setObject(p++, at);
				statement.setObject(p++, at);
				statement.setDouble(p++, row.cell().latitude());
				statement.setDouble(p++, row.cell().longitude());
				statement.setInt(p++, row.month());
				if (++written % perStatement == 0) {
					statement.executeUpdate();
					p = 1;
				}
				if (written % 50_000 == 0) {
					// H2 keeps a transaction's changes in memory: commit in steps.
					db.commit();
				}
			}
		}
	}

	private long staffAccount(Connection db) throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet found = statement.executeQuery("SELECT MIN(id) FROM users WHERE role = 'ADMIN'")) {
			found.next();
			long id = found.getLong(1);
			if (!found.wasNull()) {
				return id;
			}
		}
		try (PreparedStatement insert = db.prepareStatement(
				"INSERT INTO users (username, password_hash, display_name, role, enabled, created_at) VALUES"
						+ " ('bench-loader', '{noop}!', 'Benchmark loader', 'ADMIN', FALSE, CURRENT_TIMESTAMP)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	/** The catalogue's leopards, topped up to eighty. */
	private static List<Long> leopardIds(Connection db) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet found = statement.executeQuery("SELECT id FROM leopards ORDER BY id")) {
			while (found.next()) {
				ids.add(found.getLong(1));
			}
		}
		try (PreparedStatement insert = db.prepareStatement(
				"INSERT INTO leopards (code, name, sex, status, birth_year, created_at, updated_at) VALUES"
						+ " (?, ?, ?, 'ALIVE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
				Statement.RETURN_GENERATED_KEYS)) {
			for (int n = ids.size() + 1; ids.size() < LEOPARDS; n++) {
				insert.setString(1, "BENCH-" + n);
				insert.setString(2, "Bench " + n);
				insert.setString(3, n % 2 == 0 ? "MALE" : "FEMALE");
				insert.setInt(4, 2010 + n % 14);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					ids.add(keys.getLong(1));
				}
			}
		}
		return ids;
	}

}
