package org.rosette.photo;

/**
 * Where a camera says a photo was taken, in signed decimal degrees (WGS 84): north and
 * east are positive.
 */
public record GpsPosition(double latitude, double longitude) {

	public GpsPosition {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Not a position on Earth: " + latitude + ", " + longitude);
		}
	}

}
