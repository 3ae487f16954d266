package org.rosette.sighting.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.fieldwork.PhotoUpload;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingPhoto;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.rosette.support.CameraPhotos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer sees the evidence photos; nobody else gets them, and the copies carry no
 * camera metadata.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvidencePhotoTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Sightings sightings;

	@Autowired
	private AccountRepository accounts;

	@Test
	void theReviewQueueShowsMetadataFreeCopiesOfThePhotos() throws Exception {
		if (!accounts.existsByUsername("photographer")) {
			accounts.save(new Account("photographer", "x", "Camera Ranger", Role.RANGER));
		}
		byte[] jpeg = CameraPhotos.taken("2026:03:14 05:12:00", 43.123456, 131.456789);
		Sighting sighting = sightings.report(
				new SightingReport(Instant.now().minus(1, ChronoUnit.DAYS), 43.2, 131.3, Evidence.CAMERA_TRAP, null, 1,
						0, null),
				"photographer", List.of(new PhotoUpload("IMG_0042.jpg", new ByteArrayResource(jpeg))));
		SightingPhoto photo = sightings.photosOf(sighting.getId()).get(0);
		String thumbnail = "/ranger/photos/" + photo.getStorageKey() + "/thumbnail.jpg";

		mvc.perform(get("/admin/review").with(user("boss").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(thumbnail)));

		byte[] served = mvc.perform(get(thumbnail).with(user("boss").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served));
		assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();

		mvc.perform(get(thumbnail)).andExpect(status().is4xxClientError());
		mvc.perform(get("/ranger/photos/not-a-key/display.jpg").with(user("boss").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "RANGER")
	void anUnknownPhotoIsNotFound() throws Exception {
		mvc.perform(get("/ranger/photos/00000000-0000-0000-0000-000000000000/display.jpg"))
			.andExpect(status().isNotFound());
	}

}
