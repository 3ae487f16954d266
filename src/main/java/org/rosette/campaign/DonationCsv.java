package org.rosette.campaign;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads gifts from a CSV file with the header {@code amount,date,donor,channel,note}:
 * amounts with a dot and at most two decimals, ISO dates, channel names as in
 * {@link DonationChannel}. Every line is read before anything is decided, so the admin
 * sees all problems at once, each with its line number.
 */
final class DonationCsv {

	static final List<String> COLUMNS = List.of("amount", "date", "donor", "channel", "note");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private DonationCsv() {
	}

	static Result read(Reader csv, LocalDate today) {
		List<DonationDetails> gifts = new ArrayList<>();
		List<DonationImportException.LineProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames()
				.stream()
				.map(h -> h.strip().toLowerCase(Locale.ROOT))
				.toList();
			if (!header.containsAll(COLUMNS.subList(0, 4))) {
				problems.add(new DonationImportException.LineProblem(1, "admin.donations.csv.header",
						String.join(",", COLUMNS)));
				return new Result(gifts, problems);
			}
			for (CSVRecord record : parser) {
				// line numbers as a spreadsheet shows them: the header is line 1
				long line = record.getRecordNumber() + 1;
				read(record, line, today, gifts, problems);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			problems.add(new DonationImportException.LineProblem(0, "admin.donations.csv.unreadable", ""));
		}
		if (gifts.isEmpty() && problems.isEmpty()) {
			problems.add(new DonationImportException.LineProblem(0, "admin.donations.csv.empty", ""));
		}
		return new Result(gifts, problems);
	}

	private static void read(CSVRecord record, long line, LocalDate today, List<DonationDetails> gifts,
			List<DonationImportException.LineProblem> problems) {
		int before = problems.size();
		BigDecimal amount = null;
		try {
			amount = new BigDecimal(value(record, "amount"));
			if (!Money.isPositiveToTheCent(amount)) {
				problems.add(new DonationImportException.LineProblem(line, "admin.donations.csv.amount",
						value(record, "amount")));
			}
		}
		catch (NumberFormatException ex) {
			problems.add(new DonationImportException.LineProblem(line, "admin.donations.csv.amount",
					value(record, "amount")));
		}
		LocalDate date = null;
		try {
			date = LocalDate.parse(value(record, "date"));
			if (date.isAfter(today)) {
				problems.add(new DonationImportException.LineProblem(line, "admin.donations.csv.future",
						value(record, "date")));
			}
		}
		catch (DateTimeParseException ex) {
			problems
				.add(new DonationImportException.LineProblem(line, "admin.donations.csv.date", value(record, "date")));
		}
		DonationChannel channel = null;
		try {
			channel = DonationChannel.valueOf(value(record, "channel").toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new DonationImportException.LineProblem(line, "admin.donations.csv.channel",
					value(record, "channel")));
		}
		String donor = value(record, "donor");
		String note = value(record, "note");
		if (donor.length() > 120 || note.length() > 1000) {
			problems.add(new DonationImportException.LineProblem(line, "admin.donations.csv.tooLong", ""));
		}
		if (problems.size() == before) {
			gifts.add(new DonationDetails(amount, date, donor.isEmpty() ? null : donor, channel,
					note.isEmpty() ? null : note));
		}
	}

	private static String value(CSVRecord record, String column) {
		return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
	}

	record Result(List<DonationDetails> gifts, List<DonationImportException.LineProblem> problems) {
	}

}
