package org.rosette.sighting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rosette.fieldwork.PhotoUpload;
import org.rosette.incident.IncidentReport;
import org.rosette.incident.IncidentType;
import org.rosette.incident.Incidents;
import org.rosette.photo.PhotoRejectedException;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.rosette.support.CameraPhotos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports through the whole application and a real database: all of a report is saved, or
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ReportSubmissionTests {

	// The test run's data folder, shared with the other tests of this context: the
	// counts below compare before and after.
	@Value("${rosette.data-dir}")
	Path dataDir;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Sightings sightings;

	@Autowired
	Incidents incidents;

	@Test
	void aRefusedSubmissionLeavesTheDatabaseAndThePhotoFolderAsTheyWere() throws Exception {
		Counts before = counts();

		mvc.perform(multipart("/ranger/sightings/new").file(photo("IMG_0001.jpg", CameraPhotos.plain()))
			.param("observedAt", "2026-01-10T08:00")
			.param("latitude", "91")
			.param("longitude", "131.5")
			.param("evidence", "TRACKS")
			.with(csrf())).andExpect(status().isOk());

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void timeAndPlaceLeftEmptyAreTakenFromThePhotoAndTheRangerIsTold() throws Exception {
		Counts before = counts();

		mvc.perform(multipart("/ranger/sightings/new")
			.file(photo("IMG_0042.jpg", CameraPhotos.taken("2026:01:10 07:45:00", 43.25, 131.55)))
			.param("lang", "en")
			.param("observedAt", "")
			.param("latitude", "")
			.param("longitude", "")
			.param("evidence", "CAMERA_TRAP")
			.with(csrf()))
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andExpect(flash().attribute("takenFromPhotos",
					List.of("Time and place were taken from the photo IMG_0042.jpg.")));

		assertThat(counts()).isEqualTo(new Counts(before.sightings() + 1, before.photoRows() + 1, before.files() + 3));
		Sighting saved = sightings.submittedBy("admin", 0, 1).getContent().get(0);
		// The camera keeps park time: 07:45 in Vladivostok is 21:45 UTC the day before.
		assertThat(saved.getObservedAt()).isEqualTo(Instant.parse("2026-01-09T21:45:00Z"));
		assertThat(saved.getLatitude()).isCloseTo(43.25, within(1e-6));
		assertThat(saved.getLongitude()).isCloseTo(131.55, within(1e-6));
		assertThat(
				jdbc.queryForObject("select original_name from sighting_photos order by id desc limit 1", String.class))
			.isEqualTo("IMG_0042.jpg");
	}

	@Test
	void aPhotoThatCannotBeKeptTakesTheWholeReportWithIt() throws Exception {
		Counts before = counts();
		SightingReport report = new SightingReport(Instant.parse("2026-01-10T00:00:00Z"), 43.1, 131.5, Evidence.SCAT,
				null, null, null, null);
		List<PhotoUpload> uploads = List.of(upload("good.jpg", CameraPhotos.plain()),
				upload("fake.jpg", "not a picture".getBytes()));

		assertThatThrownBy(() -> sightings.report(report, "admin", uploads)).isInstanceOf(PhotoRejectedException.class);

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anIncidentKeepsItsPhotosAndAWithdrawnSightingTakesItsPhotosAlong() throws Exception {
		Counts before = counts();
		incidents.report(new IncidentReport(Instant.parse("2026-01-10T00:00:00Z"), 43.1, 131.5, IncidentType.SNARE,
				null, "Wire snare on the deer trail"), "admin", List.of(upload("snare.jpg", CameraPhotos.plain())));
		assertThat(jdbc.queryForObject("select count(*) from incident_photos", Long.class)).isEqualTo(1);

		Sighting sighting = sightings.report(new SightingReport(Instant.parse("2026-01-10T00:00:00Z"), 43.1, 131.5,
				Evidence.SCAT, null, null, null, null), "admin", List.of(upload("scat.jpg", CameraPhotos.plain())));
		assertThat(counts().photoRows()).isEqualTo(before.photoRows() + 1);

		sightings.withdraw(sighting.getId(), "admin");

		assertThat(counts().sightings()).isEqualTo(before.sightings());
		assertThat(counts().photoRows()).isEqualTo(before.photoRows());
		// Three files stay: the incident's photo, as original, display copy and
		// thumbnail.
		assertThat(counts().files()).isEqualTo(before.files() + 3);
	}

	Counts counts() throws IOException {
		long files;
		Path photos = dataDir.resolve("photos");
		if (Files.isDirectory(photos)) {
			try (Stream<Path> all = Files.walk(photos)) {
				files = all.filter(Files::isRegularFile).count();
			}
		}
		else {
			files = 0;
		}
		return new Counts(jdbc.queryForObject("select count(*) from sightings", Long.class),
				jdbc.queryForObject("select count(*) from sighting_photos", Long.class), files);
	}

	static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photos", name, "image/jpeg", content);
	}

	static PhotoUpload upload(String name, byte[] content) {
		return new PhotoUpload(name, new ByteArrayResource(content));
	}

	record Counts(long sightings, long photoRows, long files) {
	}

}
