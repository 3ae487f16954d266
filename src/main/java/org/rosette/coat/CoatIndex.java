package org.rosette.coat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddogleg.nn.FactoryNearestNeighbor;
import org.ddogleg.nn.NearestNeighbor;
import org.ddogleg.nn.NnData;
import org.ddogleg.nn.alg.KdTreeDistance;
import org.ddogleg.struct.DogArray;

/**
 * The gallery's keypoints in one approximate nearest-neighbour forest, and the matching
 * of a query against them in the manner of HotSpotter: every query keypoint votes for the
 * photos holding its nearest descriptors, weighted by how much closer they are than the
 * next-best (LNBNN), then each short-listed photo keeps only the votes that agree with
 * their neighbours' positions. Agreement is checked locally, match by match, so a flank
 * that bends still matches where one global homography would not.
 *
 * @param <K> what identifies a gallery photo
 */
public final class CoatIndex<K> {

	/** A gallery photo of one leopard. */
	public record Entry<K>(K key, long leopardId, CoatPrint print) {
	}

	/** A matched pair: a query keypoint and a gallery keypoint. */
	public record Pair(float queryX, float queryY, float galleryX, float galleryY) {
	}

	/** How well one gallery photo matches a query. */
	public record PhotoMatch<K>(Entry<K> entry, double score, List<Pair> pairs) {
	}

	/**
	 * How the matcher votes and verifies; the defaults can be overridden with system
	 * properties for an experiment (see docs/coat-identification.md).
	 *
	 * @param neighbours nearest gallery descriptors each query keypoint votes for
	 * @param shortlist photos with most votes that are verified
	 * @param group nearest matches a match is checked against
	 * @param support agreeing neighbours a match needs
	 * @param tolerance allowed error as a share of the distance
	 * @param prune passes that drop matches no neighbour agrees with before the final
	 * check
	 */
	public record Tuning(int neighbours, int shortlist, int group, int support, double tolerance, int prune) {

		/**
		 * 96 photos verified and one pruning pass: on a hard field frame the right photo
		 * can rank far down by votes, and its few true matches are surrounded by chance
		 * ones until those are dropped (bench/coat-id-eval, tuning seed 7: rank-5 96 to
		 * 99 %, see docs/coat-identification.md).
		 */
		public static Tuning defaults() {
			return new Tuning(Integer.getInteger("coat.k", 8), Integer.getInteger("coat.shortlist", 96),
					Integer.getInteger("coat.group", 10), Integer.getInteger("coat.support", 2),
					Double.parseDouble(System.getProperty("coat.tol", "0.35")), Integer.getInteger("coat.prune", 1));
		}

	}

	private static final Tuning DEFAULTS = Tuning.defaults();

	private final List<Entry<K>> entries;

	private final int[] ownerOf;

	private final int[] keypointOf;

	private final NearestNeighbor<float[]> forest;

	public CoatIndex(List<Entry<K>> entries) {
		this.entries = List.copyOf(entries);
		int total = entries.stream().mapToInt(e -> e.print().size()).sum();
		this.ownerOf = new int[total];
		this.keypointOf = new int[total];
		List<float[]> points = new ArrayList<>(total);
		int p = 0;
		for (int e = 0; e < entries.size(); e++) {
			CoatPrint print = entries.get(e).print();
			for (int k = 0; k < print.size(); k++) {
				ownerOf[p] = e;
				keypointOf[p] = k;
				points.add(print.descriptor(k));
				p++;
			}
		}
		this.forest = FactoryNearestNeighbor.kdRandomForest(new Euclidean(), Integer.getInteger("coat.nodes", 400),
				Integer.getInteger("coat.trees", 8), 5, 0xC0A7L);
		forest.setPoints(points, true);
	}

	public int photos() {
		return entries.size();
	}

	public List<Entry<K>> entries() {
		return entries;
	}

	/** Gallery photos that match, best first. */
	public List<PhotoMatch<K>> match(CoatPrint query) {
		return match(query, votes(query, DEFAULTS.neighbours()), DEFAULTS);
	}

