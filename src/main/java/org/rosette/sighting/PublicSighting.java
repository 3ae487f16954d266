package org.rosette.sighting;

/**
 * A sighting as anyone who is not a ranger or admin may see it: verified, old enough,
 * month and grid cell only. Built only by {@link LocationPrivacy}.
 */
public record PublicSighting(long id, String observedMonth, Evidence evidence, Long leopardId, String leopardName,
		double latitude, double longitude, double precisionDegrees) {
}
