package org.rosette.population.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A small survey worked by hand (three leopards, three weekly occasions, one imported
 * camera deployment and four loose camera points) exported for R's secr, through the
 * staff page's download and the staff API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecrExportTests {

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	private static final LocalDate FIRST = LocalDate.parse("2025-07-07");

	/** Three occasions of 7 days; the box leaves out a capture further north. */
	private static final String SURVEY = "from=2025-07-07&to=2025-07-27&occasionDays=7&bbox=131.0,43.1,131.4,43.4";

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void survey(@Autowired AccountRepository accounts, @Autowired LeopardRepository leopards,
			@Autowired SightingRepository sightings, @Autowired JdbcTemplate jdbc) {
		Account ranger = accounts.save(new Account("secr-" + UUID.randomUUID().toString().substring(0, 8), "{noop}x",
				"Secr ranger", Role.RANGER));
		Leopard a = leopards.save(new Leopard("SECR-A", "Secr A", Sex.FEMALE, null, null, null));
		Leopard b = leopards.save(new Leopard("SECR-B", "Secr B", Sex.MALE, null, null, null));
		Leopard c = leopards.save(new Leopard("SECR-C", "Secr C", Sex.MALE, null, null, null));
		class Camera {

			Sighting caught(Leopard leopard, int occasion, double latitude, double longitude, boolean verified) {
				var at = FIRST.plusDays(occasion * 7L + 2).atTime(12, 0).atZone(PARK).toInstant();
				Sighting sighting = new Sighting(at, latitude, longitude, Evidence.CAMERA_TRAP, leopard, null, null,
						null, ranger);
				if (verified) {
					sighting.verify(ranger, leopard, null, at.plusSeconds(60));
				}
				return sightings.save(sighting);
			}

		}
		Camera camera = new Camera();
		// an imported deployment, photographing A twice in the first week: one capture
		for (int i = 0; i < 2; i++) {
			Sighting deployed = camera.caught(a, 0, 43.2, 131.1, true);
			jdbc.update("update sightings set camera_deployment = 'dep north_1' where id = ?", deployed.getId());
		}
		camera.caught(null, 1, 43.25, 131.15, true); // an unknown leopard: a camera all
														// the same
		camera.caught(b, 1, 43.3, 131.2, true);
		camera.caught(a, 2, 43.30054, 131.2, true); // 60 m north: the same camera
		camera.caught(c, 1, 43.3, 131.202, true); // 162 m east: another camera
		camera.caught(c, 2, 43.5, 131.2, true); // north of the box
		camera.caught(b, 2, 43.35, 131.3, false); // waiting for review
	}

	@Test
	void capturesNameTheIndividualTheOccasionAndTheCamera() throws Exception {
		String captures = files(as("RANGER", get("/ranger/population/secr.zip?" + SURVEY))).get("captures.txt");

		assertThat(captures.lines().filter(line -> !line.startsWith("#")).toList()).containsExactly(
				"2025-07-07 SECR-A 1 dep-north-1", "2025-07-07 SECR-A 3 camera-2", "2025-07-07 SECR-B 2 camera-2",
				"2025-07-07 SECR-C 2 camera-3");
		assertThat(captures).contains("# Session ID Occasion Detector").contains("noccasions = 3");
	}

	@Test
	void trapsArePositionedInMetresOfUtmZone52North() throws Exception {
		String traps = files(as("RANGER", get("/ranger/population/secr.zip?" + SURVEY))).get("traps.txt");

		assertThat(traps).startsWith("# ").contains("# Detector X Y");
		Map<String, double[]> detectors = new HashMap<>();
		traps.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
			String[] values = line.split(" ");
			detectors.put(values[0], new double[] { Double.parseDouble(values[1]), Double.parseDouble(values[2]) });
		});
		assertThat(detectors).containsOnlyKeys("dep-north-1", "camera-1", "camera-2", "camera-3");
		assertAt(detectors.get("dep-north-1"), 670_613.789, 4_785_165.690);
		assertAt(detectors.get("camera-1"), 674_533.371, 4_790_821.757);
		assertAt(detectors.get("camera-2"), 678_445.387, 4_796_510.306);
		assertAt(detectors.get("camera-3"), 678_608.406, 4_796_484.596);
	}

	@Test
	void theApiGivesTheSameFiles() throws Exception {
		assertThat(files(as("ADMIN", get("/api/v1/population/secr.zip?" + SURVEY))))
			.isEqualTo(files(as("RANGER", get("/ranger/population/secr.zip?" + SURVEY))));
	}

	@Test
	void thePageOffersTheDownload() throws Exception {
		mvc.perform(as("RANGER", get("/ranger/population?" + SURVEY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"secr-zip\"")))
			.andExpect(content().string(containsString("Download for secr (R)")));
	}

	@Test
	void theFilesAreForStaffOnly() throws Exception {
		mvc.perform(get("/api/v1/population/secr.zip?" + SURVEY)).andExpect(status().isUnauthorized());
		mvc.perform(get("/ranger/population/secr.zip?" + SURVEY)).andExpect(status().isUnauthorized());
		mvc.perform(as("VISITOR", get("/api/v1/population/secr.zip?" + SURVEY))).andExpect(status().isForbidden());
		mvc.perform(as("VISITOR", get("/ranger/population/secr.zip?" + SURVEY))).andExpect(status().isForbidden());
	}

	@Test
	void aSurveyThatCannotBeReadIsA400NamingTheField() throws Exception {
		mvc.perform(as("RANGER", get("/api/v1/population/secr.zip?from=2025-07-07&to=2025-07-09&occasionDays=7")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("occasionDays")));
	}

	private Map<String, String> files(MockHttpServletRequestBuilder request) throws Exception {
		byte[] zip = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("Content-Disposition", containsString("secr-2025-07-07.zip")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return unzip(zip);
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files.keySet()).isEqualTo(java.util.Set.of("captures.txt", "traps.txt"));
		return files;
	}

	private static void assertAt(double[] metres, double x, double y) {
		assertThat(metres[0]).isCloseTo(x, within(1.0));
		assertThat(metres[1]).isCloseTo(y, within(1.0));
	}

	private static MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
		return request.with(user(role.toLowerCase() + "-in-test").roles(role));
	}

}
