package org.rosette.opendata.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosette.account.AccountRepository;
import org.rosette.leopard.LeopardRepository;
import org.rosette.opendata.ExportFixtures;
import org.rosette.sighting.SightingRepository;
import org.rosette.audit.AuditEntry;
import org.rosette.audit.AuditFilter;
import org.rosette.audit.AuditTrail;
import org.rosette.system.ParkArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each export read back with an ordinary parser: anonymous callers find only public
 * sightings, only at cell centres and only by month; staff asking for exact data get it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportTests {

	private static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.get();

	private static final BigDecimal CELL = new BigDecimal("0.2");

	private static final Set<String> REQUIRED_TERMS = Set.of("occurrenceID", "basisOfRecord", "eventDate",
			"scientificName", "taxonRank", "kingdom", "organismID", "individualCount", "decimalLatitude",
			"decimalLongitude", "coordinateUncertaintyInMeters", "geodeticDatum", "countryCode", "occurrenceStatus",
			"dataGeneralizations", "informationWithheld");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LeopardRepository leopards;

	@Autowired
	private SightingRepository sightings;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private AuditTrail trail;

	@Autowired
	private ParkArea park;

	private ExportFixtures data;

	@BeforeEach
	void sightingsOfEveryKind() {
		data = ExportFixtures.create(leopards, sightings, accounts, String.valueOf(System.nanoTime() % 100000));
	}

	@Test
	void csvHoldsOnlyPublicSightingsAtCellCentres() throws Exception {
		MvcResult result = download(get("/export/sightings.csv"));
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("filename=\"rosette-sightings.csv\"");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertNoExactCoordinates(body);

		List<CSVRecord> rows = csv(body, WITH_HEADER);
		Map<Long, CSVRecord> byId = byId(rows, "id");
		assertOnlyPublicIds(byId.keySet());
		for (CSVRecord row : rows) {
			assertCellCentre(row.get("latitude"), row.get("longitude"));
			assertThat(row.get("eventDate")).matches("\\d{4}-\\d{2}");
			assertThat(row.get("precisionDegrees")).isEqualTo("0.2");
		}
		CSVRecord old = byId.get(data.publicOld().getId());
		assertThat(old.get("leopardCode")).isEqualTo(data.leopard().getCode());
		assertThat(old.get("latitude")).isEqualTo("43.1");
		assertThat(old.get("longitude")).isEqualTo("131.5");
		// Cubs hint at a den: the public never learns how many animals were there, only
		// that an individual was.
		assertThat(old.get("individualCount")).isEqualTo("1");
		assertThat(Integer.parseInt(old.get("coordinateUncertaintyInMeters"))).isBetween(13_000, 15_000);
	}

	@Test
	void geoJsonIsAFeatureCollectionOfCellCentres() throws Exception {
		MvcResult result = download(get("/export/sightings.geojson"));
		assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertNoExactCoordinates(body);

		JsonNode collection = JsonMapper.shared().readTree(body);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		Map<Long, JsonNode> byId = new HashMap<>();
		for (JsonNode feature : collection.get("features")) {
			assertThat(feature.get("type").asString()).isEqualTo("Feature");
			JsonNode point = feature.get("geometry");
			assertThat(point.get("type").asString()).isEqualTo("Point");
			assertCellCentre(point.get("coordinates").get(1).asString(), point.get("coordinates").get(0).asString());
			assertThat(feature.get("properties").get("eventDate").asString()).matches("\\d{4}-\\d{2}");
			byId.put(feature.get("id").asLong(), feature);
		}
		assertOnlyPublicIds(byId.keySet());
		assertThat(byId.get(data.publicOld().getId()).get("geometry").get("coordinates").get(0).asDouble())
			.isEqualTo(131.5);
	}

	@Test
	void anExactExportIsInTheAuditTrailWithWhoAndWhenAndAPublicOneIsNot() throws Exception {
		String who = "exporter-" + System.nanoTime() % 100000;
		download(get("/export/sightings.csv").param("exact", "true").with(user(who).roles("RANGER")));
		download(get("/export/sightings.geojson").param("exact", "true"));

		List<AuditEntry> entries = trail
			.search(new AuditFilter("SecurityEvent", who, LocalDate.now().minusDays(1), null), 0, 10)
			.entries();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).at()).isAfter(LocalDateTime.now(park.zone()).minusMinutes(5));
		assertThat(entries.get(0).fields()).extracting(f -> f.name() + "=" + f.after().text())
			.contains("kind=EXACT_EXPORT", "username=" + who, "detail=rosette-sightings-exact.csv");
		assertThat(trail.search(new AuditFilter("SecurityEvent", "system", null, null), 0, 200).entries())
			.as("the anonymous request got the public view, which is not audited")
			.noneMatch(e -> e.fields().stream().anyMatch(f -> f.after().text().contains("geojson")));
	}

	@Test
	void darwinCoreArchiveMapsEveryColumnAndHoldsOnlyThePublicView() throws Exception {
		MvcResult result = download(get("/export/dwca.zip"));
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("rosette-dwca.zip");
		Map<String, byte[]> files = unzip(result.getResponse().getContentAsByteArray());
		assertThat(files).containsOnlyKeys("occurrence.txt", "meta.xml", "eml.xml");

		Document meta = xml(files.get("meta.xml"));
		Element core = (Element) meta.getElementsByTagNameNS("http://rs.tdwg.org/dwc/text/", "core").item(0);
		assertThat(core.getAttribute("rowType")).isEqualTo("http://rs.tdwg.org/dwc/terms/Occurrence");
		assertThat(core.getAttribute("fieldsTerminatedBy")).isEqualTo("\\t");
		assertThat(core.getAttribute("encoding")).isEqualTo("UTF-8");
		assertThat(core.getAttribute("ignoreHeaderLines")).isEqualTo("1");
		assertThat(((Element) core.getElementsByTagNameNS("*", "id").item(0)).getAttribute("index")).isEqualTo("0");
		Map<Integer, String> terms = new HashMap<>();
		NodeList fields = core.getElementsByTagNameNS("*", "field");
		for (int i = 0; i < fields.getLength(); i++) {
			Element field = (Element) fields.item(i);
			terms.put(Integer.parseInt(field.getAttribute("index")), field.getAttribute("term"));
		}

		String occurrences = new String(files.get("occurrence.txt"), StandardCharsets.UTF_8);
		assertNoExactCoordinates(occurrences);
		CSVFormat tabs = CSVFormat.Builder.create().setDelimiter('\t').setQuote(null).get();
		List<CSVRecord> lines = csv(occurrences, tabs);
		CSVRecord header = lines.get(0);
		assertThat(terms).hasSize(header.size());
		for (int i = 0; i < header.size(); i++) {
			assertThat(terms.get(i)).as("column %d", i).isEqualTo("http://rs.tdwg.org/dwc/terms/" + header.get(i));
		}
		assertThat(header.toList()).containsAll(REQUIRED_TERMS);

		List<Map<String, String>> rows = new ArrayList<>();
		for (CSVRecord line : lines.subList(1, lines.size())) {
			assertThat(line.size()).isEqualTo(header.size());
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), line.get(i));
			}
			rows.add(row);
			assertCellCentre(row.get("decimalLatitude"), row.get("decimalLongitude"));
			assertThat(row.get("eventDate")).matches("\\d{4}-\\d{2}");
			assertThat(row).containsEntry("scientificName", "Panthera pardus orientalis")
				.containsEntry("taxonRank", "subspecies")
				.containsEntry("kingdom", "Animalia")
				.containsEntry("geodeticDatum", "WGS84")
				.containsEntry("countryCode", "RU")
				.containsEntry("occurrenceStatus", "present");
			assertThat(row.get("dataGeneralizations")).contains("0.2").contains("month").contains("30 days");
			assertThat(row.get("informationWithheld")).contains("location");
		}
		Map<String, Map<String, String>> byId = new HashMap<>();
		rows.forEach(row -> byId.put(row.get("occurrenceID"), row));
		assertThat(byId.get("urn:rosette:sighting:" + data.publicOld().getId()))
			.containsEntry("basisOfRecord", "MachineObservation")
			.containsEntry("organismID", data.leopard().getCode());
		assertThat(byId.get("urn:rosette:sighting:" + data.publicUnnamed().getId()))
			.containsEntry("basisOfRecord", "HumanObservation")
			.containsEntry("organismID", "");
		assertOnlyPublicIds(byId.keySet()
			.stream()
			.map(id -> Long.parseLong(id.substring(id.lastIndexOf(':') + 1)))
			.collect(java.util.stream.Collectors.toSet()));

		Document eml = xml(files.get("eml.xml"));
		assertThat(eml.getDocumentElement().getNamespaceURI()).isEqualTo("eml://ecoinformatics.org/eml-2.1.1");
		assertThat(eml.getElementsByTagName("title").item(0).getTextContent()).contains("Amur leopard");
		assertThat(((Element) eml.getElementsByTagName("ulink").item(0)).getAttribute("url"))
			.isEqualTo("http://creativecommons.org/licenses/by/4.0/legalcode");
		assertThat(eml.getElementsByTagName("westBoundingCoordinate").item(0).getTextContent()).isEqualTo("130.7");
		assertThat(eml.getElementsByTagName("contact").getLength()).isEqualTo(1);
	}

	@Test
	void askingForExactDataChangesNothingForTheAnonymous() throws Exception {
		for (String path : List.of("/export/sightings.csv", "/export/sightings.geojson")) {
			String plain = download(get(path)).getResponse().getContentAsString();
			String asked = download(get(path).param("exact", "true")).getResponse().getContentAsString();
			assertThat(asked).isEqualTo(plain);
		}
		assertThat(
				download(get("/export/dwca.zip").param("exact", "true")).getResponse().getHeader("Content-Disposition"))
			.contains("rosette-dwca.zip");
	}

	@Test
	void staffGetExactPlacesAndTimesWhenTheyAskForThem() throws Exception {
		MvcResult result = download(
				get("/export/sightings.csv").param("exact", "true").with(user("r").roles("RANGER")));
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("rosette-sightings-exact.csv");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		Map<Long, CSVRecord> byId = byId(
				csv(result.getResponse().getContentAsString(StandardCharsets.UTF_8), WITH_HEADER), "id");
		assertThat(byId).containsKeys(data.publicOld().getId(), data.recent().getId())
			.doesNotContainKeys(data.pending().getId(), data.rejected().getId());
		CSVRecord old = byId.get(data.publicOld().getId());
		assertThat(old.get("latitude")).isEqualTo("43.123457");
		assertThat(java.time.Instant.parse(old.get("eventDate"))).isCloseTo(data.publicOld().getObservedAt(),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(old.get("individualCount")).isEqualTo("3");

		String archive = new String(unzip(
				download(get("/export/dwca.zip").param("exact", "true").with(user("a").roles("ADMIN"))).getResponse()
					.getContentAsByteArray())
			.get("occurrence.txt"), StandardCharsets.UTF_8);
		assertThat(archive).contains("43.417779");

		// Without asking, staff see what the public sees.
		assertNoExactCoordinates(
				download(get("/export/sightings.geojson").with(user("r").roles("RANGER"))).getResponse()
					.getContentAsString());
	}

	private MvcResult download(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		return mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().exists("Content-Disposition"))
			.andReturn();
	}

	private void assertNoExactCoordinates(String body) {
		for (String exact : data.exactCoordinates()) {
			assertThat(body).as("exact coordinate in a public export").doesNotContain(exact);
		}
	}

	private void assertOnlyPublicIds(Set<Long> ids) {
		assertThat(ids).contains(data.publicOld().getId(), data.publicUnnamed().getId())
			.doesNotContain(data.pending().getId(), data.rejected().getId(), data.recent().getId());
	}

	private static void assertCellCentre(String latitude, String longitude) {
		for (String value : List.of(latitude, longitude)) {
			BigDecimal offset = new BigDecimal(value).subtract(new BigDecimal("0.1"));
			assertThat(offset.remainder(CELL).signum()).as("%s is the centre of a 0.2° cell", value).isZero();
		}
	}

	private static List<CSVRecord> csv(String text, CSVFormat format) throws Exception {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			return parser.getRecords();
		}
	}

	private static Map<Long, CSVRecord> byId(List<CSVRecord> rows, String column) {
		Map<Long, CSVRecord> byId = new HashMap<>();
		rows.forEach(row -> byId.put(Long.parseLong(row.get(column)), row));
		return byId;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static Document xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

}
