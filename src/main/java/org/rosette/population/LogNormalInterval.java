package org.rosette.population;

/**
 * Chao's (1987) 95 % interval for an estimate N̂ of a population in which M individuals
 * were seen: the number not seen, T = N̂ − M, is taken as log-normal, so the interval is
 * [M + T/C, M + T·C] with C = exp(1.96 √ln(1 + var/T²)). It is asymmetric like the
 * uncertainty itself and never reaches below M.
 */
final class LogNormalInterval {

	static final double Z95 = 1.959963984540054;

	private LogNormalInterval() {
	}

	static Estimate of(String method, int seen, double estimate, double variance) {
		double unseen = estimate - seen;
		if (unseen <= 0 || variance <= 0) {
			return new Estimate(method, Math.max(estimate, seen), Math.max(estimate, seen), Math.max(estimate, seen));
		}
		double c = Math.exp(Z95 * Math.sqrt(Math.log(1 + variance / (unseen * unseen))));
		return new Estimate(method, estimate, seen + unseen / c, seen + unseen * c);
	}

}
