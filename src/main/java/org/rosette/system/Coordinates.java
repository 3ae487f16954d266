package org.rosette.system;

import org.jspecify.annotations.Nullable;

/** A point on the earth in WGS84 decimal degrees. */
public record Coordinates(double latitude, double longitude) {

	public Coordinates {
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("Not a place on earth: " + latitude + ", " + longitude);
		}
	}

	/**
	 * The point a report gives, or none while either half is missing or off the earth.
	 */
	public static @Nullable Coordinates ofNullable(@Nullable Double latitude, @Nullable Double longitude) {
		if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			return null;
		}
		return new Coordinates(latitude, longitude);
	}

}
