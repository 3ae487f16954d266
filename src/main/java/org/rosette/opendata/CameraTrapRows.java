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
 * Turns one row of a camera-trap file into an observation of a leopard, or says why not.
 * Rows of other species are not errors (camera traps photograph deer and boar all night);
 * they are skipped with their name.
 */
final class CameraTrapRows {

	private static final int MAX_ID = 100;

	private static final int MAX_COUNT = 20;

	private final Map<String, Long> leopardsByCode;

	private final Clock clock;

	// Column positions looked up once: by name, every value of every row would search the
	// header again.
	private final int observationId;

	private final int deploymentId;

	private final int timestamp;

	private final int latitude;

	private final int longitude;

	private final int scientificName;

	private final int count;

	private final int individualId;

	private final int mediaId;

	private final int fileName;

	CameraTrapRows(Map<String, Integer> header, Map<String, Long> leopardsByCode, Clock clock) {
		this.leopardsByCode = leopardsByCode;
		this.clock = clock;
		Map<String, Integer> columns = new java.util.HashMap<>();
		header.forEach((name, index) -> columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), index));
		this.observationId = column(columns, "observationID");
		this.deploymentId = column(columns, "deploymentID");
		this.timestamp = column(columns, "timestamp");
		this.latitude = column(columns, "latitude");
		this.longitude = column(columns, "longitude");
		this.scientificName = column(columns, "scientificName");
		this.count = column(columns, "count");
		this.individualId = column(columns, "individualID");
		this.mediaId = column(columns, "mediaID");
		this.fileName = column(columns, "fileName");
	}

	private static int column(Map<String, Integer> columns, String name) {
		return columns.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
	}

	/**
	 * The observation, or a problem whose code starts with {@code import.skipped.} for
	 * another species.
	 */
	Result read(CSVRecord row, long line) {
		String id = value(row, observationId);
		if (id == null || id.length() > MAX_ID) {
			return problem(line, "import.row.observationId", MAX_ID);
		}
		String species = value(row, scientificName);
		if (species == null) {
			return problem(line, "import.row.noSpecies");
		}
		if (!isAmurLeopard(species)) {
			return problem(line, "import.skipped.species", species);
		}
		String time = value(row, timestamp);
		Instant observedAt;
		try {
			observedAt = OffsetDateTime.parse(time == null ? "" : time).toInstant();
		}
		catch (DateTimeParseException ex) {
			return problem(line, "import.row.timestamp", String.valueOf(time));
		}
		if (observedAt.isAfter(clock.instant())) {
			return problem(line, "import.row.future", time);
		}
		Double lat = number(row, latitude);
		if (lat == null || Math.abs(lat) > 90) {
			return problem(line, "import.row.latitude", String.valueOf(value(row, latitude)));
		}
		Double lon = number(row, longitude);
		if (lon == null || Math.abs(lon) > 180) {
			return problem(line, "import.row.longitude", String.valueOf(value(row, longitude)));
		}
		Integer animals = 1;
		String countText = value(row, count);
		if (countText != null) {
			animals = parseCount(countText);
			if (animals == null) {
				return problem(line, "import.row.count", countText, MAX_COUNT);
			}
		}
		Long leopardId = null;
		String individual = value(row, individualId);
		if (individual != null) {
			leopardId = leopardsByCode.get(individual.toUpperCase(Locale.ROOT));
			if (leopardId == null) {
				return problem(line, "import.row.individual", individual);
			}
		}
		return new Result(
				new Observation(id, observedAt, lat, lon, leopardId, animals, notes(row), value(row, deploymentId)),
				null);
	}

	private static boolean isAmurLeopard(String species) {
		String name = species.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return name.equals("panthera pardus orientalis") || name.equals("panthera pardus");
	}

	private String notes(CSVRecord row) {
		String media = value(row, mediaId);
		if (media == null) {
			media = value(row, fileName);
		}
		return "Camera trap " + value(row, deploymentId) + (media == null ? "" : ", media " + media) + ", observation "
				+ value(row, observationId);
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

	private static @Nullable Double number(CSVRecord row, int column) {
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

	private static @Nullable String value(CSVRecord row, int column) {
		if (column < 0 || column >= row.size()) {
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
