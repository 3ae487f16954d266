package org.rosette.sighting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a public sighting as {@link PublicGrid} stored them (its cell and park
 * month): what an export of the whole archive reads instead of loading each sighting.
 */
record PublicRow(long id, Instant observedAt, int parkMonth, Evidence evidence, @Nullable Long leopardId,
		double publicLatitude, double publicLongitude) {
}
