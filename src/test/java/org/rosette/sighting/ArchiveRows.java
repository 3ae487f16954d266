package org.rosette.sighting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

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
	 * The public list's order within a slice, whose rows share their status and park
	 * month: public cell, then evidence, as the index {@code ix_sightings_public_order}
	 * holds them after those two. Written out rather than chained: it runs some twenty
	 * million times a load.
	 */
	private static final Comparator<Row> WITHIN_SLICE = (a, b) -> {
		int order = Double.compare(a.cell().latitude(), b.cell().latitude());
		if (order == 0) {
			order = Double.compare(a.cell().longitude(), b.cell().longitude());
		}
		return order != 0 ? order : a.evidence().compareTo(b.evidence());
	};

	/** Slices drawn ahead of the reader, on the common pool's threads. */
	private static final int SLICES_AHEAD = 4;

	/** The statuses in the public list's order. */
	private static final List<String> STATUSES = List.of("PENDING", "REJECTED", "VERIFIED");

	/**
	 * {@code count} rows in the public list's order, the order a table clustered on that
	 * index keeps: loaded so (the ids follow), the public pages read neighbouring rows
	 * together, and the database builds that index, and the export's (status, time), from
	 * rows already or nearly in order instead of sorting them from scratch. The rows are
	 * drawn as they are read, a few slices ahead, one status and park month at a time
	 * (newest first), each slice from a random stream of its own and sorted on its own: a
	 * loader sends the first rows while later ones are still being drawn and never holds
	 * more than a few months of them.
	 */
	Iterable<Row> inPublicOrder(int count) {
		List<Slice> slices = slices(count);
		return () -> {
			Iterator<Slice> toDraw = slices.iterator();
			Deque<CompletableFuture<Row[]>> drawing = new ArrayDeque<>();
			return Stream.generate(() -> {
				while (drawing.size() < SLICES_AHEAD && toDraw.hasNext()) {
					Slice slice = toDraw.next();
					drawing.add(CompletableFuture.supplyAsync(() -> draw(slice)));
				}
				return drawing.poll();
			}).takeWhile(Objects::nonNull).flatMap(slice -> Arrays.stream(slice.join())).iterator();
		};
	}

	/**
	 * Shares the rows out to statuses, then to the park months of the last ten years by
	 * their length, summer months (fewer tracks) at seven tenths.
	 */
	private List<Slice> slices(int count) {
		int verified = (int) Math.round(count * verifiedShare);
		int pending = (count - verified) / 2;
		int[] ofStatus = { pending, count - verified - pending, verified };
		List<Period> months = monthsNewestFirst();
		double[] weights = months.stream()
			.mapToDouble(month -> month.seconds() * (isSummer(month.from()) ? 0.7 : 1))
			.toArray();
		double total = Arrays.stream(weights).sum();
		List<Slice> slices = new ArrayList<>();
		for (int s = 0; s < STATUSES.size(); s++) {
			double before = 0;
			for (int m = 0; m < months.size(); m++) {
				long from = Math.round(ofStatus[s] * before / total);
				before += weights[m];
				int rows = Math.toIntExact(Math.round(ofStatus[s] * before / total) - from);
				slices.add(new Slice(STATUSES.get(s), months.get(m), rows, random.split()));
			}
		}
		return slices;
	}

	/** The park's months from ten years back until now, the first and last cut short. */
	private List<Period> monthsNewestFirst() {
		Instant first = now.minus(Duration.ofDays(3650));
		List<Period> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(now.atZone(park.zone())); startOf(month.plusMonths(1))
			.isAfter(first); month = month.minusMonths(1)) {
			Instant start = startOf(month);
			Instant end = startOf(month.plusMonths(1));
			Instant from = start.isBefore(first) ? first : start;
			Instant until = end.isAfter(now) ? now : end;
			if (from.isBefore(until)) {
				months.add(new Period(from, until));
			}
		}
		return months;
	}

	private Instant startOf(YearMonth month) {
		return month.atDay(1).atStartOfDay(park.zone()).toInstant();
	}

	/**
	 * A status's rows observed in a park month, drawn from a random stream of their own.
	 */
	private Row[] draw(Slice slice) {
		Row[] drawn = new Row[slice.rows()];
		long seconds = slice.month().seconds();
		for (int i = 0; i < drawn.length; i++) {
			Instant observedAt = slice.month().from().plusSeconds(slice.random().nextLong(seconds));
			drawn[i] = next(slice.random(), slice.status(), observedAt);
		}
		Arrays.sort(drawn, WITHIN_SLICE);
		return drawn;
	}

	private Row next(SplittableRandom random, String status, Instant observedAt) {
		HomeRange range = ranges.get(random.nextInt(ranges.size()));
		double latitude = clamp(range.latitude() + random.nextGaussian() * range.radius(), park.minLatitude(),
				park.maxLatitude());
		double longitude = clamp(range.longitude() + random.nextGaussian() * range.radius(), park.minLongitude(),
				park.maxLongitude());
		latitude = Math.round(latitude * 1e6) / 1e6;
		longitude = Math.round(longitude * 1e6) / 1e6;
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

	/** [from, until) */
	private record Period(Instant from, Instant until) {

		long seconds() {
			return Duration.between(from, until).toSeconds();
		}

	}

	private record Slice(String status, Period month, int rows, SplittableRandom random) {
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
