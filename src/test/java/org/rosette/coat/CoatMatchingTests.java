package org.rosette.coat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The matcher on a small generated catalogue with field distortions (bent flanks, small
 * in the frame, turned, infrared, occluded, blurred, JPEG): the right leopard ranks first
 * for most queries The full evaluation is {@code bench/coat-id-eval}.
 */
class CoatMatchingTests {

	@Test
	void theRightLeopardRanksFirstForMostFieldPhotos() throws Exception {
		var result = CoatIdEvaluation.run(new CoatIdEvaluation.Setup(6, 1, 2, 800, 600, 11L, null));

		assertThat(result.queries()).isEqualTo(12);
		assertThat(result.rank1()).as(result.report()).isGreaterThanOrEqualTo(9);
		assertThat(result.rank5()).as(result.report()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void aPrintSurvivesStorage() {
		CoatPrint print = new CoatReader(200).read(SyntheticCamera.photograph(SyntheticCoat.of(5),
				SyntheticCamera.Shot.catalogue(new java.util.Random(5))));

		CoatPrint again = CoatPrint.fromBytes(print.toBytes());

		assertThat(print.size()).isGreaterThan(50);
		assertThat(again.size()).isEqualTo(print.size());
		assertThat(again.x()).containsExactly(print.x());
		assertThat(again.descriptors()).containsExactly(print.descriptors());
		assertThat(again.width()).isEqualTo(print.width());
	}

}
