package org.rosette.opendata;

import java.io.OutputStream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sightings as an RFC 7946 FeatureCollection of points, written token by token so that no
 * list of features is ever held in memory. Positions are {@code [longitude, latitude]} in
 * WGS84, as the RFC requires.
 */
@Component
class GeoJsonExport {

	private static final JsonFactory JSON = new JsonFactory();

	private final Occurrences occurrences;

	GeoJsonExport(Occurrences occurrences) {
		this.occurrences = occurrences;
	}

	void write(OutputStream out, boolean exact) {
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			occurrences.forEach(exact, o -> feature(json, o));
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static void feature(JsonGenerator json, Occurrence o) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeNumberProperty("id", o.id());
		json.writeName("geometry");
		json.writeStartObject();
		json.writeStringProperty("type", "Point");
		json.writeName("coordinates");
		json.writeStartArray();
		json.writeNumber(o.longitude());
		json.writeNumber(o.latitude());
		json.writeEndArray();
		json.writeEndObject();
		json.writeName("properties");
		json.writeStartObject();
		json.writeStringProperty("eventDate", o.eventDate());
		json.writeStringProperty("evidence", o.evidence().name());
		number(json, "leopardId", o.leopardId());
		json.writeStringProperty("leopardCode", o.leopardCode());
		json.writeStringProperty("leopardName", o.leopardName());
		number(json, "individualCount", o.individualCount());
		if (o.precisionDegrees() != null) {
			json.writeNumberProperty("precisionDegrees", o.precisionDegrees());
		}
		else {
			json.writeNullProperty("precisionDegrees");
		}
		number(json, "coordinateUncertaintyInMeters", o.uncertaintyMetres());
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void number(JsonGenerator json, String name, @Nullable Number value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value.longValue());
		}
	}

}
