package org.rosette.sighting;

/** How many public sightings a year holds. */
public record YearCount(int year, long count) {
}
