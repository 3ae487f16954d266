package org.rosette.sighting;

import java.time.Instant;

/**
 * Where and when, nothing more: the raw material of the public grid, never shown as it
 * is.
 */
record SightingPoint(double latitude, double longitude, Instant observedAt) {
}
