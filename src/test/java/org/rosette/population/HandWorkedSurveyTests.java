package org.rosette.population;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Six leopards on five occasions, worked by hand:
 *
 * <pre>
 * A 1 1 0 0 0   caught 2 times
 * B 1 0 0 0 0   1
 * C 0 1 0 1 0   2
 * D 0 0 1 0 0   1
 * E 1 1 1 0 1   4
 * F 0 0 0 0 1   1
 * </pre>
 *
 * t = 5, M = 6, n = 11 captures, f1 = 3, f2 = 2, f3 = 0, f4 = 1, f5 = 0.
 */
class HandWorkedSurveyTests {

	private static final CaptureHistory HISTORY = new CaptureHistory(
			new SurveyWindow(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-05"), 1, null),
			List.of(row("A", 0, 1), row("B", 0), row("C", 1, 3), row("D", 2), row("E", 0, 1, 2, 4), row("F", 4)));

	private static final CaptureFrequencies F = HISTORY.frequencies();

	@Test
	void frequenciesCountIndividualsByTimesCaught() {
		assertThat(F.counts()).containsExactly(3, 2, 0, 1, 0);
		assertThat(F.individuals()).isEqualTo(6);
		assertThat(F.captures()).isEqualTo(11);
	}

	/**
	 * N = 6 + 3 · 4/5 = 8.4; var = f1 (t−1)(2t−1)/t² = 3 · 4 · 9/25 = 4.32; T = 2.4, C =
	 * exp(1.96 √ln(1 + 4.32/5.76)) = exp(1.96 √ln 1.75) = 4.3327: [6 + 2.4/C, 6 + 2.4·C]
	 * = [6.554, 16.399].
	 */
	@Test
	void firstOrderJackknife() {
		Estimate j = new FirstOrderJackknife().estimate(F);
		assertThat(j.estimate()).isCloseTo(8.4, within(1e-12));
		double c = Math.exp(LogNormalInterval.Z95 * Math.sqrt(Math.log(1.75)));
		assertThat(c).isCloseTo(4.3327, within(1e-4));
		assertThat(j.lower()).isCloseTo(6.5539, within(1e-4));
		assertThat(j.upper()).isCloseTo(16.3986, within(1e-4));
	}

	/**
	 * N = 6 + 3²/(2·2) = 8.25; r = f1/f2 = 1.5, var = 2 (1.5⁴/4 + 1.5³ + 1.5²/2) = 2
	 * (1.265625 + 3.375 + 1.125) = 11.53125; T = 2.25: [6.2659, 25.0383].
	 */
	@Test
	void chaosLowerBound() {
		Estimate chao = new ChaoLowerBound().estimate(F);
		assertThat(chao.estimate()).isCloseTo(8.25, within(1e-12));
		assertThat(chao.lower()).isCloseTo(6.2659, within(1e-4));
		assertThat(chao.upper()).isCloseTo(25.0383, within(1e-4));
	}

	/**
	 * With nobody caught twice, f1 = 3, f2 = 0, M = 4 (one caught three times): the
	 * bias-corrected form, N = 4 + 3·2/2 = 7, var = 3 + 3·25/4 − 81/28 = 18.857.
	 */
	@Test
	void chaoWithoutDoublesUsesTheBiasCorrectedForm() {
		Estimate chao = new ChaoLowerBound().estimate(new CaptureFrequencies(5, new int[] { 3, 0, 1, 0, 0 }));
		assertThat(chao.estimate()).isCloseTo(7.0, within(1e-12));
		double c = Math.exp(LogNormalInterval.Z95 * Math.sqrt(Math.log(1 + (3 + 75 / 4.0 - 81 / 28.0) / 9)));
		assertThat(chao.lower()).isCloseTo(4 + 3 / c, within(1e-9)).isGreaterThanOrEqualTo(4);
		assertThat(chao.upper()).isCloseTo(4 + 3 * c, within(1e-9));
	}

	/**
	 * The M0 likelihood, maximised by hand (golden section on ℓ(N) = ln Γ(N+1) − ln
	 * Γ(N−5) + 11 ln(11/5N) + (5N − 11) ln(1 − 11/5N)), peaks at N = 6.2012; 2 (ℓ(N̂) −
	 * ℓ(6)) is below 3.84, so the interval starts at M = 6, and it ends where the
	 * deviance reaches 3.84, at 11.6254.
	 */
	@Test
	void m0ByMaximumLikelihood() {
		Estimate m0 = new ModelM0().estimate(F);
		assertThat(m0.estimate()).isCloseTo(6.2012, within(1e-4));
		assertThat(m0.lower()).isEqualTo(6.0);
		assertThat(m0.upper()).isCloseTo(11.6254, within(1e-3));
		double score = Gamma.digamma(m0.estimate() + 1) - Gamma.digamma(m0.estimate() - 5)
				+ 5 * Math.log(1 - 11 / (5 * m0.estimate()));
		assertThat(score).isCloseTo(0, within(1e-6));
	}

	@Test
	void m0HasNoEstimateWithoutRecaptures() {
		assertThat(new ModelM0().estimate(new CaptureFrequencies(5, new int[] { 4, 0, 0, 0, 0 })).available())
			.isFalse();
	}

	@Test
	void noIntervalReachesBelowTheAnimalsSeen() {
		for (PopulationEstimator estimator : List.of(new ModelM0(), new FirstOrderJackknife(), new ChaoLowerBound())) {
			Estimate e = estimator.estimate(F);
			assertThat(e.lower()).as(e.method()).isGreaterThanOrEqualTo(6);
			assertThat(e.estimate()).as(e.method()).isGreaterThanOrEqualTo(6);
		}
	}

	private static CaptureHistory.Row row(String code, int... occasions) {
		BitSet caught = new BitSet();
		for (int o : occasions) {
			caught.set(o);
		}
		return new CaptureHistory.Row(code.hashCode(), code, code, caught);
	}

}
