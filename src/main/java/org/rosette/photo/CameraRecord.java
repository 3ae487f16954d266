package org.rosette.photo;

import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.jspecify.annotations.Nullable;

/** What the camera wrote into the file (EXIF): when, where, and which way up. */
record CameraRecord(Optional<CaptureTime> captured, Optional<GpsPosition> position, int orientation) {

	static final int UPRIGHT = 1;

	private static final CameraRecord NOTHING = new CameraRecord(Optional.empty(), Optional.empty(), UPRIGHT);

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

	/** Orientations 5 to 8 turn the picture a quarter, so width and height swap. */
	boolean turnsSideways() {
		return orientation >= 5 && orientation <= 8;
	}

	// Metadata is a bonus: a damaged EXIF block must not cost the ranger the photo.
	static CameraRecord read(byte[] content, ZoneId cameraZone) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
		}
		catch (Exception ex) {
			return NOTHING;
		}
		return new CameraRecord(captured(metadata, cameraZone), position(metadata), orientation(metadata));
	}

	private static Optional<CaptureTime> captured(Metadata metadata, ZoneId cameraZone) {
		ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		String written = text(exif, ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
		if (written == null) {
			return Optional.empty();
		}
		try {
			LocalDateTime local = LocalDateTime.parse(written, EXIF_TIME).withNano(nanos(exif));
			ZoneOffset offset = offset(text(exif, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL));
			if (offset != null) {
				return Optional.of(new CaptureTime(local, local.toInstant(offset), true));
			}
			return Optional.of(new CaptureTime(local, local.atZone(cameraZone).toInstant(), false));
		}
		catch (DateTimeException ex) {
			// Cameras without a set clock write "0000:00:00 00:00:00" or blanks.
			return Optional.empty();
		}
	}

	private static int nanos(ExifSubIFDDirectory exif) {
		String fraction = text(exif, ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL);
		if (fraction == null || !fraction.matches("\\d{1,9}")) {
			return 0;
		}
		return Integer.parseInt((fraction + "00000000").substring(0, 9));
	}

	private static @Nullable ZoneOffset offset(@Nullable String written) {
		try {
			return written == null ? null : ZoneOffset.of(written);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Optional<GpsPosition> position(Metadata metadata) {
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
		GeoLocation location = gps == null ? null : gps.getGeoLocation();
		// Receivers without a fix often write 0, 0: a point in the Gulf of Guinea, not a
		// leopard.
		if (location == null || location.isZero()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new GpsPosition(location.getLatitude(), location.getLongitude()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static int orientation(Metadata metadata) {
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
		return orientation != null && orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
	}

	private static @Nullable String text(@Nullable Directory directory, int tag) {
		String value = directory == null ? null : directory.getString(tag);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
