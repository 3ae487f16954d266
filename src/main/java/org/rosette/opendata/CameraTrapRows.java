package org.rosette.opendata;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.rosette.sighting.ImportedSightings.Observation;

/**
 * Turns one row of a camera-trap file into an observation of a leopard, or says why not. Rows of other species are
 * not errors (camera traps photograph deer and boar all night); they are skipped with their name.
 */
final class CameraTrapRows {

	private static final int MAX_ID = 100;

	private static final int MAX_COUNT = 20;

	private final Map<String, Long> leopardsByCode;

	private final Clock clock;

	CameraTrapRows(Map<String, Long> leopardsByCode, Clock clock) {
		this.leopardsByCode = leopardsByCode;
		this.clock = clock;
	}

	/** The observation, or a problem whose code starts with {@code import.skipped.} for another species. */
	Result read(CSVRecord row, long line) {
		String observationId = value(row, "observationID");
		if (observationId == null || observationId.length() > MAX_ID) {
			return problem(line, "import.row.observationId", MAX_ID);
		}
		String species = value(row, "scientificName");
		if (species == null) {
			return problem(line, "import.row.noSpecies");
		}
		if (!isAmurLeopard(species)) {
			return problem(line, "import.skipped.species", species);
		}
		String timestamp = value(row, "timestamp");
		Instant observedAt;
		try {
			observedAt = OffsetDateTime.parse(timestamp == null ? "" : timestamp).toInstant();
		}
		catch (DateTimeParseException ex) {
			return problem(line, "import.row.timestamp", String.valueOf(timestamp));
		}
		if (observedAt.isAfter(clock.instant())) {
			return problem(line, "import.row.future", timestamp);
		}
		Double latitude = number(row, "latitude");
		if (latitude == null || Math.abs(latitude) > 90) {
			return problem(line, "import.row.latitude", String.valueOf(value(row, "latitude")));
		}
		Double longitude = number(row, "longitude");
		if (longitude == null || Math.abs(longitude) > 180) {
			return problem(line, "import.row.longitude", String.valueOf(value(row, "longitude")));
		}
		Integer count = 1;
		String countText = value(row, "count");
		if (countText != null) {
			count = parseCount(countText);
			if (count == null) {
				return problem(line, "import.row.count", countText, MAX_COUNT);
			}
		}
		Long leopardId = null;
		String individual = value(row, "individualID");
		if (individual != null) {
			leopardId = leopardsByCode.get(individual.toUpperCase(Locale.ROOT));
			if (leopardId == null) {
				return problem(line, "import.row.individual", individual);
			}
		}
		return new Result(new Observation(observationId, observedAt, latitude, longitude, leopardId, count,
				notes(row)), null);
	}

	private static boolean isAmurLeopard(String species) {
		String name = species.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return name.equals("panthera pardus orientalis") || name.equals("panthera pardus");
	}

	private static String notes(CSVRecord row) {
		String media = value(row, "mediaID");
		if (media == null) {
			media = value(row, "fileName");
		}
		return "Camera trap " + value(row, "deploymentID") + (media == null ? "" : ", media " + media)
				+ ", observation " + value(row, "observationID");
	}

	private static @Nullable Integer parseCount(String text) {
		try {
			int count = Integer.parseInt(text);
			return count >= 1 && count <= MAX_COUNT ? count : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Double number(CSVRecord row, String column) {
		String text = value(row, column);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Result problem(long line, String code, Object... arguments) {
		return new Result(null, new ImportProblem(line, code, arguments));
	}

	/** Either an observation or a problem. */
	record Result(@Nullable Observation observation, @Nullable ImportProblem problem) {

		boolean skipped() {
			return problem != null && problem.code().startsWith("import.skipped.");
		}

	}

}
