package org.rosette.coat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rosette.leopard.Flank;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardDetails;
import org.rosette.leopard.Leopards;
import org.rosette.leopard.Sex;
import org.rosette.photo.PhotoStore;
import org.rosette.system.Upload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Background extraction resumes after a restart: the first worker stops in the middle of
 * the queue, one photo claimed but never finished; a new worker finishes the queue, takes
 * the abandoned photo once its lease has run out, and every photo is extracted once.
 */
@SpringBootTest
class CoatExtractionTests {

	@Autowired
	Leopards registry;

	@Autowired
	CoatPrintStore prints;

	@Autowired
	PhotoStore photos;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aNewWorkerFinishesTheQueueAndEachPhotoIsExtractedOnce() {
		Random random = new Random(3);
		for (int i = 1; i <= 3; i++) {
			Leopard leopard = registry
				.create(new LeopardDetails("LEO-T0" + i, "Coat " + i, Sex.UNKNOWN, 2020, null, null));
			for (Flank flank : Flank.values()) {
				byte[] jpeg = SyntheticCamera
					.jpegBytes(SyntheticCamera.photograph(SyntheticCoat.of(leopard.getId() * 2 + flank.ordinal()),
							SyntheticCamera.Shot.catalogue(random)), 0.85f);
				registry.keepPhoto(leopard.getId(), flank, new Upload("flank.jpg", jpeg));
			}
		}
		CoatExtraction first = new CoatExtraction(prints, photos, clock);
		assertThat(first.discover(true)).isEqualTo(6);
		assertThat(first.discover(true)).as("queued once").isZero();

		assertThat(first.extractNext()).isTrue();
		assertThat(first.extractNext()).isTrue();
		// the first worker dies while reading the third photo
		prints.claim(clock.instant(), clock.instant().plus(CoatExtraction.LEASE));
		assertThat(first.progress().pending()).isEqualTo(4);

		Clock later = Clock.fixed(clock.instant().plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
		CoatExtraction restarted = new CoatExtraction(prints, photos, later);
		int extracted = 0;
		while (restarted.extractNext()) {
			extracted++;
		}

		assertThat(extracted).isEqualTo(4);
		assertThat(restarted.progress()).isEqualTo(new CoatExtraction.CoatProgress(0, 6, 0));
		List<Map<String, Object>> rows = jdbc.sql("SELECT attempts, keypoints FROM coat_prints ORDER BY id")
			.query()
			.listOfRows();
		assertThat(rows).extracting(r -> ((Number) r.get("attempts")).intValue()).containsExactly(1, 1, 2, 1, 1, 1);
		assertThat(rows).allSatisfy(r -> assertThat(((Number) r.get("keypoints")).intValue()).isGreaterThan(50));
		assertThat(prints.gallery()).hasSize(6);
	}

}
