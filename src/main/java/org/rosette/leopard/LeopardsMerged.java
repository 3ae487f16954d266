package org.rosette.leopard;

/**
 * Published inside the merge's transaction: whatever another module keeps about the
 * merged individual (sightings, incidents) must move to the survivor before the merged
 * entry is deleted, or the merge fails as a whole.
 */
public record LeopardsMerged(long mergedId, long survivorId) {
}
