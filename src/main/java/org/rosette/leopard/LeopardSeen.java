package org.rosette.leopard;

import java.time.LocalDate;

/**
 * An individual was confirmed seen on a day (a verified sighting named it). Other modules
 * publish it; the catalogue keeps the last day each animal was seen.
 */
public record LeopardSeen(long leopardId, LocalDate day) {
}
