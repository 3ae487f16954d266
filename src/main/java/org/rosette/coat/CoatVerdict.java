package org.rosette.coat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns photo matches into leopards: a leopard scores what its best-matching photo
 * (either flank) scores, and a sighting with several photos keeps each leopard's best.
 * Below {@link #NEW_INDIVIDUAL_BELOW} nothing is convincing: probably an individual not
 * in the catalogue. The threshold was chosen with {@code bench/coat-id-eval} (see
 * docs/coat-identification.md).
 */
public final class CoatVerdict {

	/**
	 * Below this score nothing is convincing. 0.5, not 1.0: since the matcher finds the
	 * right leopard in hard frames, many such finds score 0.5-1 and still stand out
	 * (tuning seed 7, see docs/coat-identification.md).
	 */
	static final double NEW_INDIVIDUAL_BELOW = Double.parseDouble(System.getProperty("coat.floor", "0.5"));

	/**
	 * A leopard of the catalogue stands out from the rest; a stranger matches every coat
	 * about as weakly: the best must beat the second by this factor.
	 */
	static final double STANDS_OUT_BY = Double.parseDouble(System.getProperty("coat.ratio", "1.4"));

	/** A leopard and the photo match that speaks for it. */
	public record Candidate(long leopardId, double score, CoatIndex.PhotoMatch<?> best) {
	}

	/** Leopards best first, over the matches of one or more query photos. */
	public List<Candidate> rank(Collection<? extends CoatIndex.PhotoMatch<?>> matches) {
		Map<Long, Candidate> best = new LinkedHashMap<>();
		for (CoatIndex.PhotoMatch<?> match : matches) {
			long leopard = match.entry().leopardId();
			Candidate current = best.get(leopard);
			if (current == null || match.score() > current.score()) {
				best.put(leopard, new Candidate(leopard, match.score(), match));
			}
		}
		List<Candidate> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparingDouble(c -> -c.score()));
		return ranked;
	}

	public boolean newIndividual(List<Candidate> ranked) {
		return distinctness(ranked) < STANDS_OUT_BY;
	}

	/** How far the best leopard stands out: its score over the runner-up's. */
	static double distinctness(List<Candidate> ranked) {
		if (ranked.isEmpty() || ranked.get(0).score() < NEW_INDIVIDUAL_BELOW) {
			return 0;
		}
		double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
		return ranked.get(0).score() / Math.max(second, NEW_INDIVIDUAL_BELOW / 2);
	}

}
