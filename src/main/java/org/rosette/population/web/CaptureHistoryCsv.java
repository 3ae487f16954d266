package org.rosette.population.web;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rosette.population.CaptureHistory;

/**
 * The capture-history matrix as CSV: {@code code, name} and one column per occasion
 * headed by the day it starts, 1 where the individual was caught.
 */
final class CaptureHistoryCsv {

	private CaptureHistoryCsv() {
	}

	static void write(CaptureHistory history, Writer out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
		List<String> header = new ArrayList<>(List.of("code", "name"));
		for (int i = 0; i < history.occasions(); i++) {
			header.add(history.window().occasionStart(i).toString());
		}
		csv.printRecord(header);
		for (CaptureHistory.Row row : history.rows()) {
			List<String> record = new ArrayList<>(List.of(row.code(), row.name()));
			for (int i = 0; i < history.occasions(); i++) {
				record.add(row.caughtOn(i) ? "1" : "0");
			}
			csv.printRecord(record);
		}
		csv.flush();
	}

}
