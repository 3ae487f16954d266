package org.rosette.sighting;

/**
 * The centre of the grid cell that holds a sighting: all the public ever learns of where
 * it was.
 */
public record PublicLocation(double latitude, double longitude, double precisionDegrees) {
}
