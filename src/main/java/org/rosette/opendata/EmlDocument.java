package org.rosette.opendata;

import java.time.Clock;
import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.rosette.system.ParkArea;
import org.springframework.stereotype.Component;

/**
 * The dataset's description in EML 2.1.1 (GBIF profile): who publishes it, under which
 * licence, where, and what.
 */
@Component
class EmlDocument {

	static final String LICENCE_URL = "http://creativecommons.org/licenses/by/4.0/legalcode";

	private static final String EML = "eml://ecoinformatics.org/eml-2.1.1";

	private final OpenDataProperties properties;

	private final ParkArea park;

	private final Clock clock;

	EmlDocument(OpenDataProperties properties, ParkArea park, Clock clock) {
		this.properties = properties;
		this.park = park;
		this.clock = clock;
	}

	void write(XMLStreamWriter xml, boolean exact, int delayDays) throws XMLStreamException {
		xml.writeStartElement("eml", "eml", EML);
		xml.writeNamespace("eml", EML);
		xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
		xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
				EML + " http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd");
		xml.writeAttribute("packageId", exact ? "rosette-sightings-exact" : "rosette-sightings");
		xml.writeAttribute("system", "http://gbif.org");
		xml.writeAttribute("scope", "system");
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
		xml.writeStartElement("dataset");
		element(xml, "title", "Amur leopard sightings in the " + park.name()
				+ (exact ? " (exact, for park staff only)" : " (generalised)"));
		organisation(xml, "creator");
		organisation(xml, "metadataProvider");
		element(xml, "pubDate", LocalDate.now(clock).toString());
		element(xml, "language", "en");
		xml.writeStartElement("abstract");
		element(xml, "para", abstractText(exact, delayDays));
		xml.writeEndElement();
		licence(xml);
		coverage(xml);
		organisation(xml, "contact");
		organisation(xml, "publisher");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private String abstractText(boolean exact, int delayDays) {
		String what = "Verified sightings of individually known Amur leopards (Panthera pardus orientalis) from camera "
				+ "traps, tracks and other signs, recorded by the rangers of the " + park.name() + ". ";
		if (exact) {
			return what + "This copy holds exact places and times and must not be published.";
		}
		return what + "To keep the animals safe from poachers, each sighting is placed at the centre of a 0.2-degree "
				+ "grid cell, dated only by month, and published no sooner than " + delayDays
				+ " days after it was made.";
	}

	private void organisation(XMLStreamWriter xml, String role) throws XMLStreamException {
		xml.writeStartElement(role);
		element(xml, "organizationName", properties.publisher());
		if (!properties.contactEmail().isBlank()) {
			element(xml, "electronicMailAddress", properties.contactEmail());
		}
		xml.writeEndElement();
	}

	private static void licence(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement("intellectualRights");
		xml.writeStartElement("para");
		xml.writeCharacters("This work is licensed under a ");
		xml.writeStartElement("ulink");
		xml.writeAttribute("url", LICENCE_URL);
		element(xml, "citetitle", "Creative Commons Attribution (CC-BY) 4.0 License");
		xml.writeEndElement();
		xml.writeCharacters(".");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void coverage(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement("coverage");
		xml.writeStartElement("geographicCoverage");
		element(xml, "geographicDescription", park.name() + ", Primorsky Krai, Russia");
		xml.writeStartElement("boundingCoordinates");
		element(xml, "westBoundingCoordinate", String.valueOf(park.minLongitude()));
		element(xml, "eastBoundingCoordinate", String.valueOf(park.maxLongitude()));
		element(xml, "northBoundingCoordinate", String.valueOf(park.maxLatitude()));
		element(xml, "southBoundingCoordinate", String.valueOf(park.minLatitude()));
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeStartElement("taxonomicCoverage");
		xml.writeStartElement("taxonomicClassification");
		element(xml, "taxonRankName", "subspecies");
		element(xml, "taxonRankValue", "Panthera pardus orientalis");
		element(xml, "commonName", "Amur leopard");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
