package org.rosette.photo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photos made on the spot, so the tests need no binary fixtures. */
final class TestPhotos {

	// commons-imaging has no constant for EXIF 2.31's OffsetTimeOriginal.
	private static final TagInfoAscii OFFSET_TIME_ORIGINAL = new TagInfoAscii("OffsetTimeOriginal", 0x9011, 7,
			TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);

	private TestPhotos() {
	}

	static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/** Half transparent, half opaque red. */
	static byte[] pngWithAlpha(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return encode(image, "png");
	}

	static byte[] png(int width, int height) {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png");
	}

	/**
	 * The JPEG with a camera make, capture time, optional offset and GPS position in
	 * EXIF, and an XMP packet.
	 */
	static byte[] withCameraRecord(byte[] jpeg, double latitude, double longitude, String dateTimeOriginal,
			String offsetTimeOriginal, int orientation) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			TiffOutputDirectory root = exif.getOrCreateRootDirectory();
			root.add(TiffTagConstants.TIFF_TAG_MAKE, "TrailCam");
			root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			TiffOutputDirectory sub = exif.getOrCreateExifDirectory();
			sub.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, dateTimeOriginal);
			if (offsetTimeOriginal != null) {
				sub.add(OFFSET_TIME_ORIGINAL, offsetTimeOriginal);
			}
			exif.setGpsInDegrees(longitude, latitude);
			ByteArrayOutputStream withExif = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(jpeg, withExif, exif);
			ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
			new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, xmp(latitude, longitude));
			return withXmp.toByteArray();
		}
		catch (ImagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Metadata metadataOf(byte[] content) throws Exception {
		return ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
	}

	static BufferedImage pixelsOf(byte[] content) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(content));
	}

	private static String xmp(double latitude, double longitude) {
		return """
				<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"
				 exif:GPSLatitude="%s" exif:GPSLongitude="%s"/></rdf:RDF></x:xmpmeta>""".formatted(latitude, longitude);
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.DARK_GRAY));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
