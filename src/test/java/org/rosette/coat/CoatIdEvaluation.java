package org.rosette.coat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.rosette.coat.SyntheticCamera.Shot;

/**
 * Generates a synthetic catalogue and measures how well coats are recognised: rank-1,
 * rank-5, mean average precision, new-individual flags and timings. Run by
 * {@code bench/coat-id-eval}; a small version runs as {@link CoatMatchingTests}.
 */
public final class CoatIdEvaluation {

	/** What was measured. */
	public record Result(int queries, int rank1, int rank5, double meanAveragePrecision, int absentQueries,
			int absentFlagged, int knownFlagged, double msPerQuery, double msPerExtraction, double msPerFieldExtraction,
			Map<String, int[]> byCondition, String thresholds) {

		double share(int count, int of) {
			return of == 0 ? 0 : 100.0 * count / of;
		}

		String report() {
			StringBuilder out = new StringBuilder();
			out.append(String.format(Locale.ROOT, "queries of known individuals: %d%n", queries));
			out.append(String.format(Locale.ROOT, "rank-1: %.1f %%%nrank-5: %.1f %%%nmAP: %.3f%n",
					share(rank1, queries), share(rank5, queries), meanAveragePrecision));
			out.append(String.format(Locale.ROOT, "absent individuals' queries flagged new: %.1f %% (%d of %d)%n",
					share(absentFlagged, absentQueries), absentFlagged, absentQueries));
			out.append(
					String.format(Locale.ROOT, "known individuals' queries wrongly flagged new: %.1f %% (%d of %d)%n",
							share(knownFlagged, queries), knownFlagged, queries));
			out.append(String.format(Locale.ROOT, "time per query (matching, features stored; CPU time): %.0f ms%n",
					msPerQuery));
			out.append(String.format(Locale.ROOT, "time per extraction, gallery photo 1000x750 (CPU time): %.0f ms%n",
					msPerExtraction));
			out.append(String.format(Locale.ROOT, "time per extraction, field frame (CPU time): %.0f ms%n",
					msPerFieldExtraction));
			byCondition.forEach((condition, counts) -> out.append(String.format(Locale.ROOT,
					"  rank-1 with %-12s %5.1f %% (%d queries)%n", condition, share(counts[0], counts[1]), counts[1])));
			out.append(thresholds);
			return out.toString();
		}

	}

	/**
	 * @param known individuals in the gallery (both flanks each)
	 * @param absent individuals only in queries
	 * @param queriesEach query frames per individual
	 */
	public record Setup(int known, int absent, int queriesEach, int frameWidth, int frameHeight, long seed, Path dump) {
	}

	public static Result run(Setup setup) throws IOException {
		Random random = new Random(setup.seed());
		Gallery gallery = gallery(setup, random);
		List<Query> plan = plan(setup, random);
		List<Answer> answers = answer(setup, gallery.index(), plan);
		int queries = 0;
		int rank1 = 0;
		int rank5 = 0;
		double ap = 0;
		int absentQueries = 0;
		int absentFlagged = 0;
		int knownFlagged = 0;
		long queryNanos = 0;
		long fieldNanos = 0;
		Map<String, int[]> byCondition = new java.util.TreeMap<>();
		List<Double> knownDistinctness = new ArrayList<>();
		List<Double> absentDistinctness = new ArrayList<>();
		for (Answer answer : answers) {
			Query query = answer.query();
			queryNanos += answer.matchNanos();
			fieldNanos += answer.extractNanos();
			boolean flagged = answer.flagged();
			(query.known() ? knownDistinctness : absentDistinctness).add(answer.distinctness());
			if (!query.known()) {
				absentQueries++;
				absentFlagged += flagged ? 1 : 0;
				continue;
			}
			queries++;
			knownFlagged += flagged ? 1 : 0;
			int rank = answer.rank();
			rank1 += rank == 1 ? 1 : 0;
			rank5 += rank <= 5 ? 1 : 0;
			ap += rank == Integer.MAX_VALUE ? 0 : 1.0 / rank;
			for (String condition : conditions(query.shot())) {
				int[] counts = byCondition.computeIfAbsent(condition, c -> new int[2]);
				counts[0] += rank == 1 ? 1 : 0;
				counts[1]++;
			}
		}
		int fieldCount = answers.size();
		return new Result(queries, rank1, rank5, ap / Math.max(1, queries), absentQueries, absentFlagged, knownFlagged,
				queryNanos / 1e6 / Math.max(1, fieldCount), gallery.nanos() / 1e6 / Math.max(1, gallery.photos()),
				fieldNanos / 1e6 / Math.max(1, fieldCount), byCondition, sweep(knownDistinctness, absentDistinctness));
	}

