package org.rosette.leopard;

import java.time.YearMonth;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The park-time months in which the public last saw leopards, as the privacy rule (in the
 * sighting module) works them out; the catalogue shows each as the leopard's last-seen
 * month. A leopard missing from {@code months} has no sighting the public may see.
 * Published by the module that knows the sightings, so it never changes a {@link Leopard}
 * itself.
 *
 * @param leopardId the one leopard this is about, or null for every leopard
 */
public record PublicLastSeenMonths(@Nullable Long leopardId, Map<Long, YearMonth> months) {

	public static PublicLastSeenMonths of(long leopardId, @Nullable YearMonth month) {
		return new PublicLastSeenMonths(leopardId, month == null ? Map.of() : Map.of(leopardId, month));
	}

	public static PublicLastSeenMonths ofEvery(Map<Long, YearMonth> months) {
		return new PublicLastSeenMonths(null, months);
	}

}
