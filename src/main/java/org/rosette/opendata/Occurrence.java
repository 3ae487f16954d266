package org.rosette.opendata;

import org.jspecify.annotations.Nullable;
import org.rosette.sighting.Evidence;

/**
 * One row of an export, whichever format: either the public view of a sighting (month,
 * cell centre) or, for staff, the exact one (instant, point). {@code generalised} says
 * which, so the metadata can say what was withheld.
 */
record Occurrence(long id, String eventDate, Evidence evidence, @Nullable Long leopardId, @Nullable String leopardCode,
		@Nullable String leopardName, @Nullable Integer individualCount, double latitude, double longitude,
		@Nullable Double precisionDegrees, boolean generalised) {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	/**
	 * How far the true point may lie from the published one: for a grid cell, the
	 * distance from its centre to its farthest corner (the corners on the equator side,
	 * where degrees of longitude are longest), rounded up.
	 */
	@Nullable Integer uncertaintyMetres() {
		if (precisionDegrees == null) {
			return null;
		}
		double half = precisionDegrees / 2;
		double towardsEquator = latitude >= 0 ? latitude - half : latitude + half;
		return (int) Math.ceil(distance(latitude, longitude, towardsEquator, longitude + half));
	}

	private static double distance(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
	}

}
