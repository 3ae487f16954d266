package org.rosette.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits for uploaded photos. {@code maxMegapixels} guards against small files that
 * decode to huge images (a 15 MB PNG can declare billions of pixels).
 */
@ConfigurationProperties("rosette.photos")
public record PhotoProperties(@DefaultValue("15728640") long maxBytes, @DefaultValue("10") int maxPerSubmission,
		@DefaultValue("1600") int displayMaxPixels, @DefaultValue("320") int thumbnailMaxPixels,
		@DefaultValue("100") int maxMegapixels) {

	// Photos are held in memory as byte arrays, so the limit must fit one.
	private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

	public PhotoProperties {
		if (maxBytes < 1 || maxBytes > LARGEST_ARRAY) {
			throw new IllegalArgumentException("rosette.photos.max-bytes must be between 1 and " + LARGEST_ARRAY);
		}
		if (maxPerSubmission < 1 || displayMaxPixels < 1 || thumbnailMaxPixels < 1 || maxMegapixels < 1) {
			throw new IllegalArgumentException("rosette.photos.* limits must be positive");
		}
	}

	/** The defaults, for code that builds a store without Spring. */
	public static PhotoProperties defaults() {
		return new PhotoProperties(15_728_640, 10, 1600, 320, 100);
	}

	long maxPixels() {
		return maxMegapixels * 1_000_000L;
	}

}