	/** The votes of a query's keypoints, by gallery photo. */
	Map<Integer, List<Vote>> votes(CoatPrint query, int neighbours) {
		if (entries.isEmpty() || query.size() == 0) {
			return Map.of();
		}
		return vote(query, neighbours);
	}

	/** Gallery photos that match, best first, verified from the given votes. */
	List<PhotoMatch<K>> match(CoatPrint query, Map<Integer, List<Vote>> votes, Tuning tuning) {
		List<Map.Entry<Integer, List<Vote>>> shortlist = new ArrayList<>(votes.entrySet());
		shortlist.sort(Comparator.comparingDouble(e -> -total(e.getValue())));
		List<PhotoMatch<K>> matches = new ArrayList<>();
		for (var candidate : shortlist.subList(0, Math.min(tuning.shortlist(), shortlist.size()))) {
			Entry<K> entry = entries.get(candidate.getKey());
			PhotoMatch<K> match = verify(query, entry, candidate.getValue(), tuning);
			if (match.score() > 0) {
				matches.add(match);
			}
		}
		matches.sort(Comparator.comparingDouble(m -> -m.score()));
		return matches;
	}

	private Map<Integer, List<Vote>> vote(CoatPrint query, int neighbours) {
		NearestNeighbor.Search<float[]> search = forest.createSearch();
		DogArray<NnData<float[]>> found = new DogArray<>(NnData::new);
		Map<Integer, List<Vote>> votes = new HashMap<>();
		for (int q = 0; q < query.size(); q++) {
			search.findNearest(query.descriptor(q), -1, neighbours + 1, found);
			if (found.size() < 2) {
				continue;
			}
			List<NnData<float[]>> sorted = new ArrayList<>(found.toList());
			sorted.sort(Comparator.comparingDouble(n -> n.distance));
			double normaliser = Math.sqrt(sorted.get(sorted.size() - 1).distance);
			Map<Integer, Vote> best = new HashMap<>();
			for (int j = 0; j < sorted.size() - 1; j++) {
				NnData<float[]> n = sorted.get(j);
				double weight = (normaliser - Math.sqrt(n.distance)) / Math.max(normaliser, 1e-6);
				if (weight <= 0) {
					continue;
				}
				int owner = ownerOf[n.index];
				best.putIfAbsent(owner, new Vote(q, keypointOf[n.index], weight));
			}
			best.forEach((owner, vote) -> votes.computeIfAbsent(owner, o -> new ArrayList<>()).add(vote));
		}
		return votes;
	}

	private PhotoMatch<K> verify(CoatPrint query, Entry<K> entry, List<Vote> votes, Tuning tuning) {
		CoatPrint gallery = entry.print();
		// one vote per gallery keypoint: the strongest
		Map<Integer, Vote> byGallery = new HashMap<>();
		for (Vote vote : votes) {
			byGallery.merge(vote.gallery(), vote, (a, b) -> a.weight() >= b.weight() ? a : b);
		}
		List<Vote> kept = new ArrayList<>(byGallery.values());
		int[] support = support(query, gallery, kept, tuning);
		for (int round = 0; round < tuning.prune(); round++) {
			List<Vote> pruned = new ArrayList<>();
			for (int a = 0; a < kept.size(); a++) {
				if (support[a] >= 1) {
					pruned.add(kept.get(a));
				}
			}
			kept = pruned;
			support = support(query, gallery, kept, tuning);
		}
		double score = 0;
		List<Pair> pairs = new ArrayList<>();
		for (int a = 0; a < kept.size(); a++) {
			if (support[a] >= tuning.support()) {
				Vote va = kept.get(a);
				score += va.weight() * Math.min(support[a], 4) / 4.0;
				pairs.add(new Pair(query.x()[va.query()], query.y()[va.query()], gallery.x()[va.gallery()],
						gallery.y()[va.gallery()]));
			}
		}
		return new PhotoMatch<>(entry, score, pairs);
	}

