package org.rosette.sighting;

/** One square of the public grid with how many public sightings fall in it. */
public record PublicCell(double latitude, double longitude, double precisionDegrees, long count) {
}
