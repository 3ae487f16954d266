package org.rosette.coat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.rosette.photo.PhotoStore;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Extracts the features of queued photos, one claimed photo at a time. Reads the display
 * copy (upright, at most 1600 pixels), so keypoints are in the pixels reviewers see.
 */
@Service
public class CoatExtraction {

	static final Duration LEASE = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 3;

	private static final Log logger = LogFactory.getLog(CoatExtraction.class);

	private final CoatPrintStore prints;

	private final PhotoStore photos;

	private final Clock clock;

	private final CoatReader galleryReader = CoatReader.forGallery();

	private final CoatReader queryReader = CoatReader.forQueries();

	CoatExtraction(CoatPrintStore prints, PhotoStore photos, Clock clock) {
		this.prints = prints;
		this.photos = photos;
		this.clock = clock;
	}

	/** Queues photos without features; {@code everything} also looks at old ones. */
	public int discover(boolean everything) {
		return prints.discover(everything, clock.instant());
	}

	/**
	 * Extracts one queued photo.
	 * @return whether there was one
	 */
	public boolean extractNext() {
		Instant now = clock.instant();
		Optional<CoatPrintStore.Claim> claim = prints.claim(now, now.plus(LEASE));
		if (claim.isEmpty()) {
			return false;
		}
		long id = claim.get().id();
		try {
			BufferedImage image = decode(claim.get().storageKey());
			CoatReader reader = claim.get().gallery() ? galleryReader : queryReader;
			prints.complete(id, reader.read(image), clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not extract coat features of photo " + claim.get().storageKey() + " (attempt "
					+ claim.get().attempts() + ")", ex);
			prints.release(id, MAX_ATTEMPTS);
		}
		return true;
	}

	public CoatProgress progress() {
		var p = prints.progress();
		return new CoatProgress(p.pending(), p.done(), p.failed());
	}

	private BufferedImage decode(String key) throws IOException {
		Resource display = photos.display(key).orElseThrow(() -> new IOException("No display copy of " + key));
		try (InputStream in = display.getInputStream()) {
			BufferedImage image = ImageIO.read(in);
			if (image == null) {
				throw new IOException("Undecodable display copy of " + key);
			}
			return image;
		}
	}

	/** How far extraction has come: photos waiting, done and given up on. */
	public record CoatProgress(long pending, long done, long failed) {

		public long total() {
			return pending + done + failed;
		}

		public int percentDone() {
			return total() == 0 ? 100 : (int) (100 * (done + failed) / total());
		}

	}

}
