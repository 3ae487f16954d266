package org.rosette.opendata;

import java.util.function.Function;

import org.rosette.sighting.Evidence;

/**
 * The columns of {@code occurrence.txt}, in order, each with its Darwin Core term and how
 * to fill it. {@code meta.xml} is written from this same list, so a column can never go
 * unmapped.
 */
enum DarwinCoreTerm {

	OCCURRENCE_ID("occurrenceID", o -> "urn:rosette:sighting:" + o.id()),
	BASIS_OF_RECORD("basisOfRecord",
			o -> o.evidence() == Evidence.CAMERA_TRAP ? "MachineObservation" : "HumanObservation"),
	EVENT_DATE("eventDate", Occurrence::eventDate),
	SCIENTIFIC_NAME("scientificName", o -> "Panthera pardus orientalis"), TAXON_RANK("taxonRank", o -> "subspecies"),
	KINGDOM("kingdom", o -> "Animalia"), PHYLUM("phylum", o -> "Chordata"), CLASS("class", o -> "Mammalia"),
	ORDER("order", o -> "Carnivora"), FAMILY("family", o -> "Felidae"), GENUS("genus", o -> "Panthera"),
	VERNACULAR_NAME("vernacularName", o -> "Amur leopard"), ORGANISM_ID("organismID", Occurrence::leopardCode),
	ORGANISM_NAME("organismName", Occurrence::leopardName),
	INDIVIDUAL_COUNT("individualCount", Occurrence::individualCount),
	DECIMAL_LATITUDE("decimalLatitude", Occurrence::latitude),
	DECIMAL_LONGITUDE("decimalLongitude", Occurrence::longitude),
	COORDINATE_UNCERTAINTY("coordinateUncertaintyInMeters", Occurrence::uncertaintyMetres),
	GEODETIC_DATUM("geodeticDatum", o -> "WGS84"),
	// The park lies wholly in Russia; leopards crossing into China are recorded by the
	// Chinese side.
	COUNTRY_CODE("countryCode", o -> "RU"), OCCURRENCE_STATUS("occurrenceStatus", o -> "present"),
	DATA_GENERALIZATIONS("dataGeneralizations", null), INFORMATION_WITHHELD("informationWithheld", null);

	static final String NAMESPACE = "http://rs.tdwg.org/dwc/terms/";

	private final String name;

	private final Function<Occurrence, Object> value;

	DarwinCoreTerm(String name, Function<Occurrence, Object> value) {
		this.name = name;
		this.value = value;
	}

	String termName() {
		return name;
	}

	String uri() {
		return NAMESPACE + name;
	}

	/**
	 * The column's value, or {@code null} for the two that depend on the archive's notes
	 * rather than the row.
	 */
	Object valueOf(Occurrence occurrence) {
		return value == null ? null : value.apply(occurrence);
	}

}
