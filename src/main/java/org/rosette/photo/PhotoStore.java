package org.rosette.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.rosette.photo.PhotoRejectedException.Reason;
import org.rosette.photo.PhotoStorage.Variant;
import org.rosette.system.DatabaseBlobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Checks, keeps and serves photos. The original is kept exactly as sent and is for
 * reviewers only: it holds the camera's GPS position. Display copies and thumbnails are
 * re-encoded JPEGs without any metadata, safe to publish. Files live under
 * {@code ${rosette.data-dir}/photos/}, or in the database with
 * {@code rosette.photos.store=database} when several instances share the work.
 */
@Service
public class PhotoStore {

	private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

	private final PhotoProperties limits;

	private final PhotoStorage files;

	@Autowired
	PhotoStore(PhotoProperties limits, @Value("${rosette.data-dir:./data}") String dataDir,
			@Value("${rosette.photos.store:folder}") String store, ObjectProvider<DatabaseBlobs> blobs) {
		this(limits, switch (store) {
			case "folder" -> new PhotoFiles(Path.of(dataDir, "photos"));
			case "database" -> new DatabasePhotos(blobs.getObject());
			default -> throw new IllegalArgumentException(
					"rosette.photos.store must be folder or database, not '" + store + "'");
		});
	}

	/** Keeps photos in a folder {@code photos} under {@code dataDir}. */
	public PhotoStore(PhotoProperties limits, String dataDir) {
		this(limits, new PhotoFiles(Path.of(dataDir, "photos")));
	}

	PhotoStore(PhotoProperties limits, PhotoStorage files) {
		this.limits = limits;
		this.files = files;
	}

	/**
	 * Checks a photo and reads what its camera recorded, without keeping it.
	 * @param cameraZone the zone a capture time without offset is read in: the park's
	 * @throws PhotoRejectedException if it is empty, too large, not a JPEG or PNG by
	 * content, or cannot be decoded
	 */
	public PhotoMetadata inspect(String originalName, byte[] content, ZoneId cameraZone) {
		return examine(OriginalName.clean(originalName), content, cameraZone).metadata();
	}

	/**
	 * As {@link #inspect(String, byte[], ZoneId)}; reads at most one byte more than the
	 * limit.
	 */
	public PhotoMetadata inspect(String originalName, InputStream content, ZoneId cameraZone) {
		String name = OriginalName.clean(originalName);
		return examine(name, read(name, content), cameraZone).metadata();
	}

	/**
	 * Checks and keeps a photo under a new random key. Inside a transaction, the files
	 * are removed again if it rolls back.
	 * @throws PhotoRejectedException as {@link #inspect(String, byte[], ZoneId)}
	 * @throws UncheckedIOException if the files cannot be written; none are left behind
	 */
	public StoredPhoto store(String originalName, byte[] content, ZoneId cameraZone) {
		String name = OriginalName.clean(originalName);
		Examined photo = examine(name, content, cameraZone);
		BufferedImage display = Renditions.scaled(photo.pixels(), limits.displayMaxPixels(), photo.orientation());
		BufferedImage thumbnail = Renditions.scaled(display, limits.thumbnailMaxPixels(), CameraRecord.UPRIGHT);
		String key = UUID.randomUUID().toString();
		try {
			files.keep(key, content, Renditions.jpeg(display), Renditions.jpeg(thumbnail));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep photo " + name, ex);
		}
		return new StoredPhoto(key, name, photo.metadata().contentType(), content.length, photo.metadata());
	}

	/**
	 * As {@link #store(String, byte[], ZoneId)}; reads at most one byte more than the
	 * limit.
	 */
	public StoredPhoto store(String originalName, InputStream content, ZoneId cameraZone) {
		return store(originalName, read(OriginalName.clean(originalName), content), cameraZone);
	}

	/**
	 * Removes a photo's files; inside a transaction only once it commits. Unknown keys
	 * are ignored.
	 */
	public void delete(String key) {
		files.remove(key);
	}

	/**
	 * The photo as sent, with all its metadata: for reviewers only. Empty for anything
	 * but a known key.
	 */
	public Optional<Resource> original(String key) {
		return resource(key, Variant.ORIGINAL);
	}

	/** A JPEG at most {@code displayMaxPixels} on its longer side, without metadata. */
	public Optional<Resource> display(String key) {
		return resource(key, Variant.DISPLAY);
	}

	/** A JPEG at most {@code thumbnailMaxPixels} on its longer side, without metadata. */
	public Optional<Resource> thumbnail(String key) {
		return resource(key, Variant.THUMBNAIL);
	}

	public int maxPerSubmission() {
		return limits.maxPerSubmission();
	}

	/**
	 * @throws PhotoRejectedException with {@code TOO_MANY_PHOTOS} if one submission
	 * carries too many photos
	 */
	public void checkCount(int photos) {
		if (photos > limits.maxPerSubmission()) {
			throw new PhotoRejectedException(Reason.TOO_MANY_PHOTOS, "",
					photos + " photos, at most " + limits.maxPerSubmission() + " allowed", limits.maxPerSubmission());
		}
	}

	private Optional<Resource> resource(String key, Variant variant) {
		return files.open(key, variant);
	}

	private Examined examine(String name, byte[] content, ZoneId cameraZone) {
		if (content.length == 0) {
			throw new PhotoRejectedException(Reason.EMPTY, name, "the file is empty", null);
		}
		if (content.length > limits.maxBytes()) {
			throw tooLarge(name);
		}
		ImageFormat format = ImageFormat.of(content)
			.orElseThrow(() -> new PhotoRejectedException(Reason.NOT_AN_IMAGE, name, "not a JPEG or PNG image", null));
		ImageDecoder.Decoded decoded = ImageDecoder.decode(content, format, name, limits);
		CameraRecord camera = CameraRecord.read(content, cameraZone);
		boolean sideways = camera.turnsSideways();
		PhotoMetadata metadata = new PhotoMetadata(format.contentType(), sideways ? decoded.height() : decoded.width(),
				sideways ? decoded.width() : decoded.height(), camera.captured(), camera.position());
		return new Examined(metadata, decoded.image(), camera.orientation());
	}

	private byte[] read(String name, InputStream content) {
		try (content) {
			byte[] bytes = content.readNBytes((int) limits.maxBytes() + 1);
			if (bytes.length > limits.maxBytes()) {
				throw tooLarge(name);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read photo " + name, ex);
		}
	}

	private PhotoRejectedException tooLarge(String name) {
		BigDecimal megabytes = BigDecimal.valueOf(limits.maxBytes()).divide(MEGABYTE, 1, RoundingMode.HALF_UP);
		return new PhotoRejectedException(Reason.TOO_LARGE, name, "larger than " + limits.maxBytes() + " bytes",
				megabytes.stripTrailingZeros().toPlainString());
	}

	private record Examined(PhotoMetadata metadata, BufferedImage pixels, int orientation) {
	}

}
