package org.rosette.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A Darwin Core Archive as GBIF's IPT and validator read it: {@code occurrence.txt}
 * (tab-separated, a header line), {@code meta.xml} mapping every column to its term, and
 * {@code eml.xml} describing the dataset. The rows stream straight into the zip.
 */
@Component
class DarwinCoreArchive {

	private static final DarwinCoreTerm[] TERMS = DarwinCoreTerm.values();

	private static final Pattern TABS_AND_LINE_BREAKS = Pattern.compile("[\t\r\n]");

	// No quotes at all: DwC-A readers split on tabs, so tabs and line breaks inside
	// values become spaces instead.
	private static final CSVFormat TAB_SEPARATED = CSVFormat.Builder.create()
		.setDelimiter('\t')
		.setQuote(null)
		.setRecordSeparator("\n")
		.get();

	private final Occurrences occurrences;

	private final EmlDocument eml;

	DarwinCoreArchive(Occurrences occurrences, EmlDocument eml) {
		this.occurrences = occurrences;
		this.eml = eml;
	}

	void write(OutputStream out, boolean exact) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry("occurrence.txt"));
		writeOccurrences(zip, exact);
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry("meta.xml"));
		writeXml(zip, DarwinCoreArchive::meta);
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry("eml.xml"));
		writeXml(zip, xml -> eml.write(xml, exact, occurrences.publicDelayDays()));
		zip.closeEntry();
		zip.finish();
	}

	private void writeOccurrences(OutputStream zip, boolean exact) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), CsvExport.BUFFER);
		CSVPrinter tsv = new CSVPrinter(writer, TAB_SEPARATED);
		for (DarwinCoreTerm term : TERMS) {
			tsv.print(term.termName());
		}
		tsv.println();
		String generalisations = exact ? "" : generalisations();
		String withheld = exact ? "Field notes withheld."
				: "Exact location, exact time and field notes withheld to protect the animals from poaching.";
		occurrences.forEach(exact, o -> {
			List<String> row = new ArrayList<>(TERMS.length);
			for (DarwinCoreTerm term : TERMS) {
				Object value = switch (term) {
					case DATA_GENERALIZATIONS -> generalisations;
					case INFORMATION_WITHHELD -> withheld;
					default -> term.valueOf(o);
				};
				row.add(value == null ? "" : TABS_AND_LINE_BREAKS.matcher(value.toString()).replaceAll(" "));
			}
			try {
				tsv.printRecord(row);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		// Flushed, not closed: closing would close the zip too.
		tsv.flush();
	}

	private String generalisations() {
		return "Coordinates moved to the centre of a " + occurrences.cellDegrees() + "° × " + occurrences.cellDegrees()
				+ "° grid cell; date reduced to the month; published only once verified and after "
				+ occurrences.publicDelayDays() + " days.";
	}

	private static void meta(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement("archive");
		xml.writeDefaultNamespace("http://rs.tdwg.org/dwc/text/");
		xml.writeAttribute("metadata", "eml.xml");
		xml.writeStartElement("core");
		xml.writeAttribute("encoding", "UTF-8");
		xml.writeAttribute("fieldsTerminatedBy", "\\t");
		xml.writeAttribute("linesTerminatedBy", "\\n");
		xml.writeAttribute("fieldsEnclosedBy", "");
		xml.writeAttribute("ignoreHeaderLines", "1");
		xml.writeAttribute("rowType", DarwinCoreTerm.NAMESPACE + "Occurrence");
		xml.writeStartElement("files");
		xml.writeStartElement("location");
		xml.writeCharacters("occurrence.txt");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEmptyElement("id");
		xml.writeAttribute("index", "0");
		for (DarwinCoreTerm term : TERMS) {
			xml.writeEmptyElement("field");
			xml.writeAttribute("index", String.valueOf(term.ordinal()));
			xml.writeAttribute("term", term.uri());
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void writeXml(OutputStream zip, XmlBody body) throws IOException {
		try {
			XMLStreamWriter xml = javax.xml.stream.XMLOutputFactory.newFactory()
				.createXMLStreamWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	@FunctionalInterface
	interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
