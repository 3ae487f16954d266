package org.rosette.photo;

import java.util.Optional;

/**
 * What a photo is and what its camera recorded.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}, from the file's first bytes
 * @param width pixels across, as the photo is meant to be seen (after any EXIF rotation)
 * @param height pixels down, likewise
 * @param captured when the camera says it was taken, if it says
 * @param position where the camera says it was taken, if it says
 */
public record PhotoMetadata(String contentType, int width, int height, Optional<CaptureTime> captured,
		Optional<GpsPosition> position) {
}
