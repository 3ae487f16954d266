package org.rosette.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * The copies of a photo that may be shown: scaled, turned upright, and encoded afresh as
 * JPEG from pixels alone, so no EXIF, GPS, XMP or colour profile of the original can
 * travel with them.
 */
final class Renditions {

	private static final float QUALITY = 0.85f;

	private Renditions() {
	}

	/**
	 * The image no larger than {@code longest} on its longer side, upright, on white
	 * where it was transparent.
	 */
	static BufferedImage scaled(BufferedImage image, int longest, int orientation) {
		try {
			Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(opaque(image));
			if (Math.max(image.getWidth(), image.getHeight()) <= longest) {
				builder.scale(1.0);
			}
			else {
				builder.size(longest, longest).keepAspectRatio(true);
			}
			if (orientation != CameraRecord.UPRIGHT) {
				builder.addFilter(ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)));
			}
			return opaque(builder.asBufferedImage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] jpeg(BufferedImage image) {
		return Jpeg.encode(image, QUALITY);
	}

	// Plain RGB: JPEG has no transparency, and grey, indexed or 16-bit pixels encode
	// badly or not at all.
	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

}