	/** For each match, how many of its nearest matches in the query agree with it. */
	private static int[] support(CoatPrint query, CoatPrint gallery, List<Vote> votes, Tuning tuning) {
		int n = votes.size();
		float[] qxs = new float[n];
		float[] qys = new float[n];
		for (int b = 0; b < n; b++) {
			qxs[b] = query.x()[votes.get(b).query()];
			qys[b] = query.y()[votes.get(b).query()];
		}
		int group = Math.max(0, Math.min(tuning.group(), n - 1));
		float[] nearest = new float[group];
		int[] nearestIndex = new int[group];
		int[] support = new int[n];
		for (int a = 0; a < n; a++) {
			int found = nearestOthers(a, qxs, qys, nearest, nearestIndex);
			for (int k = 0; k < found; k++) {
				if (agree(query, gallery, votes.get(a), votes.get(nearestIndex[k]), tuning)) {
					support[a]++;
				}
			}
		}
		return support;
	}

	/**
	 * The matches nearest to match a in the query, nearest first (a small insertion
	 * sort).
	 */
	private static int nearestOthers(int a, float[] xs, float[] ys, float[] nearest, int[] nearestIndex) {
		int found = 0;
		int group = nearest.length;
		if (group == 0) {
			return 0;
		}
		for (int b = 0; b < xs.length; b++) {
			if (b == a) {
				continue;
			}
			float dx = xs[b] - xs[a];
			float dy = ys[b] - ys[a];
			float d = dx * dx + dy * dy;
			if (found == group && d >= nearest[group - 1]) {
				continue;
			}
			int at = Math.min(found, group - 1);
			while (at > 0 && nearest[at - 1] > d) {
				nearest[at] = nearest[at - 1];
				nearestIndex[at] = nearestIndex[at - 1];
				at--;
			}
			nearest[at] = d;
			nearestIndex[at] = b;
			found = Math.min(found + 1, group);
		}
		return found;
	}

	/**
	 * Whether match b sits where match a's local similarity (position, scale and
	 * orientation of a's two keypoints) puts it, within a tolerance that grows with the
	 * distance so that bending and perspective pass.
	 */
	private static boolean agree(CoatPrint query, CoatPrint gallery, Vote a, Vote b, Tuning tuning) {
		int qa = a.query();
		int ga = a.gallery();
		int qb = b.query();
		int gb = b.gallery();
		if (qa == qb || ga == gb) {
			return false;
		}
		double s = gallery.scale()[ga] / query.scale()[qa];
		double sb = gallery.scale()[gb] / query.scale()[qb];
		if (Math.abs(Math.log(sb / s)) > 0.7) {
			return false;
		}
		double theta = gallery.angle()[ga] - query.angle()[qa];
		double dx = query.x()[qb] - query.x()[qa];
		double dy = query.y()[qb] - query.y()[qa];
		double cos = Math.cos(theta);
		double sin = Math.sin(theta);
		double px = gallery.x()[ga] + s * (cos * dx - sin * dy);
		double py = gallery.y()[ga] + s * (sin * dx + cos * dy);
		double error = Math.hypot(px - gallery.x()[gb], py - gallery.y()[gb]);
		double reach = s * Math.hypot(dx, dy);
		return error <= tuning.tolerance() * reach + gallery.scale()[ga];
	}

	private static double total(List<Vote> votes) {
		double sum = 0;
		for (Vote vote : votes) {
			sum += vote.weight();
		}
		return sum;
	}

	record Vote(int query, int gallery, double weight) {
	}

	private static final class Euclidean implements KdTreeDistance<float[]> {

		@Override
		public double distance(float[] a, float[] b) {
			double sum = 0;
			for (int i = 0; i < a.length; i++) {
				double d = a[i] - b[i];
				sum += d * d;
			}
			return sum;
		}

		@Override
		public double valueAt(float[] point, int index) {
			return point[index];
		}

		@Override
		public int length() {
			return CoatPrint.DIMENSIONS;
		}

	}

}