	/**
	 * One distortion at a time, at the hard end of its range, on an easy shot otherwise:
	 * which of them costs the matches.
	 */
	public static String ablation(Setup setup) throws IOException {
		Random random = new Random(setup.seed());
		Gallery gallery = gallery(setup, random);
		Map<String, java.util.function.Function<Shot, Shot>> distortions = new java.util.LinkedHashMap<>();
		distortions.put("easy (400 px, square on)", s -> s);
		distortions.put("flank 250 px", s -> with(s, "flank", 250));
		distortions.put("rotation 30", s -> with(s, "rotation", 30));
		distortions.put("perspective 0.2", s -> with(s, "perspective", 0.2));
		distortions.put("bend 0.09", s -> with(s, "bend", 0.09));
		distortions.put("infrared", s -> with(s, "infrared", 1));
		distortions.put("occlusion 0.25", s -> with(s, "occlusion", 0.25));
		distortions.put("motion blur 7", s -> with(s, "blur", 7));
		distortions.put("noise 10, JPEG 60", s -> with(with(s, "noise", 10), "jpeg", 0.6));
		StringBuilder out = new StringBuilder(
				"one distortion at a time: rank-1, rank-5, keypoints on the flank / in the frame, verified pairs\n");
		int n = setup.known();
		for (var distortion : distortions.entrySet()) {
			Random draws = new Random(setup.seed() + 17);
			List<Query> plan = new ArrayList<>();
			for (int id = 0; id < n; id++) {
				Shot easy = new Shot(setup.frameWidth(), setup.frameHeight(), 400, 0, 0, 0, false, 0, 0, 3, 0.85f,
						draws.nextLong());
				plan.add(new Query(id, 0, true, distortion.getValue().apply(easy), draws.nextInt(2)));
			}
			List<Answer> answers = answer(setup, gallery.index(), plan);
			long r1 = answers.stream().filter(a -> a.rank() == 1).count();
			long r5 = answers.stream().filter(a -> a.rank() <= 5).count();
			double onFlank = answers.stream().mapToInt(Answer::onFlank).average().orElse(0);
			double keypoints = answers.stream().mapToInt(Answer::keypoints).average().orElse(0);
			double pairs = answers.stream().mapToInt(Answer::pairs).average().orElse(0);
			out.append(String.format(Locale.ROOT, "  %-26s %5.1f %% %5.1f %%  %4.0f / %4.0f  %4.0f%n",
					distortion.getKey(), 100.0 * r1 / n, 100.0 * r5 / n, onFlank, keypoints, pairs));
		}
		return out.toString();
	}

	static List<Query> plan(Setup setup, Random random) {
		List<Query> plan = new ArrayList<>();
		for (int id = 0; id < setup.known() + setup.absent(); id++) {
			for (int q = 0; q < setup.queriesEach(); q++) {
				Shot shot = Shot.field(random, setup.frameWidth(), setup.frameHeight());
				plan.add(new Query(id, q, id < setup.known(), shot, random.nextInt(2)));
			}
		}
		return plan;
	}

	private static Shot with(Shot s, String what, double value) {
		return new Shot(s.width(), s.height(), what.equals("flank") ? (int) value : s.flankWidth(),
				what.equals("rotation") ? value : s.rotation(), what.equals("perspective") ? value : s.perspective(),
				what.equals("bend") ? value : s.bend(), what.equals("infrared") || s.infrared(),
				what.equals("occlusion") ? value : s.occlusion(), what.equals("blur") ? (int) value : s.blur(),
				what.equals("noise") ? value : s.noise(), what.equals("jpeg") ? (float) value : s.jpegQuality(),
				s.seed());
	}

	record Gallery(CoatIndex<String> index, long nanos, int photos) {
	}

	static Gallery gallery(Setup setup, Random random) throws IOException {
		CoatReader reader = CoatReader.forGallery();
		List<CoatIndex.Entry<String>> gallery = new ArrayList<>();
		long extractionNanos = 0;
		for (int id = 0; id < setup.known(); id++) {
			for (int flank = 0; flank < 2; flank++) {
				Shot shot = Shot.catalogue(random);
				Read read = read(setup, reader, "gallery-" + id + "-" + flank, coat(setup.seed(), id, flank), shot);
				gallery.add(new CoatIndex.Entry<>(id + "/" + flank, id, read.print()));
				extractionNanos += read.nanos();
			}
		}
		return new Gallery(new CoatIndex<>(gallery), extractionNanos, gallery.size());
	}

