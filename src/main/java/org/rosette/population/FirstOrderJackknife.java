package org.rosette.population;

/**
 * Burnham and Overton's (1978) first-order jackknife for model Mh (capture probability
 * differing between individuals): N̂ = M + f1 (t − 1)/t. Written as N̂ = Σ a_k f_k with
 * a_1 = 1 + (t − 1)/t and a_k = 1 otherwise, its variance is Σ a_k² f_k − N̂ (Burnham and
 * Overton 1978, eq. 5; Otis et al. 1978), which comes to f1 (t − 1)(2t − 1)/t².
 */
public final class FirstOrderJackknife implements PopulationEstimator {

	public static final String METHOD = "Jackknife1";

	@Override
	public String method() {
		return METHOD;
	}

	@Override
	public Estimate estimate(CaptureFrequencies frequencies) {
		int t = frequencies.occasions();
		int seen = frequencies.individuals();
		if (t < 2) {
			return Estimate.none(METHOD);
		}
		double f1 = frequencies.f(1);
		double estimate = seen + f1 * (t - 1) / t;
		double variance = f1 * (t - 1) * (2.0 * t - 1) / ((double) t * t);
		return LogNormalInterval.of(METHOD, seen, estimate, variance);
	}

}
