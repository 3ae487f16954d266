package org.rosette.population;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Model M0 (Otis et al. 1978): every individual has the same capture probability p on
 * every occasion. N is estimated by maximum likelihood, with p profiled out (p̂ =
 * n/(tN)); the likelihood is {@code L(N) = N!/(N − M)! · p̂^n (1 − p̂)^(tN − n)}, taken
 * as a function of a real N. The 95 % interval is the profile-likelihood one, {N : 2
 * (ℓ(N̂) − ℓ(N)) ≤ χ²₁(0.95)}, which cannot reach below M and is asymmetric where the
 * data are thin. Nobody caught twice leaves the likelihood rising for ever: then there is
 * no estimate.
 */
public final class ModelM0 implements PopulationEstimator {

	public static final String METHOD = "M0";

	private static final double CRITICAL = new ChiSquaredDistribution(1).inverseCumulativeProbability(0.95);

	/** Beyond this the upper end is reported as open rather than as a number. */
	private static final double FAR = 1e7;

	private final BrentSolver solver = new BrentSolver(1e-9, 1e-7);

	@Override
	public String method() {
		return METHOD;
	}

	@Override
	public Estimate estimate(CaptureFrequencies frequencies) {
		int t = frequencies.occasions();
		int seen = frequencies.individuals();
		int n = frequencies.captures();
		if (seen == 0 || n <= seen || t < 2) {
			return Estimate.none(METHOD);
		}
		if (n == t * seen) {
			return new Estimate(METHOD, (double) seen, (double) seen, (double) seen);
		}
		DoubleUnaryOperator score = N -> Gamma.digamma(N + 1) - Gamma.digamma(N - seen + 1)
				+ t * Math.log1p(-n / (t * N));
		double best = seen;
		if (score.applyAsDouble(seen) > 0) {
			double high = beyond(seen, N -> score.applyAsDouble(N) < 0);
			best = solve(score, seen, high);
		}
		double top = logLikelihood(best, t, seen, n);
		DoubleUnaryOperator deviance = N -> 2 * (top - logLikelihood(N, t, seen, n)) - CRITICAL;
		double lower = deviance.applyAsDouble(seen) <= 0 ? seen : solve(deviance, seen, best);
		double high = beyond(best, N -> deviance.applyAsDouble(N) > 0);
		Double upper = (high > FAR) ? null : solve(deviance, best, high);
		return new Estimate(METHOD, best, lower, upper);
	}

	/** The profile log-likelihood of N, up to a constant. */
	static double logLikelihood(double N, int t, int seen, int n) {
		double p = n / (t * N);
		return Gamma.logGamma(N + 1) - Gamma.logGamma(N - seen + 1) + n * Math.log(p) + (t * N - n) * Math.log1p(-p);
	}

	private double solve(DoubleUnaryOperator f, double low, double high) {
		return solver.solve(10_000, f::applyAsDouble, low, high);
	}

	/** Doubles from {@code start} until the condition holds (or the search gives up). */
	private static double beyond(double start, java.util.function.DoublePredicate reached) {
		double x = Math.max(2 * start, start + 1);
		while (!reached.test(x) && x <= FAR) {
			x *= 2;
		}
		return x;
	}

}
