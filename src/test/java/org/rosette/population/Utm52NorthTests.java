package org.rosette.population;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Against reference values worked out apart from proj4j, with Krüger's series for the
 * transverse Mercator projection to the sixth order in n (Karney 2011, accurate to well
 * under a millimetre here) on the WGS84 ellipsoid, zone 52: central meridian 129° E,
 * scale 0.9996, false easting 500 km.
 */
class Utm52NorthTests {

	private final Utm52North grid = new Utm52North();

	@Test
	void aPointOnTheCentralMeridianLiesOnTheFalseEasting() {
		Utm52North.Metres metres = grid.project(43.0, 129.0);

		assertThat(metres.x()).isCloseTo(500_000.0, within(0.01));
		assertThat(metres.y()).isCloseTo(4_760_814.796, within(1.0));
	}

	@Test
	void aCameraInTheParkLandsWhereTheFormulasPutIt() {
		// the camera of the import example, dep-kedrovaya-07
		Utm52North.Metres metres = grid.project(43.10412, 131.52231);

		assertThat(metres.x()).isCloseTo(705_246.340, within(1.0));
		assertThat(metres.y()).isCloseTo(4_775_465.378, within(1.0));
	}

}
