package org.rosette.sighting;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.rosette.system.ParkArea;

/**
 * Fills a Rosette database (H2 or PostgreSQL) with a realistic archive of sightings for
 * benchmarks: every leopard keeps to its own home range inside the park, winters bring
 * more tracks, most sightings are verified and older than the public delay, some wait for
 * review and some were rejected. Each row is written with its public cell and park month
 * worked out by {@link LocationPrivacy}, the same rule the application uses, and the
 * leopards' last-seen days and the public tallies are brought up to date, so nothing
 * derived is left stale. Run with {@code bench/load-sightings.sh}; not part of the test
 * suite.
 */
public final class ArchiveLoader {

	private static final String[] EVIDENCE = { "CAMERA_TRAP", "TRACKS", "SCAT", "SCRAPE", "DIRECT", "KILL", "CARCASS" };

	private static final int[] EVIDENCE_WEIGHT = { 70, 12, 6, 5, 3, 3, 1 };

	private static final int LEOPARDS = 80;

	private static final String COLUMNS = "observed_at, latitude, longitude, evidence, leopard_id, adults, cubs, status,"
			+ " submitted_by, reviewed_by, reviewed_at, created_at, updated_at, version, public_latitude,"
			+ " public_longitude, park_month";

	private final ParkArea park = new ParkArea("Land of the Leopard National Park", 42.6, 43.7, 130.7, 131.9,
			ZoneId.of("Asia/Vladivostok"));

	private final LocationPrivacy privacy = new LocationPrivacy(Clock.systemUTC(),
			new PrivacyProperties(30, new BigDecimal("0.2")), park);

	private final SplittableRandom random = new SplittableRandom(20261202L);

	private final double verifiedShare;

	private ArchiveLoader(double verifiedShare) {
		this.verifiedShare = verifiedShare;
	}

	public static void main(String[] args) throws Exception {
		long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
		String url = env("BENCH_DB_URL", "jdbc:h2:file:./target/bench-data/rosette");
		String user = env("BENCH_DB_USER", url.startsWith("jdbc:postgresql") ? "postgres" : "sa");
		String password = env("BENCH_DB_PASSWORD", "");
		double verified = Double.parseDouble(env("BENCH_VERIFIED_SHARE", "0.9"));
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			db.setAutoCommit(false);
			new ArchiveLoader(verified).load(db, rows);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private void load(Connection db, long rows) throws SQLException, IOException {
		long staff = staffAccount(db);
		List<HomeRange> ranges = homeRanges(db);
		db.commit();
		long started = System.nanoTime();
		if (db.getMetaData().getURL().startsWith("jdbc:postgresql")) {
			copy(db, rows, staff, ranges);
		}
		else {
			insert(db, rows, staff, ranges);
		}
		db.commit();
		double seconds = (System.nanoTime() - started) / 1e9;
		try (Statement statement = db.createStatement()) {
			if (db.getMetaData().getURL().startsWith("jdbc:postgresql")) {
				db.setAutoCommit(true);
				statement.execute("ANALYZE sightings");
				db.setAutoCommit(false);
			}
			// Derived data of the catalogue: the last day each animal was seen (as a
			// review would have set it).
			statement.executeUpdate("""
					UPDATE leopards SET last_seen_on = (SELECT CAST(MAX(observed_at) AS DATE) FROM sightings s
					    WHERE s.leopard_id = leopards.id AND s.status = 'VERIFIED')""");
			recountPublicTallies(db);
			statement.executeUpdate("DELETE FROM public_grid");
			statement.executeUpdate(
					"INSERT INTO public_grid (id, cell_degrees, zone) VALUES (1, 0.2, '" + park.zone().getId() + "')");
		}
		db.commit();
		System.out.printf("loaded %,d sightings in %.1f s: %,.0f rows/s (%s)%n", rows, seconds, rows / seconds,
				db.getMetaData().getURL());
	}

	/** The public tallies of every month, counted as the application counts them. */
	private static void recountPublicTallies(Connection db) throws SQLException {
		List<Integer> months = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet found = statement
					.executeQuery("SELECT DISTINCT park_month FROM sightings WHERE park_month IS NOT NULL")) {
			while (found.next()) {
				months.add(found.getInt(1));
			}
			statement.executeUpdate("DELETE FROM public_tallies");
		}
		try (PreparedStatement count = db.prepareStatement(PublicTallyRecounts.COUNT_SLICE.formatted("park_month"))) {
			for (int month : months) {
				count.setInt(1, month);
				count.executeUpdate();
			}
		}
	}