	record Query(int id, int q, boolean known, Shot shot, int flank) {
	}

	private record Answer(Query query, int rank, boolean flagged, double distinctness, long extractNanos,
			long matchNanos, int keypoints, int onFlank, int pairs) {
	}

	/**
	 * Photographs, reads and matches the planned queries, on as many threads as asked.
	 */
	private static List<Answer> answer(Setup setup, CoatIndex<String> index, List<Query> plan) throws IOException {
		int threads = Integer.getInteger("coat.threads", 1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			List<java.util.concurrent.Future<Answer>> futures = new ArrayList<>();
			for (Query query : plan) {
				futures.add(pool.submit(() -> answer(setup, index, query)));
			}
			List<Answer> answers = new ArrayList<>();
			for (var future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		catch (InterruptedException | java.util.concurrent.ExecutionException ex) {
			throw new IOException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	private static Answer answer(Setup setup, CoatIndex<String> index, Query query) throws IOException {
		CoatReader reader = CoatReader.forQueries();
		CoatVerdict verdict = new CoatVerdict();
		Read read = read(setup, reader, (query.known() ? "query-" : "absent-") + query.id() + "-" + query.q(),
				coat(setup.seed(), query.id(), query.flank()), query.shot());
		CoatPrint print = read.print();
		long extracted = cpu();
		List<CoatIndex.PhotoMatch<String>> matches = index.match(print);
		List<CoatVerdict.Candidate> ranked = verdict.rank(matches);
		long matched = cpu();
		int rank = query.known() ? rankOf(ranked, query.id()) : -1;
		var onFlank = SyntheticCamera.flank(query.shot());
		int inside = 0;
		for (int k = 0; k < print.size(); k++) {
			inside += onFlank.test(print.x()[k], print.y()[k]) ? 1 : 0;
		}
		int pairs = 0;
		for (var match : matches) {
			if (match.entry().leopardId() == query.id()) {
				pairs = Math.max(pairs, match.pairs().size());
			}
		}
		boolean flagged = verdict.newIndividual(ranked);
		if (Boolean.getBoolean("coat.trace") || (query.known() && (rank > 5 || flagged))) {
			// the hard cases, to look at with --dump
			System.out.printf(Locale.ROOT, "%s %s-%d top=%.2f second=%.2f rank=%s flagged=%s pairs=%d %s%n",
					query.known() ? "known" : "absent", query.id(), query.q(),
					ranked.isEmpty() ? 0 : ranked.get(0).score(), ranked.size() < 2 ? 0 : ranked.get(1).score(),
					rank == Integer.MAX_VALUE ? "-" : rank, flagged, pairs, describe(query.shot()));
		}
		return new Answer(query, rank, flagged, CoatVerdict.distinctness(ranked), read.nanos(), matched - extracted,
				print.size(), inside, pairs);
	}

	static String describe(Shot shot) {
		return String.format(Locale.ROOT, "flank=%d rot=%.0f persp=%.2f bend=%.3f ir=%s occl=%.2f blur=%d",
				shot.flankWidth(), shot.rotation(), shot.perspective(), shot.bend(), shot.infrared(), shot.occlusion(),
				shot.blur());
	}

	record Read(CoatPrint print, long nanos) {
	}

	/**
	 * Paints and reads one photo; with {@code -Dcoat.cache=DIR} the print (and the CPU
	 * time it took) is kept there, keyed by the reader's settings and the shot, so trials
	 * of matcher settings do not repaint and reread every photo.
	 */
	static Read read(Setup setup, CoatReader reader, String name, SyntheticCoat coat, Shot shot) throws IOException {
		String dir = System.getProperty("coat.cache");
		Path cached = dir == null ? null : Path.of(dir, name + "-" + setup.seed() + "-"
				+ Integer.toHexString((reader + "|" + shot + "|" + setup.seed()).hashCode()) + ".print");
		if (cached != null && setup.dump() == null && Files.exists(cached)) {
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(cached));
			long nanos = bytes.getLong();
			byte[] print = new byte[bytes.remaining()];
			bytes.get(print);
			return new Read(CoatPrint.fromBytes(print), nanos);
		}
		BufferedImage photo = SyntheticCamera.photograph(coat, shot);
		dump(setup, name, photo);
		long start = cpu();
		CoatPrint print = reader.read(photo);
		long nanos = cpu() - start;
		if (cached != null) {
			Files.createDirectories(cached.getParent());
			byte[] data = print.toBytes();
			Files.write(cached, java.nio.ByteBuffer.allocate(8 + data.length).putLong(nanos).put(data).array());
		}
		return new Read(print, nanos);
	}

	// CPU time of this thread: the machine is shared, and wall time would measure the
	// neighbours' builds as much as this code
	static long cpu() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	/**
	 * New-individual flags for other thresholds: how the one in CoatVerdict was chosen.
	 */
	private static String sweep(List<Double> known, List<Double> absent) {
		StringBuilder out = new StringBuilder("threshold on best/second: absent flagged, known wrongly flagged\n");
		for (int step = 12; step <= 26; step++) {
			double threshold = step / 10.0;
			out.append(String.format(Locale.ROOT, "  %.1f: %5.1f %%  %5.1f %%%n", threshold,
					100.0 * absent.stream().filter(d -> d < threshold).count() / Math.max(1, absent.size()),
					100.0 * known.stream().filter(d -> d < threshold).count() / Math.max(1, known.size())));
		}
		return out.toString();
	}

	private static double largeExtraction(long seed) {
		Random random = new Random(seed + 1);
		CoatReader reader = CoatReader.forQueries();
		long nanos = 0;
		int count = 5;
		for (int i = 0; i < count; i++) {
			BufferedImage frame = SyntheticCamera.photograph(coat(seed, i, 0), Shot.field(random, 1600, 1200));
			long start = cpu();
			reader.read(frame);
			nanos += cpu() - start;
		}
		return nanos / 1e6 / count;
	}

	static SyntheticCoat coat(long seed, int id, int flank) {
		return SyntheticCoat.of(seed * 1_000_003L + id * 2L + flank);
	}

	static int rankOf(List<CoatVerdict.Candidate> ranked, long leopardId) {
		for (int i = 0; i < ranked.size(); i++) {
			if (ranked.get(i).leopardId() == leopardId) {
				return i + 1;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static List<String> conditions(Shot shot) {
		List<String> conditions = new ArrayList<>(List.of("all"));
		if (shot.infrared()) {
			conditions.add("infrared");
		}
		if (shot.occlusion() > 0) {
			conditions.add("occlusion");
		}
		if (shot.blur() > 1) {
			conditions.add("motion-blur");
		}
		if (shot.flankWidth() < 350) {
			conditions.add("flank<350px");
		}
		if (Math.abs(shot.rotation()) > 20) {
			conditions.add("rotation>20");
		}
		return conditions;
	}

	private static void dump(Setup setup, String name, BufferedImage image) throws IOException {
		if (setup.dump() != null) {
			Files.createDirectories(setup.dump());
			ImageIO.write(image, "png", setup.dump().resolve(name + ".png").toFile());
		}
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			options.put(kv[0], kv.length > 1 ? kv[1] : "true");
		}
		Setup setup = new Setup(Integer.parseInt(options.getOrDefault("known", "100")),
				Integer.parseInt(options.getOrDefault("absent", "20")),
				Integer.parseInt(options.getOrDefault("queries", "3")),
				Integer.parseInt(options.getOrDefault("width", "1600")),
				Integer.parseInt(options.getOrDefault("height", "1200")),
				Long.parseLong(options.getOrDefault("seed", "2026")),
				options.containsKey("dump") ? Path.of(options.get("dump")) : null);
		System.out.println("coat-id evaluation: " + setup + ", " + Runtime.getRuntime().availableProcessors()
				+ " processors, Java " + System.getProperty("java.version"));
		long start = System.nanoTime();
		if (options.containsKey("large-only")) {
			System.out.printf(Locale.ROOT, "time per extraction, 1600x1200 field frame (CPU time): %.0f ms%n",
					largeExtraction(setup.seed()));
			return;
		}
		if (options.containsKey("variants")) {
			System.out.print(CoatTuningTrials.run(setup, options.get("variants")));
			return;
		}
		if (options.containsKey("ablation")) {
			System.out.print(ablation(setup));
			return;
		}
		Result result = run(setup);
		System.out.print(result.report());
		if (!options.containsKey("no-large")) {
			System.out.printf(Locale.ROOT, "time per extraction, 1600x1200 field frame (CPU time): %.0f ms%n",
					largeExtraction(setup.seed()));
		}
		System.out.println(Arrays.toString(new String[0]).isEmpty() ? ""
				: String.format(Locale.ROOT, "total %.0f s", (System.nanoTime() - start) / 1e9));
	}

}
