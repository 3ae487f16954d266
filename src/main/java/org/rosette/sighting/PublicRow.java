package org.rosette.sighting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a sighting the public may see, with its cell and park month as
 * {@link PublicGrid} stored them (none yet for a row not placed), and what decides
 * whether it is public: what an export of the whole archive reads instead of loading each
 * sighting.
 */
record PublicRow(long id, ReviewStatus status, Instant observedAt, @Nullable Integer parkMonth, Evidence evidence,
		@Nullable Long leopardId, @Nullable Double publicLatitude, @Nullable Double publicLongitude) {
}