	private void copy(Connection db, long rows, long staff, List<HomeRange> ranges) throws SQLException {
		// The usual bulk load: secondary indexes are built once afterwards instead of row
		// by row, and foreign keys are not checked row by row (the loader only writes ids
		// it has just read). Needs a superuser, as the local benchmark database has.
		List<String> indexes = new ArrayList<>();
		try (Statement statement = db.createStatement()) {
			try (ResultSet found = statement.executeQuery("""
					SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'sightings'
					AND indexdef NOT LIKE 'CREATE UNIQUE%'""")) {
				while (found.next()) {
					indexes.add(found.getString(2));
					try (Statement drop = db.createStatement()) {
						drop.execute("DROP INDEX " + found.getString(1));
					}
				}
			}
			statement.execute("SET LOCAL session_replication_role = replica");
			// Index builds sort in memory instead of spilling to disk in small runs.
			statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
		}
		copyRows(db, rows, staff, ranges);
		try (Statement statement = db.createStatement()) {
			for (String index : indexes) {
				statement.execute(index);
			}
			statement.execute("SET LOCAL session_replication_role = origin");
		}
	}

	private void copyRows(Connection db, long rows, long staff, List<HomeRange> ranges) throws SQLException {
		CopyIn copy = db.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY sightings (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv, NULL '')");
		StringBuilder chunk = new StringBuilder(1 << 20);
		Instant now = Instant.now();
		for (long i = 0; i < rows; i++) {
			Row row = next(ranges, staff, now);
			chunk.append(row.observedAt())
				.append(',')
				.append(row.latitude())
				.append(',')
				.append(row.longitude())
				.append(',')
				.append(row.evidence())
				.append(',')
				.append(row.leopardId() == null ? "" : row.leopardId())
				.append(",1,0,")
				.append(row.status())
				.append(',')
				.append(staff)
				.append(',')
				.append(row.reviewed() ? staff : "")
				.append(',')
				.append(row.reviewed() ? row.reviewedAt() : "")
				.append(',')
				.append(row.observedAt())
				.append(',')
				.append(row.observedAt())
				.append(",0,")
				.append(row.cell().latitude())
				.append(',')
				.append(row.cell().longitude())
				.append(',')
				.append(row.month())
				.append('\n');
			if (chunk.length() > (1 << 20) - 512) {
				byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				chunk.setLength(0);
			}
		}
		byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		copy.endCopy();
	}

