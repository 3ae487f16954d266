package org.rosette.sighting;

/**
 * A sighting joined or left the review queue (reported, withdrawn, verified or rejected):
 * whatever counts the queue counts again.
 */
public record ReviewQueueChanged() {
}
