package org.rosette.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * JPEGs as a ranger's camera writes them, made on the spot so report tests need no binary
 * fixtures.
 */
public final class CameraPhotos {

	private CameraPhotos() {
	}

	public static byte[] plain() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xE0A030));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(new Color(0x1F3D2B));
		graphics.fillOval(16, 12, 24, 20);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JPEG whose EXIF says when ({@code yyyy:MM:dd HH:mm:ss}, camera's wall clock) and
	 * where it was taken.
	 */
	public static byte[] taken(String dateTimeOriginal, double latitude, double longitude) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, dateTimeOriginal);
			exif.setGpsInDegrees(longitude, latitude);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(plain(), out, exif);
			return out.toByteArray();
		}
		catch (ImagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
