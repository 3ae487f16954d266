package org.rosette.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhotoStoreTests {

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	@TempDir
	Path dataDir;

	private PhotoStore store() {
		return new PhotoStore(PhotoProperties.defaults(), dataDir.toString());
	}

	private static byte[] cameraTrapPhoto(int width, int height, String offset, int orientation) {
		return TestPhotos.withCameraRecord(TestPhotos.jpeg(width, height), 43.123456, 131.456789, "2025:03:14 05:42:17",
				offset, orientation);
	}

	@Test
	void inspectReadsTypeSizeCaptureTimeAndPosition() {
		PhotoMetadata metadata = store().inspect("IMG_0042.JPG", cameraTrapPhoto(800, 600, null, 1), PARK);

		assertThat(metadata.contentType()).isEqualTo("image/jpeg");
		assertThat(metadata.width()).isEqualTo(800);
		assertThat(metadata.height()).isEqualTo(600);
		assertThat(metadata.position()).hasValueSatisfying((position) -> {
			assertThat(position.latitude()).isCloseTo(43.123456, within(1e-5));
			assertThat(position.longitude()).isCloseTo(131.456789, within(1e-5));
		});
		assertThat(metadata.captured()).hasValueSatisfying((captured) -> {
			assertThat(captured.local()).isEqualTo(LocalDateTime.of(2025, 3, 14, 5, 42, 17));
			assertThat(captured.offsetRecorded()).isFalse();
			assertThat(captured.instant()).isEqualTo(Instant.parse("2025-03-13T19:42:17Z"));
		});
		assertThat(dataDir).isEmptyDirectory();
	}

	@Test
	void aRecordedOffsetWinsOverTheAssumedZone() {
		PhotoMetadata metadata = store().inspect("a.jpg", cameraTrapPhoto(64, 48, "+03:00", 1), PARK);

		assertThat(metadata.captured()).hasValueSatisfying((captured) -> {
			assertThat(captured.offsetRecorded()).isTrue();
			assertThat(captured.instant()).isEqualTo(Instant.parse("2025-03-14T02:42:17Z"));
		});
	}

	@Test
	void aPhotoWithoutCameraRecordHasNoTimeOrPosition() {
		PhotoMetadata metadata = store().inspect("plain.jpg", new ByteArrayInputStream(TestPhotos.jpeg(40, 30)), PARK);

		assertThat(metadata.captured()).isEmpty();
		assertThat(metadata.position()).isEmpty();
	}

	@Test
	void storedCopiesCarryNoMetadataWhileTheOriginalKeepsIt() throws Exception {
		PhotoStore store = store();
		byte[] original = cameraTrapPhoto(4000, 2250, "+10:00", 1);
		assertThat(TestPhotos.metadataOf(original).getDirectoriesOfType(XmpDirectory.class)).isNotEmpty();

		StoredPhoto photo = store.store("IMG_0042.JPG", original, PARK);

		assertThat(photo.key()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(photo.originalName()).isEqualTo("IMG_0042.JPG");
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.sizeBytes()).isEqualTo(original.length);
		assertThat(photo.metadata().position()).isPresent();
		for (Resource copy : List.of(store.display(photo.key()).orElseThrow(),
				store.thumbnail(photo.key()).orElseThrow())) {
			Metadata metadata = TestPhotos.metadataOf(copy.getContentAsByteArray());
			assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
			assertThat(metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)).isEmpty();
			assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
			assertThat(metadata.getDirectoriesOfType(XmpDirectory.class)).isEmpty();
			assertThat(metadata.getDirectoriesOfType(IccDirectory.class)).isEmpty();
		}
		byte[] kept = store.original(photo.key()).orElseThrow().getContentAsByteArray();
		assertThat(kept).isEqualTo(original);
		assertThat(TestPhotos.metadataOf(kept).getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
			.isNotNull();
	}

	@Test
	void copiesKeepWithinTheirSizesAndTheAspectRatio() throws Exception {
		PhotoStore store = store();
		StoredPhoto photo = store.store("wide.jpg", TestPhotos.jpeg(4000, 2250), PARK);

		BufferedImage display = pixels(store.display(photo.key()).orElseThrow());
		BufferedImage thumbnail = pixels(store.thumbnail(photo.key()).orElseThrow());
		assertThat(display.getWidth()).isEqualTo(1600);
		assertThat(display.getHeight()).isCloseTo(900, within(1));
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isCloseTo(180, within(1));
	}

	@Test
	void smallPhotosAreNotEnlarged() throws Exception {
		PhotoStore store = store();
		StoredPhoto photo = store.store("small.jpg", TestPhotos.jpeg(200, 100), PARK);

		assertThat(pixels(store.display(photo.key()).orElseThrow()).getWidth()).isEqualTo(200);
		assertThat(pixels(store.thumbnail(photo.key()).orElseThrow()).getWidth()).isEqualTo(200);
	}

	@Test
	void copiesAreTurnedAsTheCameraSays() throws Exception {
		PhotoStore store = store();
		// Orientation 6: the sensor's 400 x 200 is to be seen turned a quarter clockwise.
		StoredPhoto photo = store.store("turned.jpg", cameraTrapPhoto(400, 200, null, 6), PARK);

		assertThat(photo.metadata().width()).isEqualTo(200);
		assertThat(photo.metadata().height()).isEqualTo(400);
		BufferedImage display = pixels(store.display(photo.key()).orElseThrow());
		assertThat(display.getWidth()).isEqualTo(200);
		assertThat(display.getHeight()).isEqualTo(400);
	}

	@Test
	void aTransparentPngIsShownOnWhite() throws Exception {
		PhotoStore store = store();
		StoredPhoto photo = store.store("drawing.png", TestPhotos.pngWithAlpha(100, 50), PARK);

		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.metadata().width()).isEqualTo(100);
		assertThat(store.original(photo.key()).orElseThrow().getContentAsByteArray())
			.isEqualTo(TestPhotos.pngWithAlpha(100, 50));
		BufferedImage display = pixels(store.display(photo.key()).orElseThrow());
		assertThat(display.getColorModel().hasAlpha()).isFalse();
		assertThat(display.getRGB(10, 25) & 0xFFFFFF).isGreaterThan(0xF0F0F0);
		assertThat((display.getRGB(90, 25) >> 16) & 0xFF).isGreaterThan(0xE0);
	}

	@Test
	void aNameWithFoldersNeverReachesTheFileSystem() throws Exception {
		PhotoStore store = store();

		StoredPhoto photo = store.store("../../etc/passwd.jpg", TestPhotos.jpeg(40, 30), PARK);

		assertThat(photo.originalName()).isEqualTo("passwd.jpg");
		try (Stream<Path> files = Files.walk(dataDir)) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> dataDir.relativize(file).toString()))
				.containsExactlyInAnyOrder("photos/original/" + photo.key(), "photos/display/" + photo.key() + ".jpg",
						"photos/thumbnail/" + photo.key() + ".jpg");
		}
		assertThat(dataDir.getParent().resolve("etc")).doesNotExist();
	}

	@Test
	void aStreamIsStoredLikeBytes() throws Exception {
		PhotoStore store = store();
		byte[] photo = TestPhotos.jpeg(40, 30);

		StoredPhoto stored = store.store("stream.jpg", new ByteArrayInputStream(photo), PARK);

		assertThat(stored.sizeBytes()).isEqualTo(photo.length);
		assertThat(store.original(stored.key()).orElseThrow().getContentAsByteArray()).isEqualTo(photo);
	}

	@Test
	void onlyKnownCanonicalKeysFindFiles() {
		PhotoStore store = store();
		String key = store.store("a.jpg", TestPhotos.jpeg(40, 30), PARK).key();

		assertThat(store.display(key)).isPresent();
		assertThat(store.display(key.toUpperCase())).isEmpty();
		assertThat(store.original("../original/" + key)).isEmpty();
		assertThat(store.thumbnail("00000000-0000-0000-0000-000000000000")).isEmpty();
		assertThat(store.original("")).isEmpty();
	}

	@Test
	void deleteRemovesEveryCopy() {
		PhotoStore store = store();
		String key = store.store("a.jpg", TestPhotos.jpeg(40, 30), PARK).key();

		store.delete(key);
		store.delete("not-a-key/..");

		assertThat(store.original(key)).isEmpty();
		assertThat(store.display(key)).isEmpty();
		assertThat(store.thumbnail(key)).isEmpty();
	}

	private static BufferedImage pixels(Resource resource) throws Exception {
		return TestPhotos.pixelsOf(resource.getContentAsByteArray());
	}

}
