package org.rosette.population;

import java.util.Arrays;

/**
 * What closed-population estimators read from a capture history: over {@code t}
 * occasions, how many individuals were caught exactly once, twice, … t times.
 *
 * @param occasions t, the number of occasions
 * @param counts f1…ft: {@code counts[k - 1]} individuals were caught on exactly k
 * occasions
 */
public record CaptureFrequencies(int occasions, int[] counts) {

	public CaptureFrequencies {
		if (occasions < 1 || counts.length != occasions) {
			throw new IllegalArgumentException("one frequency per occasion: " + occasions + " occasions");
		}
		for (int f : counts) {
			if (f < 0) {
				throw new IllegalArgumentException("a frequency cannot be negative");
			}
		}
		counts = counts.clone();
	}

	/** From the number of occasions each detected individual was caught on. */
	public static CaptureFrequencies of(int occasions, int... timesCaught) {
		int[] counts = new int[occasions];
		for (int k : timesCaught) {
			if (k < 1 || k > occasions) {
				throw new IllegalArgumentException("caught " + k + " times on " + occasions + " occasions");
			}
			counts[k - 1]++;
		}
		return new CaptureFrequencies(occasions, counts);
	}

	/** f_k, the number of individuals caught on exactly k occasions. */
	public int f(int k) {
		return (k >= 1 && k <= occasions) ? counts[k - 1] : 0;
	}

	/** M, the number of different individuals seen (often S or M_{t+1}). */
	public int individuals() {
		return Arrays.stream(counts).sum();
	}

	/** n, the number of captures: individual–occasion pairs. */
	public int captures() {
		int n = 0;
		for (int k = 1; k <= occasions; k++) {
			n += k * f(k);
		}
		return n;
	}

	@Override
	public int[] counts() {
		return counts.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaptureFrequencies that && occasions == that.occasions
				&& Arrays.equals(counts, that.counts);
	}

	@Override
	public int hashCode() {
		return 31 * occasions + Arrays.hashCode(counts);
	}

	@Override
	public String toString() {
		return "CaptureFrequencies[t=" + occasions + ", f=" + Arrays.toString(counts) + "]";
	}

}
