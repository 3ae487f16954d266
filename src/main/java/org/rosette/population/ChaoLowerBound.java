package org.rosette.population;

/**
 * Chao's (1987) estimator for model Mh, a lower bound of the population when capture
 * probabilities differ between individuals: N̂ = M + f1²/(2 f2), with the variance f2
 * [(f1/f2)⁴/4 + (f1/f2)³ + (f1/f2)²/2]. With nobody caught exactly twice (f2 = 0) that
 * form is undefined, and the bias-corrected form N̂ = M + f1 (f1 − 1)/(2 (f2 + 1)) is
 * used instead, with its variance (Chao 2005, as in EstimateS): f1 (f1 − 1)/2 + f1 (2 f1
 * − 1)²/4 − f1⁴/(4 N̂). The interval is the log-normal one.
 */
public final class ChaoLowerBound implements PopulationEstimator {

	public static final String METHOD = "Chao";

	@Override
	public String method() {
		return METHOD;
	}

	@Override
	public Estimate estimate(CaptureFrequencies frequencies) {
		int seen = frequencies.individuals();
		double f1 = frequencies.f(1);
		double f2 = frequencies.f(2);
		if (seen == 0) {
			return Estimate.none(METHOD);
		}
		double estimate;
		double variance;
		if (f2 > 0) {
			double r = f1 / f2;
			estimate = seen + f1 * f1 / (2 * f2);
			variance = f2 * (Math.pow(r, 4) / 4 + Math.pow(r, 3) + r * r / 2);
		}
		else {
			estimate = seen + f1 * (f1 - 1) / 2;
			variance = f1 * (f1 - 1) / 2 + f1 * Math.pow(2 * f1 - 1, 2) / 4 - Math.pow(f1, 4) / (4 * estimate);
		}
		return LogNormalInterval.of(METHOD, seen, estimate, variance);
	}

}
