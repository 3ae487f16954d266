package org.rosette.sighting;

import java.time.YearMonth;

/** How many public sightings a month holds, in the park's time zone. */
public record MonthCount(YearMonth month, long count) {
}
