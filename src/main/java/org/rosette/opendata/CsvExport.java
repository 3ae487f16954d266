package org.rosette.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Sightings as RFC 4180 CSV: UTF-8, CRLF, a header row, quotes only where a value needs
 * them.
 */
@Component
class CsvExport {

	static final String[] HEADER = { "id", "eventDate", "evidence", "leopardId", "leopardCode", "leopardName",
			"individualCount", "latitude", "longitude", "precisionDegrees", "coordinateUncertaintyInMeters" };

	static final int BUFFER = 1 << 16;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

	private final Occurrences occurrences;

	CsvExport(Occurrences occurrences) {
		this.occurrences = occurrences;
	}

	void write(OutputStream out, boolean exact) throws IOException {
		// The printer writes value by value: buffered, each piece is not a trip through
		// the encoder.
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
		try (CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
			occurrences.forEach(exact, o -> print(csv, o));
		}
	}

	private static void print(CSVPrinter csv, Occurrence o) {
		try {
			csv.printRecord(o.id(), o.eventDate(), o.evidence(), o.leopardId(), o.leopardCode(), o.leopardName(),
					o.individualCount(), o.latitude(), o.longitude(), o.precisionDegrees(), o.uncertaintyMetres());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
