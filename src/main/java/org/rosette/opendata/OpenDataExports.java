package org.rosette.opendata;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Service;

/**
 * The downloads of sightings. {@code exact} is the staff view; whoever calls must have
 * checked that the caller is staff. Everything else gets the public view and nothing
 * more.
 */
@Service
public class OpenDataExports {

	private final CsvExport csv;

	private final GeoJsonExport geoJson;

	private final DarwinCoreArchive archive;

	OpenDataExports(CsvExport csv, GeoJsonExport geoJson, DarwinCoreArchive archive) {
		this.csv = csv;
		this.geoJson = geoJson;
		this.archive = archive;
	}

	public void write(Format format, OutputStream out, boolean exact) throws IOException {
		switch (format) {
			case CSV -> csv.write(out, exact);
			case GEOJSON -> geoJson.write(out, exact);
			case DWCA -> archive.write(out, exact);
		}
	}

	/** The export formats, with what a download is called and announced as. */
	public enum Format {

		CSV("sightings", "csv", "text/csv;charset=UTF-8;header=present"),
		GEOJSON("sightings", "geojson", "application/geo+json"), DWCA("dwca", "zip", "application/zip");

		private final String baseName;

		private final String extension;

		private final String mediaType;

		Format(String baseName, String extension, String mediaType) {
			this.baseName = baseName;
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String fileName(boolean exact) {
			return "rosette-" + baseName + (exact ? "-exact" : "") + "." + extension;
		}

		public String mediaType() {
			return mediaType;
		}

	}

}
