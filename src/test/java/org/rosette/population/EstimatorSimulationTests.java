package org.rosette.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimators checked against populations of known size: each setting draws individual
 * capture probabilities from a Beta distribution (heterogeneity, model Mh) or gives
 * everyone the same one (model M0), simulates {@value #SURVEYS} surveys of t occasions
 * with a fixed seed, and measures the relative bias of the estimate and how often the 95
 * % interval holds the true N. The table it prints is the one in
 * {@code docs/population.md}.
 */
class EstimatorSimulationTests {

	static final int SURVEYS = 600;

	static final int OCCASIONS = 10;

	private static final List<PopulationEstimator> ESTIMATORS = List.of(new ModelM0(), new FirstOrderJackknife(),
			new ChaoLowerBound());

	/**
	 * Capture probabilities drawn from a Beta distribution with mean μ and coefficient of
	 * variation cv (cv = 0: everyone alike), that is Beta(μφ, (1 − μ)φ) with φ = (1 −
	 * μ)/(μ cv²) − 1.
	 */
	record Setting(int size, double meanP, double cv) {

		boolean heterogeneous() {
			return cv > 0;
		}

		double precision() {
			return (1 - meanP) / (meanP * cv * cv) - 1;
		}

	}

	record Result(Setting setting, String method, double relativeBias, double coverage, int failed) {
	}

	/**
	 * Animals that differ as much as camera-trapped cats commonly do (cv 0.7), caught on
	 * average two or three times in ten occasions.
	 */
	@Test
	void mhEstimatorsAreNearlyUnbiasedAndTheirIntervalsCoverWhereAnimalsAreCaughtTwiceOnAverage() {
		List<Result> results = new ArrayList<>();
		for (int size : new int[] { 20, 50, 100 }) {
			for (double meanP : new double[] { 0.2, 0.3 }) {
				results.addAll(simulate(new Setting(size, meanP, 0.7)));
			}
		}
		print(results);
		for (Result r : results) {
			if (!r.method().equals(ModelM0.METHOD)) {
				assertThat(r.setting().meanP() * OCCASIONS).isGreaterThanOrEqualTo(2);
				assertThat(Math.abs(r.relativeBias())).as("relative bias of %s", r).isLessThanOrEqualTo(0.10);
				assertThat(r.coverage()).as("coverage of %s", r).isGreaterThanOrEqualTo(0.85);
			}
		}
	}

	/**
	 * Where the Mh estimators stop being trustworthy, so the documentation can say so:
	 * the jackknife overestimates when animals are much alike and often caught, and both
	 * fall short when a few animals are almost never caught. Chao's is a lower bound
	 * there, as it claims.
	 */
	@Test
	void whereTheyFailTheyFailTheWayTheTheorySays() {
		List<Result> alike = simulate(new Setting(100, 0.3, 0.4));
		List<Result> veryUnequal = simulate(new Setting(100, 0.2, 1.0));
		print(alike);
		print(veryUnequal);
		assertThat(result(alike, FirstOrderJackknife.METHOD).relativeBias()).isPositive();
		assertThat(result(veryUnequal, FirstOrderJackknife.METHOD).relativeBias()).isLessThan(-0.10);
		assertThat(result(veryUnequal, ChaoLowerBound.METHOD).relativeBias()).isLessThan(-0.10);
		assertThat(result(veryUnequal, ModelM0.METHOD).relativeBias())
			.isLessThan(result(veryUnequal, ChaoLowerBound.METHOD).relativeBias());
	}

	private static Result result(List<Result> results, String method) {
		return results.stream().filter(r -> r.method().equals(method)).findFirst().orElseThrow();
	}

	@Test
	void m0IsUnbiasedAndCoversWhenEveryAnimalIsAsLikelyToBeCaught() {
		List<Result> results = new ArrayList<>();
		for (int size : new int[] { 20, 50, 100 }) {
			results.addAll(simulate(new Setting(size, 0.2, 0)));
		}
		print(results);
		for (Result r : results) {
			if (r.method().equals(ModelM0.METHOD)) {
				assertThat(Math.abs(r.relativeBias())).as("relative bias of %s", r).isLessThanOrEqualTo(0.05);
				assertThat(r.coverage()).as("coverage of %s", r).isGreaterThanOrEqualTo(0.90);
			}
		}
	}

	static List<Result> simulate(Setting setting) {
		RandomGenerator random = new Well19937c(
				setting.size() * 1000L + Math.round(setting.meanP() * 100) + Math.round(setting.precision()));
		BetaDistribution beta = setting.heterogeneous() ? new BetaDistribution(random,
				setting.meanP() * setting.precision(), (1 - setting.meanP()) * setting.precision()) : null;
		double[] sum = new double[ESTIMATORS.size()];
		int[] covered = new int[ESTIMATORS.size()];
		int[] failed = new int[ESTIMATORS.size()];
		int[] estimated = new int[ESTIMATORS.size()];
		for (int survey = 0; survey < SURVEYS; survey++) {
			CaptureFrequencies frequencies = survey(setting, random, beta);
			for (int e = 0; e < ESTIMATORS.size(); e++) {
				Estimate estimate = ESTIMATORS.get(e).estimate(frequencies);
				if (!estimate.available()) {
					failed[e]++;
					continue;
				}
				estimated[e]++;
				sum[e] += estimate.estimate();
				if (estimate.covers(setting.size())) {
					covered[e]++;
				}
			}
		}
		List<Result> results = new ArrayList<>();
		for (int e = 0; e < ESTIMATORS.size(); e++) {
			double mean = sum[e] / Math.max(1, estimated[e]);
			results.add(new Result(setting, ESTIMATORS.get(e).method(), mean / setting.size() - 1,
					covered[e] / (double) SURVEYS, failed[e]));
		}
		return results;
	}

	private static CaptureFrequencies survey(Setting setting, RandomGenerator random, BetaDistribution beta) {
		List<Integer> caught = new ArrayList<>();
		for (int i = 0; i < setting.size(); i++) {
			double p = beta == null ? setting.meanP() : beta.sample();
			int times = 0;
			for (int occasion = 0; occasion < OCCASIONS; occasion++) {
				if (random.nextDouble() < p) {
					times++;
				}
			}
			if (times > 0) {
				caught.add(times);
			}
		}
		return CaptureFrequencies.of(OCCASIONS, caught.stream().mapToInt(Integer::intValue).toArray());
	}

	private static void print(List<Result> results) {
		System.out
			.println("| N | mean p | CV of p | t | method | relative bias | coverage of 95 % interval | no estimate |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
		for (Result r : results) {
			System.out.println(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %d | %s | %+.1f %% | %.1f %% | %d |",
					r.setting().size(), r.setting().meanP(), r.setting().cv(), OCCASIONS, r.method(),
					100 * r.relativeBias(), 100 * r.coverage(), r.failed()));
		}
	}

}
