package org.rosette.sighting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.rosette.leopard.Leopard;
import org.rosette.system.Localized;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what of a sighting the public may see, so that poachers
 * reading the site learn no more than a rough area and a month, and only once the animal
 * has long moved on. Every public surface (pages, JSON, maps, exports) goes through here.
 */
@Component
public class LocationPrivacy {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final BigDecimal FULL_TURN = BigDecimal.valueOf(360);

	private final Clock clock;

	private final PrivacyProperties properties;

	private final ParkArea park;

	LocationPrivacy(Clock clock, PrivacyProperties properties, ParkArea park) {
		this.clock = clock;
		this.properties = properties;
		this.park = park;
	}

	/** Sightings observed before this instant may be public once verified. */
	public Instant publicBefore() {
		return clock.instant().minus(properties.publicDelayDays(), ChronoUnit.DAYS);
	}

	/**
	 * The latest park month that can hold a public sighting: the one the cut-off falls
	 * in. Public queries start their scans there and keep the exact cut-off for that
	 * month, which is public only in part.
	 */
	public YearMonth lastPublicMonth(Instant publicBefore) {
		return month(publicBefore);
	}

	public boolean isPublic(Sighting sighting) {
		return isPublic(sighting.getStatus(), sighting.getObservedAt(), publicBefore());
	}

	/**
	 * A row of a whole-archive read, against the cut-off of that read: public, and placed
	 * on the grid already (a row not yet placed stays out, as it does from the counts).
	 */
	Predicate<PublicRow> shownRows(Instant publicBefore) {
		return (row) -> row.parkMonth() != null && isPublic(row.status(), row.observedAt(), publicBefore);
	}

	private static boolean isPublic(ReviewStatus status, Instant observedAt, Instant publicBefore) {
		return status == ReviewStatus.VERIFIED && observedAt.isBefore(publicBefore);
	}

	public YearMonth month(Instant instant) {
		return YearMonth.from(instant.atZone(park.zone()));
	}

	/** The first instant of a calendar year in the park's own time zone. */
	public Instant startOfYear(int year) {
		return java.time.Year.of(year).atDay(1).atStartOfDay(park.zone()).toInstant();
	}

	public PublicSighting toPublic(Sighting sighting) {
		if (!isPublic(sighting)) {
			throw new IllegalArgumentException("Sighting " + sighting.getId() + " is not public");
		}
		PublicLocation cell = generalise(sighting.getLatitude(), sighting.getLongitude());
		Leopard leopard = sighting.getLeopard();
		return new PublicSighting(sighting.getId(), month(sighting.getObservedAt()).toString(), sighting.getEvidence(),
				leopard == null ? null : leopard.getId(), leopard == null ? null : leopard.getName(), cell.latitude(),
				cell.longitude(), cell.precisionDegrees(), translatedNames(leopard));
	}

	/**
	 * Rows {@link #shownRows shown}, as {@link PublicGrid} placed them with this policy
	 * ({@link #generalise}, {@link #month}) when they were written, for the public. Each
	 * leopard is looked up and named once per converter, however many rows name it.
	 */
	Function<PublicRow, PublicSighting> rowsToPublic(LongFunction<@Nullable Leopard> leopards) {
		double precision = properties.cellDegrees().doubleValue();
		Map<Long, Names> named = new HashMap<>();
		return row -> {
			Long leopardId = row.leopardId();
			Names names = leopardId == null ? Names.NONE : named.computeIfAbsent(leopardId, id -> {
				Leopard leopard = leopards.apply(id);
				return new Names(leopard == null ? null : leopard.getName(), translatedNames(leopard));
			});
			return new PublicSighting(row.id(), PublicGrid.month(row.parkMonth()).toString(), row.evidence(), leopardId,
					names.english(), row.publicLatitude(), row.publicLongitude(), precision, names.translated());
		};
	}

	private record Names(@Nullable String english, Map<String, String> translated) {

		static final Names NONE = new Names(null, Map.of());

	}

	private static Map<String, String> translatedNames(@Nullable Leopard leopard) {
		Map<String, String> names = new HashMap<>();
		if (leopard != null) {
			for (String language : Localized.TRANSLATED) {
				String name = leopard.textIn(language).name();
				if (name != null && !name.isBlank()) {
					names.put(language, name);
				}
			}
		}
		return Map.copyOf(names);
	}

	/**
	 * The centre of the grid cell holding the point:
	 * {@code floor(x / cell) * cell + cell / 2}.
	 */
	public PublicLocation generalise(double latitude, double longitude) {
		BigDecimal cell = properties.cellDegrees();
		BigDecimal lat = cellCentre(latitude, cell);
		BigDecimal top = BigDecimal.valueOf(90);
		if (lat.compareTo(top) > 0) {
			// The pole itself belongs to the last cell below it.
			lat = lat.subtract(cell);
		}
		BigDecimal lon = cellCentre(longitude, cell);
		if (lon.compareTo(BigDecimal.valueOf(180)) > 0) {
			// 180°E and 180°W are one meridian: its cell is the one just east of the
			// antimeridian.
			lon = lon.subtract(FULL_TURN);
		}
		return new PublicLocation(lat.doubleValue(), lon.doubleValue(), cell.doubleValue());
	}

	private static BigDecimal cellCentre(double degrees, BigDecimal cell) {
		// Decimal arithmetic: in binary 43.4 / 0.2 is 216.99999999999997 and would land
		// in the wrong cell.
		BigDecimal index = BigDecimal.valueOf(degrees).divide(cell, 0, RoundingMode.FLOOR);
		return index.multiply(cell).add(cell.multiply(HALF)).stripTrailingZeros();
	}

}
