package org.rosette.opendata;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.io.input.BOMInputStream;

/**
 * What a camera-trap file must look like before any row is read: not empty, UTF-8 text,
 * comma-separated, and with the columns of Camtrap DP observations joined with their
 * deployments. Checked up front so that the admin hears at once, not after a background
 * job has started.
 */
final class CameraTrapFile {

	static final List<String> REQUIRED = List.of("observationID", "deploymentID", "timestamp", "latitude", "longitude",
			"scientificName");

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreHeaderCase(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.setAllowMissingColumnNames(true)
		.get();

	private static final int SNIFF_BYTES = 64 * 1024;

	private CameraTrapFile() {
	}

	static void check(Path file) throws IOException, ImportRefusedException {
		if (Files.size(file) == 0) {
			throw new ImportRefusedException("import.refused.empty");
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		if (!looksLikeText(head)) {
			throw new ImportRefusedException("import.refused.notText");
		}
		String headerLine;
		try (BufferedReader reader = new BufferedReader(open(new ByteArrayInputStream(head)))) {
			headerLine = Objects.requireNonNullElse(reader.readLine(), "");
		}
		if (headerLine.isBlank()) {
			throw new ImportRefusedException("import.refused.noHeader");
		}
		if (!headerLine.contains(",")) {
			for (String other : List.of(";", "\t", "|")) {
				if (headerLine.contains(other)) {
					throw new ImportRefusedException("import.refused.delimiter", other.equals("\t") ? "TAB" : other);
				}
			}
		}
		Set<String> present = columns(headerLine);
		Set<String> missing = new TreeSet<>();
		for (String column : REQUIRED) {
			if (!present.contains(column.toLowerCase(Locale.ROOT))) {
				missing.add(column);
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportRefusedException("import.refused.missingColumns", String.join(", ", missing));
		}
	}

	/**
	 * A reader over the file as text, past any byte-order mark a spreadsheet may have
	 * written.
	 */
	static Reader open(InputStream in) throws IOException {
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
	}

	/** The header's column names, read as the import will read them, in lower case. */
	private static Set<String> columns(String headerLine) throws IOException, ImportRefusedException {
		try (CSVParser header = FORMAT.parse(new StringReader(headerLine))) {
			return header.getHeaderNames()
				.stream()
				.map(name -> name.toLowerCase(Locale.ROOT))
				.collect(Collectors.toSet());
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			// An unclosed quote or a header the parser cannot take apart.
			throw new ImportRefusedException("import.refused.noHeader");
		}
	}

	/**
	 * UTF-8 without NUL bytes; a multi-byte character cut off at the end of the sample
	 * does not count against it.
	 */
	private static boolean looksLikeText(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(head.length);
		return !decoder.decode(ByteBuffer.wrap(head), out, false).isError();
	}

}
