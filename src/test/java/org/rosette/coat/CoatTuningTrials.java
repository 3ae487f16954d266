package org.rosette.coat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trials of matcher settings for {@code bench/coat-id-eval --variants=...}: every query
 * is read once (with {@code -Dcoat.cache=DIR}, once across runs) and matched with each
 * tuning, so settings are compared on exactly the same prints.
 */
final class CoatTuningTrials {

	private CoatTuningTrials() {
	}

	/**
	 * Several matcher tunings on the same prints
	 * ({@code --variants=name:key=value,...;...}, keys k, shortlist, group, support, tol,
	 * prune): each one's rank-1, rank-5 and new-individual flags, for trials without
	 * reading every photo again.
	 */
	static String run(CoatIdEvaluation.Setup setup, String spec) throws IOException {
		Random random = new Random(setup.seed());
		CoatIdEvaluation.Gallery gallery = CoatIdEvaluation.gallery(setup, random);
		List<CoatIdEvaluation.Query> plan = CoatIdEvaluation.plan(setup, random);
		Map<String, CoatIndex.Tuning> tunings = new LinkedHashMap<>();
		for (String variant : spec.split(";")) {
			String[] named = variant.split(":", 2);
			CoatIndex.Tuning t = CoatIndex.Tuning.defaults();
			for (String kv : named.length > 1 && !named[1].isBlank() ? named[1].split(",") : new String[0]) {
				String[] p = kv.split("=", 2);
				double v = Double.parseDouble(p[1]);
				t = new CoatIndex.Tuning(p[0].equals("k") ? (int) v : t.neighbours(),
						p[0].equals("shortlist") ? (int) v : t.shortlist(), p[0].equals("group") ? (int) v : t.group(),
						p[0].equals("support") ? (int) v : t.support(), p[0].equals("tol") ? v : t.tolerance(),
						p[0].equals("prune") ? (int) v : t.prune());
			}
			tunings.put(named[0], t);
		}
		Map<String, List<double[]>> outcomes = new LinkedHashMap<>();
		Map<String, long[]> nanos = new HashMap<>();
		tunings.keySet().forEach(name -> {
			outcomes.put(name, new ArrayList<>());
			nanos.put(name, new long[1]);
		});
		CoatReader reader = CoatReader.forQueries();
		CoatVerdict verdict = new CoatVerdict();
		for (CoatIdEvaluation.Query query : plan) {
			CoatIdEvaluation.Read read = CoatIdEvaluation.read(setup, reader,
					(query.known() ? "query-" : "absent-") + query.id() + "-" + query.q(),
					CoatIdEvaluation.coat(setup.seed(), query.id(), query.flank()), query.shot());
			Map<Integer, Map<Integer, List<CoatIndex.Vote>>> votesByK = new HashMap<>();
			Map<Integer, Long> voteNanos = new HashMap<>();
			for (var tuning : tunings.entrySet()) {
				int k = tuning.getValue().neighbours();
				if (!votesByK.containsKey(k)) {
					long start = CoatIdEvaluation.cpu();
					votesByK.put(k, gallery.index().votes(read.print(), k));
					voteNanos.put(k, CoatIdEvaluation.cpu() - start);
				}
				long start = CoatIdEvaluation.cpu();
				var ranked = verdict.rank(gallery.index().match(read.print(), votesByK.get(k), tuning.getValue()));
				nanos.get(tuning.getKey())[0] += CoatIdEvaluation.cpu() - start + voteNanos.get(k);
				int rank = query.known() ? CoatIdEvaluation.rankOf(ranked, query.id()) : -1;
				double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
				double second = ranked.size() < 2 ? 0 : ranked.get(1).score();
				outcomes.get(tuning.getKey()).add(new double[] { query.known() ? rank : -1, top, second });
				if (query.known() && tuning.getKey().equals(tunings.keySet().iterator().next())
						&& (rank > 5 || flags(new double[] { rank, top, second },
								new double[] { CoatVerdict.NEW_INDIVIDUAL_BELOW, CoatVerdict.STANDS_OUT_BY, 1e9 }))) {
					System.out.printf(Locale.ROOT, "hard: %d-%d top=%.2f second=%.2f rank=%s %s%n", query.id(),
							query.q(), top, second, rank == Integer.MAX_VALUE ? "-" : rank,
							CoatIdEvaluation.describe(query.shot()));
				}
			}
		}
		String file = System.getProperty("coat.outcomes");
		if (file != null) {
			// every query's rank, best and second score, to try new-individual rules on
			StringBuilder csv = new StringBuilder("variant,rank,top,second\n");
			outcomes.forEach((name, rows) -> rows
				.forEach(r -> csv.append(String.format(Locale.ROOT, "%s,%.0f,%.4f,%.4f%n", name, r[0], r[1], r[2]))));
			java.nio.file.Files.writeString(java.nio.file.Path.of(file), csv);
		}
		StringBuilder out = new StringBuilder(
				"variant: rank-1, rank-5, mAP, ms/query; known wrongly flagged / absent flagged at floor/ratio\n");
		// floor, ratio, and a score above which the best is accepted whatever the ratio
		double[][] rules = { { CoatVerdict.NEW_INDIVIDUAL_BELOW, CoatVerdict.STANDS_OUT_BY, 1e9 }, { 1.0, 1.4, 1e9 },
				{ 1.0, 1.6, 1e9 }, { 1.0, 1.3, 1e9 }, { 1.5, 1.4, 1e9 }, { 0.5, 1.3, 1e9 }, { 0.5, 1.6, 1e9 },
				{ 1.0, 1.6, 8 } };
		for (var entry : outcomes.entrySet()) {
			List<double[]> rows = entry.getValue();
			long known = rows.stream().filter(r -> r[0] >= 0).count();
			long absent = rows.size() - known;
			long r1 = rows.stream().filter(r -> r[0] == 1).count();
			long r5 = rows.stream().filter(r -> r[0] >= 1 && r[0] <= 5).count();
			double map = rows.stream().filter(r -> r[0] >= 1).mapToDouble(r -> 1 / r[0]).sum() / Math.max(1, known);
			out.append(String.format(Locale.ROOT, "%-14s %5.1f %% %5.1f %% %.3f %4.0f ms |", entry.getKey(),
					100.0 * r1 / known, 100.0 * r5 / known, map, nanos.get(entry.getKey())[0] / 1e6 / rows.size()));
			for (double[] rule : rules) {
				long kf = rows.stream().filter(r -> r[0] >= 0 && flags(r, rule)).count();
				long af = rows.stream().filter(r -> r[0] < 0 && flags(r, rule)).count();
				out.append(String.format(Locale.ROOT, " %.1f/%.1f/%.0f: %4.1f/%4.1f", rule[0], rule[1],
						Math.min(rule[2], 99), 100.0 * kf / known, 100.0 * af / Math.max(1, absent)));
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static boolean flags(double[] row, double[] rule) {
		return row[1] < rule[0] || (row[1] / Math.max(row[2], rule[0] / 2) < rule[1] && row[1] < rule[2]);
	}

}
