package org.rosette.sighting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as nobody, walks every public page it can reach from the home page, every
 * public JSON endpoint and every image those pages show, and looks for anything of the
 * demo sightings that the location-privacy rule keeps back: exact coordinates at any
 * precision finer than the cell, exact times, notes, and any sighting that is not both
 * verified and past the delay. One leaking surface is enough to fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPrivacyTests {

	private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])-?\\d{1,3}\\.\\d{2,}");

	private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)\"");

	private static final List<String> JSON_ENDPOINTS = List.of("/api/v1/leopards?size=100", "/api/v1/campaigns",
			"/api/v1/stats", "/api/v1/sightings/cells", "/api/v1/sightings?size=200&page=0",
			"/api/v1/sightings?size=200&page=1", "/api/v1/sightings?size=200&page=2",
			"/api/v1/sightings?status=PENDING&size=200", "/api/v1/sightings?status=REJECTED&size=200",
			"/export/sightings.csv", "/export/sightings.geojson");

	@LocalServerPort
	private int port;

	@Autowired
	private SightingRepository sightings;

	@Autowired
	private LocationPrivacy privacy;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private org.springframework.context.MessageSource messages;

	@Autowired
	private org.rosette.system.web.Formats formats;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, String> received = new LinkedHashMap<>();

	private final List<String> images = new ArrayList<>();

	private List<Sighting> all;

	@BeforeAll
	void crawlAsNobody() throws Exception {
		all = transaction.execute(status -> {
			List<Sighting> list = sightings.findAll();
			list.forEach(s -> {
				if (s.getLeopard() != null) {
					s.getLeopard().getName();
				}
			});
			return list;
		});
		Deque<String> queue = new ArrayDeque<>(
				List.of("/", "/leopards", "/campaigns", "/threats", "/help", "/sightings/map"));
		queue.addAll(JSON_ENDPOINTS);
		for (Sighting sighting : all) {
			queue.add("/api/v1/sightings/" + sighting.getId());
		}
		Set<String> seen = new LinkedHashSet<>();
		while (!queue.isEmpty() && seen.size() < 1500) {
			String path = queue.poll();
			if (!seen.add(path) || !crawlable(path)) {
				continue;
			}
			HttpResponse<byte[]> response = get(path);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.startsWith("image/")) {
				images.add(path);
				assertNoCameraMetadata(path, response.body());
				continue;
			}
			String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
			received.put(path, body);
			if (type.startsWith("text/html")) {
				Matcher links = LINK.matcher(body.replace("&amp;", "&"));
				while (links.find()) {
					queue.add(links.group(1));
				}
			}
		}
	}

	@Test
	void theWalkReachedThePublicSite() {
		assertThat(received.keySet()).contains("/", "/leopards", "/api/v1/stats")
			.anyMatch(path -> path.matches("/leopards/\\d+"))
			.anyMatch(path -> path.startsWith("/campaigns/"));
		assertThat(images).anyMatch(path -> path.endsWith("portrait.svg"));
		assertThat(all).hasSizeGreaterThan(300);
	}

	@Test
	void noExactCoordinateAppearsAnywhere() {
		assertThat(coordinateLeaks(received)).isEmpty();
	}

	@Test
	void theCheckWouldSeeALeakedCoordinate() {
		Sighting hidden = all.stream().filter(s -> !privacy.isPublic(s)).findFirst().orElseThrow();
		String leaked = BigDecimal.valueOf(hidden.getLatitude()).setScale(3, RoundingMode.DOWN).toPlainString();

		assertThat(coordinateLeaks(Map.of("/fake", "<div data-lat=\"" + leaked + "\"></div>"))).isNotEmpty();
	}

	private List<String> coordinateLeaks(Map<String, String> bodies) {
		Map<String, String> shown = tokens(bodies, DECIMAL, true);
		List<String> leaks = new ArrayList<>();
		for (Sighting sighting : all) {
			for (String fragment : finerThanTheCell(sighting.getLatitude(), sighting.getLongitude())) {
				if (shown.containsKey(fragment)) {
					leaks.add(shown.get(fragment) + " shows " + fragment + " of sighting " + sighting.getId());
				}
			}
		}
		return leaks;
	}

	@Test
	void noExactTimeNorNoteAppearsAnywhere() {
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);
		Map<String, String> times = tokens(received, TIMESTAMP, false);
		List<String> leaks = new ArrayList<>();
		for (Sighting sighting : all) {
			String time = minute.format(sighting.getObservedAt());
			if (times.containsKey(time)) {
				leaks.add(times.get(time) + " shows the time of sighting " + sighting.getId());
			}
		}
		Set<String> notes = new LinkedHashSet<>();
		all.forEach(s -> {
			if (s.getNotes() != null) {
				notes.add(s.getNotes());
			}
			if (s.getReviewNote() != null) {
				notes.add(s.getReviewNote());
			}
		});
		received.forEach((path, body) -> notes.stream()
			.filter(body::contains)
			.forEach(note -> leaks.add(path + " shows a ranger's or reviewer's note: " + note)));
		assertThat(leaks).isEmpty();
	}

	/**
	 * Every decimal number or timestamp in what was received (numbers also cut to 2..6
	 * decimals), with a page that shows it.
	 */
	private static Map<String, String> tokens(Map<String, String> bodies, Pattern pattern, boolean cutDecimals) {
		Map<String, String> found = new java.util.HashMap<>();
		bodies.forEach((path, body) -> {
			Matcher matcher = pattern.matcher(body);
			while (matcher.find()) {
				String token = matcher.group();
				found.putIfAbsent(token, path);
				if (cutDecimals) {
					int point = token.indexOf('.');
					for (int decimals = 2; point + decimals < token.length(); decimals++) {
						found.putIfAbsent(token.substring(0, point + 1 + decimals), path);
					}
				}
			}
		});
		return found;
	}

	@Test
	void sightingsThatAreNotPublicCannotBeReachedAtAll() throws Exception {
		List<Sighting> hidden = all.stream().filter(s -> !privacy.isPublic(s)).toList();
		assertThat(hidden).as("the demo holds pending, rejected and recent sightings")
			.anyMatch(s -> s.getStatus() == ReviewStatus.PENDING)
			.anyMatch(s -> s.getStatus() == ReviewStatus.REJECTED)
			.anyMatch(s -> s.getStatus() == ReviewStatus.VERIFIED);
		String lists = String.join("\n", JSON_ENDPOINTS.stream().map(received::get).toList());
		for (Sighting sighting : hidden) {
			assertThat(get("/api/v1/sightings/" + sighting.getId()).statusCode()).as("sighting " + sighting.getId())
				.isEqualTo(404);
			assertThat(lists).doesNotContain("\"id\":" + sighting.getId() + ",");
		}
	}

	@Test
	void publicListsGoByMonthThenCellNeverByTheExactTime() {
		tools.jackson.databind.JsonNode items = new tools.jackson.databind.json.JsonMapper()
			.readTree(received.get("/api/v1/sightings?size=200&page=0"))
			.get("items");
		assertThat(items.size()).as("a full page of public sightings").isEqualTo(200);
		java.util.Comparator<tools.jackson.databind.JsonNode> monthThenCell = java.util.Comparator
			.comparing((tools.jackson.databind.JsonNode item) -> item.get("observedMonth").asString())
			.reversed()
			.thenComparingDouble(item -> item.get("latitude").asDouble())
			.thenComparingDouble(item -> item.get("longitude").asDouble());
		List<tools.jackson.databind.JsonNode> listed = new ArrayList<>();
		items.forEach(listed::add);
		assertThat(listed).isSortedAccordingTo(monthThenCell);
	}

	@Test
	void aLeopardsLastSeenIsTheParkMonthOfItsLatestPublicSighting() {
		tools.jackson.databind.JsonNode page = new tools.jackson.databind.json.JsonMapper()
			.readTree(received.get("/api/v1/leopards?size=100"));
		Map<Long, java.time.YearMonth> expected = expectedLastSeen();
		boolean recentVerified = all.stream()
			.anyMatch(s -> s.getLeopard() != null && s.getStatus() == ReviewStatus.VERIFIED && !privacy.isPublic(s)
					&& !privacy.month(s.getObservedAt()).equals(expected.get(s.getLeopard().getId())));
		assertThat(recentVerified).as("the demo park has verified sightings still inside the delay").isTrue();
		assertThat(page.get("items")).isNotEmpty();
		for (tools.jackson.databind.JsonNode leopard : page.get("items")) {
			java.time.YearMonth month = expected.get(leopard.get("id").asLong());
			String shown = leopard.get("lastSeen").isNull() ? null : leopard.get("lastSeen").asString();
			assertThat(shown).as("lastSeen of " + leopard.get("code").asString())
				.isEqualTo(month == null ? null : month.toString());
		}
	}

	@Test
	void profilesAndCatalogueCardsShowThatSameMonth() {
		Map<Long, java.time.YearMonth> expected = expectedLastSeen();
		int profiles = 0;
		int cards = 0;
		for (Map.Entry<String, String> page : received.entrySet()) {
			if (!page.getKey().matches("/leopards(/\\d+)?(\\?.*)?")) {
				continue;
			}
			org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.getValue());
			if (html.selectFirst("main") == null) {
				continue;
			}
			java.util.Locale locale = java.util.Locale.forLanguageTag(html.selectFirst("html").attr("lang"));
			String label = messages.getMessage("leopard.lastSeen", null, locale);
			Matcher profile = Pattern.compile("/leopards/(\\d+)(\\?.*)?").matcher(page.getKey());
			if (profile.matches()) {
				assertThat(lastSeen(html.selectFirst("dl.profile-facts"), label)).as("profile " + page.getKey())
					.isEqualTo(shown(expected.get(Long.valueOf(profile.group(1))), locale));
				profiles++;
				continue;
			}
			for (org.jsoup.nodes.Element name : html.select("a.leopard-name")) {
				long id = Long.parseLong(name.attr("href").replaceAll(".*/leopards/(\\d+).*", "$1"));
				org.jsoup.nodes.Element card = name.parents()
					.stream()
					.filter(parent -> !parent.select("dl.facts").isEmpty())
					.findFirst()
					.orElseThrow();
				assertThat(lastSeen(card, label)).as("card of leopard " + id + " on " + page.getKey())
					.isEqualTo(shown(expected.get(id), locale));
				cards++;
			}
		}
		assertThat(profiles).as("profiles walked").isGreaterThan(5);
		assertThat(cards).as("catalogue cards walked").isGreaterThan(5);
	}

	private Map<Long, java.time.YearMonth> expectedLastSeen() {
		Map<Long, java.time.YearMonth> expected = new java.util.HashMap<>();
		for (Sighting sighting : all) {
			if (sighting.getLeopard() != null && privacy.isPublic(sighting)) {
				expected.merge(sighting.getLeopard().getId(), privacy.month(sighting.getObservedAt()),
						(a, b) -> a.isAfter(b) ? a : b);
			}
		}
		return expected;
	}

	private String shown(java.time.YearMonth month, java.util.Locale locale) {
		return month == null ? messages.getMessage("common.unknown", null, locale) : formats.month(month, locale);
	}

	private static String lastSeen(org.jsoup.nodes.Element within, String label) {
		return within.select("dt")
			.stream()
			.filter(dt -> dt.text().equals(label))
			.findFirst()
			.map(dt -> dt.nextElementSibling().text())
			.orElseThrow(() -> new AssertionError("no \"" + label + "\" in " + within.text()));
	}

	@Test
	void incidentsAreNeverPublic() throws Exception {
		assertThat(get("/api/v1/incidents").statusCode()).isEqualTo(401);
		assertThat(received.values()).noneMatch(body -> body.contains("Wire snare on a deer trail")
				|| body.contains("Boot prints of two people") || body.contains("Three shots after dark"));
	}

	/**
	 * The exact value cut at 2 to 6 decimals, leaving out anything that happens to be a
	 * cell centre.
	 */
	private List<String> finerThanTheCell(double latitude, double longitude) {
		PublicLocation cell = privacy.generalise(latitude, longitude);
		List<String> fragments = new ArrayList<>();
		for (double[] pair : new double[][] { { latitude, cell.latitude() }, { longitude, cell.longitude() } }) {
			for (int decimals = 2; decimals <= 6; decimals++) {
				BigDecimal cut = BigDecimal.valueOf(pair[0]).setScale(decimals, RoundingMode.DOWN);
				if (cut.stripTrailingZeros().scale() > 1) {
					fragments.add(cut.toPlainString());
				}
			}
		}
		return fragments;
	}

	private static void assertNoCameraMetadata(String path, byte[] image) throws Exception {
		if (path.endsWith(".svg")) {
			String svg = new String(image, java.nio.charset.StandardCharsets.UTF_8);
			assertThat(svg).as(path).doesNotContain("<metadata").doesNotContain("exif");
			return;
		}
		for (Directory directory : ImageMetadataReader.readMetadata(new ByteArrayInputStream(image)).getDirectories()) {
			assertThat(directory).as(path + " carries " + directory.getName())
				.isNotInstanceOf(ExifDirectoryBase.class)
				.isNotInstanceOf(GpsDirectory.class);
		}
	}

	private static boolean crawlable(String path) {
		return !path.startsWith("/login") && !path.startsWith("/logout") && !path.startsWith("/ranger")
				&& !path.startsWith("/admin") && !path.startsWith("/webjars") && !path.startsWith("/css")
				&& !path.startsWith("/js") && !path.contains("lang=") && !path.startsWith("/actuator");
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
