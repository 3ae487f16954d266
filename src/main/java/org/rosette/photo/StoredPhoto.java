package org.rosette.photo;

/**
 * A photo kept by {@link PhotoStore}.
 *
 * @param key the random identifier to keep with the sighting or incident and to fetch the
 * files with
 * @param originalName the name the photo was sent with, without any folders or control
 * characters, at most 255 characters: for showing, never for the file system
 * @param contentType {@code image/jpeg} or {@code image/png}, the type of the original
 * @param sizeBytes the size of the original
 * @param metadata what the photo is and what its camera recorded
 */
public record StoredPhoto(String key, String originalName, String contentType, long sizeBytes, PhotoMetadata metadata) {
}
