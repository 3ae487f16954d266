package org.rosette.sighting;

import java.time.Instant;

/** A leopard's latest sighting time among those a query counted. */
public record LatestSighting(Long leopardId, Instant observedAt) {
}
