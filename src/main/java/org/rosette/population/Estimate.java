package org.rosette.population;

import org.jspecify.annotations.Nullable;

/**
 * One estimate of the population size with its 95 % interval. A missing estimate means
 * the data cannot give one (for M0: nobody was caught twice); a missing upper end means
 * the data set no upper bound.
 */
public record Estimate(String method, @Nullable Double estimate, @Nullable Double lower, @Nullable Double upper) {

	static Estimate none(String method) {
		return new Estimate(method, null, null, null);
	}

	public boolean available() {
		return estimate != null;
	}

	/**
	 * Whether the interval holds the value (an open upper end holds everything above).
	 */
	public boolean covers(double value) {
		return lower != null && lower <= value && (upper == null || value <= upper);
	}

}