	private void insert(Connection db, long rows, long staff, List<HomeRange> ranges) throws SQLException {
		int perStatement = 500;
		String values = "(?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
		String sql = "INSERT INTO sightings (" + COLUMNS + ") VALUES "
				+ String.join(", ", java.util.Collections.nCopies(perStatement, values));
		Instant now = Instant.now();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			long written = 0;
			while (written + perStatement <= rows) {
				int p = 1;
				for (int r = 0; r < perStatement; r++) {
					Row row = next(ranges, staff, now);
					OffsetDateTime at = OffsetDateTime.ofInstant(row.observedAt(), ZoneOffset.UTC);
					statement.setObject(p++, at);
					statement.setDouble(p++, row.latitude());
					statement.setDouble(p++, row.longitude());
					statement.setString(p++, row.evidence());
					statement.setObject(p++, row.leopardId(), java.sql.Types.BIGINT);
					statement.setString(p++, row.status());
					statement.setLong(p++, staff);
					statement.setObject(p++, row.reviewed() ? staff : null, java.sql.Types.BIGINT);
					statement.setObject(p++,
							row.reviewed() ? OffsetDateTime.ofInstant(row.reviewedAt(), ZoneOffset.UTC) : null,
							java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
					statement.setObject(p++, at);
					statement.setObject(p++, at);
					statement.setDouble(p++, row.cell().latitude());
					statement.setDouble(p++, row.cell().longitude());
					statement.setInt(p++, row.month());
				}
				statement.executeUpdate();
				written += perStatement;
				if (written % 50_000 == 0) {
					// H2 keeps a transaction's changes in memory: commit in steps.
					db.commit();
				}
			}
			if (written < rows) {
				throw new IllegalArgumentException("On H2 give a multiple of " + perStatement + " rows");
			}
		}
	}

	private Row next(List<HomeRange> ranges, long staff, Instant now) {
		HomeRange range = ranges.get(random.nextInt(ranges.size()));
		// Ten years back, a few more in winter when snow keeps tracks.
		Instant observedAt;
		do {
			observedAt = now.minus(Duration.ofSeconds(random.nextLong(Duration.ofDays(3650).toSeconds())));
		}
		while (isSummer(observedAt) && random.nextInt(10) < 3);
		double latitude = clamp(range.latitude() + random.nextGaussian() * range.radius(), park.minLatitude(),
				park.maxLatitude());
		double longitude = clamp(range.longitude() + random.nextGaussian() * range.radius(), park.minLongitude(),
				park.maxLongitude());
		latitude = Math.round(latitude * 1e6) / 1e6;
		longitude = Math.round(longitude * 1e6) / 1e6;
		double draw = random.nextDouble();
		String status = draw < verifiedShare ? "VERIFIED"
				: draw < verifiedShare + (1 - verifiedShare) / 2 ? "PENDING" : "REJECTED";
		Long leopardId = "PENDING".equals(status) || random.nextInt(10) == 0 ? null : range.leopardId();
		return new Row(observedAt, latitude, longitude, evidence(), leopardId, status,
				observedAt.plus(Duration.ofDays(2)), privacy.generalise(latitude, longitude),
				PublicGrid.monthKey(privacy.month(observedAt)));
	}

	private boolean isSummer(Instant instant) {
		int month = instant.atZone(park.zone()).getMonthValue();
		return month >= 5 && month <= 9;
	}

	private String evidence() {
		int draw = random.nextInt(100);
		for (int i = 0; i < EVIDENCE.length; i++) {
			draw -= EVIDENCE_WEIGHT[i];
			if (draw < 0) {
				return EVIDENCE[i];
			}
		}
		return EVIDENCE[0];
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
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

	/** The catalogue's leopards, topped up to eighty, each given a home range. */
	private List<HomeRange> homeRanges(Connection db) throws SQLException {
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
		List<HomeRange> ranges = new ArrayList<>();
		for (Long id : ids) {
			double radius = 0.03 + random.nextDouble() * 0.05;
			ranges.add(new HomeRange(id,
					park.minLatitude() + 0.1 + random.nextDouble() * (park.maxLatitude() - park.minLatitude() - 0.2),
					park.minLongitude() + 0.1 + random.nextDouble() * (park.maxLongitude() - park.minLongitude() - 0.2),
					radius));
		}
		return ranges;
	}

	private record HomeRange(long leopardId, double latitude, double longitude, double radius) {
	}

	private record Row(Instant observedAt, double latitude, double longitude, String evidence, Long leopardId,
			String status, Instant reviewedAt, PublicLocation cell, int month) {

		boolean reviewed() {
			return !"PENDING".equals(status);
		}

	}

}
