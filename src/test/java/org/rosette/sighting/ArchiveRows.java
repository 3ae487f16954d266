package org.rosette.sighting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.rosette.system.ParkArea;

/**
 * The benchmark archive's sightings, drawn one by one from a fixed seed (the same archive
 * on every run): every leopard keeps to its own home range inside the park, winters bring
 * more tracks, most sightings are verified and older than the public delay, some wait for
 * review and some were rejected. Each row carries its public cell and park month worked
 * out by {@link LocationPrivacy}, the same rule the application uses.
 */
final class ArchiveRows {

	static final String[] EVIDENCE = { "CAMERA_TRAP", "TRACKS", "SCAT", "SCRAPE", "DIRECT", "KILL", "CARCASS" };

	private static final int[] EVIDENCE_WEIGHT = { 70, 12, 6, 5, 3, 3, 1 };

	final ParkArea park = new ParkArea("Land of the Leopard National Park", 42.6, 43.7, 130.7, 131.9,
			ZoneId.of("Asia/Vladivostok"));

	final LocationPrivacy privacy = new LocationPrivacy(Clock.systemUTC(),
			new PrivacyProperties(30, new BigDecimal("0.2")), park);

	private final SplittableRandom random = new SplittableRandom(20261202L);

	private final double verifiedShare;

	private final Instant now = Instant.now();

	private final List<HomeRange> ranges = new ArrayList<>();

	/** Draws a home range for each of the leopards, in the order given. */
	ArchiveRows(double verifiedShare, List<Long> leopardIds) {
		this.verifiedShare = verifiedShare;
		for (Long id : leopardIds) {
			double radius = 0.03 + random.nextDouble() * 0.05;
			ranges.add(new HomeRange(id,
					park.minLatitude() + 0.1 + random.nextDouble() * (park.maxLatitude() - park.minLatitude() - 0.2),
					park.minLongitude() + 0.1 + random.nextDouble() * (park.maxLongitude() - park.minLongitude() - 0.2),
					radius));
		}
	}

	/**
	 * The public list's order: status, newest month first, public cell, evidence, as the
	 * index {@code ix_sightings_public_order} holds the rows.
	 */
	private static final Comparator<Row> PUBLIC_ORDER = Comparator.comparing(Row::status)
		.thenComparing(Comparator.comparingInt(Row::month).reversed())
		.thenComparingDouble((Row row) -> row.cell().latitude())
		.thenComparingDouble((Row row) -> row.cell().longitude())
		.thenComparing(Row::evidence);

	/**
	 * Rows drawn from one random stream of their own; the streams are drawn on every core
	 * at once, each the same on every run.
	 */
	private static final int ROWS_PER_STREAM = 1 << 16;

	/**
	 * Draws {@code count} rows and puts them in the public list's order, the order a
	 * table clustered on that index keeps: loaded so (the ids follow), the public pages
	 * read neighbouring rows together, and the database builds that index, and the
	 * export's (status, time), from rows already or nearly in order instead of sorting
	 * them from scratch. Every row is held on the heap meanwhile, about 200 bytes each.
	 */
	List<Row> drawInPublicOrder(int count) {
		Row[] rows = new Row[count];
		int streams = (count + ROWS_PER_STREAM - 1) / ROWS_PER_STREAM;
		List<SplittableRandom> seeds = new ArrayList<>();
		for (int i = 0; i < streams; i++) {
			seeds.add(random.split());
		}
		IntStream.range(0, streams).parallel().forEach(stream -> {
			SplittableRandom own = seeds.get(stream);
			for (int i = stream * ROWS_PER_STREAM; i < Math.min(count, (stream + 1) * ROWS_PER_STREAM); i++) {
				rows[i] = next(own);
			}
		});
		Arrays.parallelSort(rows, PUBLIC_ORDER);
		return Arrays.asList(rows);
	}

	private Row next(SplittableRandom random) {
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
		return new Row(observedAt, latitude, longitude, evidence(random), leopardId, status,
				observedAt.plus(Duration.ofDays(2)), privacy.generalise(latitude, longitude),
				PublicGrid.monthKey(privacy.month(observedAt)));
	}

	private boolean isSummer(Instant instant) {
		int month = instant.atZone(park.zone()).getMonthValue();
		return month >= 5 && month <= 9;
	}

	private static String evidence(SplittableRandom random) {
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

	private record HomeRange(long leopardId, double latitude, double longitude, double radius) {
	}

	record Row(Instant observedAt, double latitude, double longitude, String evidence, Long leopardId, String status,
			Instant reviewedAt, PublicLocation cell, int month) {

		boolean reviewed() {
			return !"PENDING".equals(status);
		}

	}

}
