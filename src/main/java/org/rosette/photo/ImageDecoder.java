package org.rosette.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.rosette.photo.PhotoRejectedException.Reason;

/**
 * Decodes a photo just finely enough for its largest copy. Reading every n-th pixel while
 * decoding keeps a 50 megapixel original from taking hundreds of megabytes of heap on a
 * small server.
 */
final class ImageDecoder {

	record Decoded(int width, int height, BufferedImage image) {
	}

	private ImageDecoder() {
	}

	static Decoded decode(byte[] content, ImageFormat format, String fileName, PhotoProperties limits) {
		ImageReader reader = reader(format);
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		// A memory-backed stream: the default ImageIO stream may spill to a temporary
		// file.
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > limits.maxPixels()) {
				throw new PhotoRejectedException(Reason.TOO_MANY_PIXELS, fileName,
						width + " x " + height + " pixels is too many", limits.maxMegapixels());
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = Math.max(1, Math.max(width, height) / limits.displayMaxPixels());
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage image = reader.read(0, param);
			if (warnings.stream().anyMatch(ImageDecoder::cutShort)) {
				throw unreadable(fileName, String.join("; ", warnings), null);
			}
			return new Decoded(width, height, image);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRejectedException rejected) {
				throw rejected;
			}
			throw unreadable(fileName, String.valueOf(ex.getMessage()), ex);
		}
		finally {
			reader.dispose();
		}
	}

	private static ImageReader reader(ImageFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("This Java runtime has no " + format + " decoder");
		}
		return readers.next();
	}

	// The JPEG decoder only warns when the data ends early and fills the rest of the
	// picture with grey.
	private static boolean cutShort(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("truncated") || text.contains("premature end");
	}

	private static PhotoRejectedException unreadable(String fileName, String detail, Throwable cause) {
		return new PhotoRejectedException(Reason.UNREADABLE, fileName, "cannot be decoded: " + detail, null, cause);
	}

}
