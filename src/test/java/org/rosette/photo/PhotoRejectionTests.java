package org.rosette.photo;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosette.photo.PhotoRejectedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PhotoRejectionTests {

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	@TempDir
	Path dataDir;

	private PhotoStore store(long maxBytes, int maxMegapixels) {
		return new PhotoStore(new PhotoProperties(maxBytes, 3, 1600, 320, maxMegapixels), dataDir.toString());
	}

	private PhotoStore store() {
		return store(15_728_640, 100);
	}

	private PhotoRejectedException refused(PhotoStore store, String name, byte[] content) {
		PhotoRejectedException rejected = catchThrowableOfType(PhotoRejectedException.class,
				() -> store.store(name, content, PARK));
		assertThat(rejected).as("refused").isNotNull();
		assertThat(dataDir).isEmptyDirectory();
		return rejected;
	}

	@Test
	void aProgramNamedLikeAPhotoIsNotAnImage() {
		byte[] program = Arrays.copyOf(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }, 2048);

		PhotoRejectedException rejected = refused(store(), "leopard.jpg", program);

		assertThat(rejected.reason()).isEqualTo(Reason.NOT_AN_IMAGE);
		assertThat(rejected.messageKey()).isEqualTo("photo.rejected.NOT_AN_IMAGE");
		assertThat(rejected.fileName()).isEqualTo("leopard.jpg");
		assertThat(rejected.messageArguments()).containsExactly("leopard.jpg", "");
		assertThat(rejected).hasMessageContaining("leopard.jpg");
	}

	@Test
	void otherImageKindsAreNotAccepted() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

		assertThat(refused(store(), "cat.gif", gif).reason()).isEqualTo(Reason.NOT_AN_IMAGE);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refused(store(), "empty.jpg", new byte[0]).reason()).isEqualTo(Reason.EMPTY);
	}

	@Test
	void aFileOverTheLimitIsRefused() {
		byte[] photo = TestPhotos.jpeg(200, 200);
		PhotoStore store = store(photo.length - 1, 100);

		PhotoRejectedException rejected = refused(store, "big.jpg", photo);

		assertThat(rejected.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(rejected.messageKey()).isEqualTo("photo.rejected.TOO_LARGE");
		assertThatExceptionOfType(PhotoRejectedException.class)
			.isThrownBy(() -> store.inspect("big.jpg", new ByteArrayInputStream(photo), PARK))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThat(store(photo.length, 100).inspect("big.jpg", photo, PARK).width()).isEqualTo(200);
	}

	@Test
	void theLimitIsShownInMegabytes() {
		byte[] photo = TestPhotos.jpeg(10, 10);

		PhotoRejectedException rejected = refused(store(5 * 1024 * 1024 / 2, 100), "a.jpg",
				Arrays.copyOf(photo, 3 * 1024 * 1024));

		assertThat(rejected.messageArguments()).containsExactly("a.jpg", "2.5");
	}

	@Test
	void aSmallFileOfTooManyPixelsIsRefused() {
		byte[] png = TestPhotos.png(1500, 1000);

		assertThat(refused(store(15_728_640, 1), "bomb.png", png).reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
	}

	@Test
	void aJpegCutShortIsUnreadable() {
		byte[] photo = noisyJpeg();

		PhotoRejectedException rejected = refused(store(), "cut.jpg", Arrays.copyOf(photo, photo.length / 2));

		assertThat(rejected.reason()).isEqualTo(Reason.UNREADABLE);
		assertThat(rejected.messageKey()).isEqualTo("photo.rejected.UNREADABLE");
	}

	@Test
	void aJpegHeaderFollowedByRubbishIsUnreadable() {
		byte[] rubbish = new byte[4096];
		new Random(7).nextBytes(rubbish);
		rubbish[0] = (byte) 0xFF;
		rubbish[1] = (byte) 0xD8;
		rubbish[2] = (byte) 0xFF;

		assertThat(refused(store(), "rubbish.jpg", rubbish).reason()).isEqualTo(Reason.UNREADABLE);
	}

	@Test
	void aPngCutShortIsUnreadable() {
		byte[] png = TestPhotos.pngWithAlpha(300, 300);

		assertThat(refused(store(), "cut.png", Arrays.copyOf(png, png.length - 40)).reason())
			.isEqualTo(Reason.UNREADABLE);
	}

	@Test
	void tooManyPhotosInOneSubmission() {
		PhotoStore store = store();
		store.checkCount(3);

		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> store.checkCount(4))
			.satisfies((ex) -> assertThat(ex.messageArguments()).containsExactly("", 3));
	}

	// Noise compresses poorly, so half the file is half the picture.
	private static byte[] noisyJpeg() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 400; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return Renditions.jpeg(image);
	}

}
