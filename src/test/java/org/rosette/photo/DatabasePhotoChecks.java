package org.rosette.photo;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rosette.system.DatabaseBlobs;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos kept in the database ({@code rosette.photos.store=database}): what one instance
 * keeps, another serves; they commit and roll back with the caller's transaction. Run on
 * H2 and on PostgreSQL. Not in a test transaction: commits are what is tested.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class DatabasePhotoChecks {

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	private final DatabaseBlobs blobs;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DatabasePhotoChecks(DatabaseBlobs blobs, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.blobs = blobs;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	private PhotoStore instance() {
		return new PhotoStore(PhotoProperties.defaults(), new DatabasePhotos(blobs));
	}

	@AfterEach
	void removeParts() {
		jdbc.update("DELETE FROM blob_parts");
	}

	@Test
	void aPhotoKeptByOneInstanceIsServedByAnother() throws IOException {
		byte[] sent = TestPhotos.jpeg(400, 300);
		String key = transaction.execute((status) -> instance().store("trap.jpg", sent, PARK).key());

		PhotoStore other = instance();
		Resource original = other.original(key).orElseThrow();
		assertThat(original.contentLength()).isEqualTo(sent.length);
		try (InputStream in = original.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(sent);
		}
		Resource thumbnail = other.thumbnail(key).orElseThrow();
		try (InputStream in = thumbnail.getInputStream()) {
			byte[] jpeg = in.readAllBytes();
			assertThat(jpeg).hasSize((int) thumbnail.contentLength());
			assertThat(ImageFormat.of(jpeg)).contains(ImageFormat.JPEG);
		}
		assertThat(other.display(key)).isPresent();
	}

	@Test
	void aPhotoKeptInATransactionThatRollsBackIsGone() {
		String key = transaction.execute((status) -> {
			String kept = instance().store("trap.jpg", TestPhotos.jpeg(60, 40), PARK).key();
			status.setRollbackOnly();
			return kept;
		});

		assertThat(instance().display(key)).isEmpty();
		assertThat(parts()).isZero();
	}

	@Test
	void aDeletedPhotoIsGoneOnceTheDeletionCommits() {
		String key = transaction.execute((status) -> instance().store("trap.jpg", TestPhotos.jpeg(60, 40), PARK).key());

		transaction.executeWithoutResult((status) -> {
			instance().delete(key);
			status.setRollbackOnly();
		});
		assertThat(instance().display(key)).as("deletion rolled back").isPresent();

		transaction.executeWithoutResult((status) -> instance().delete(key));
		assertThat(instance().original(key)).isEmpty();
		assertThat(parts()).isZero();
	}

	@Test
	void unknownOrMalformedKeysFindNothing() {
		assertThat(instance().display("00000000-0000-0000-0000-000000000000")).isEmpty();
		assertThat(instance().display("../../etc/passwd")).isEmpty();
	}

	@Test
	void aLargeFileIsKeptInPartsAndReadBackWhole() throws IOException {
		byte[] content = new byte[600_000];
		new Random(7).nextBytes(content);
		try (InputStream in = new java.io.ByteArrayInputStream(content)) {
			assertThat(blobs.write("test/large", in)).isEqualTo(content.length);
		}

		assertThat(parts()).isEqualTo(3);
		assertThat(blobs.size("test/large")).contains((long) content.length);
		try (InputStream in = blobs.read("test/large").orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	private long parts() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM blob_parts", Long.class);
	}

}
