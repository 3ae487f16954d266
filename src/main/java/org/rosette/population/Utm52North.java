package org.rosette.population;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 degrees to metres in UTM zone 52N (EPSG:32652), the grid the park lies in, as
 * {@code secr} wants detector positions. One instance per export: proj4j's transforms
 * keep working state and are not shared between threads.
 */
final class Utm52North {

	/** A point in metres: easting and northing. */
	record Metres(double x, double y) {

		double distanceTo(Metres other) {
			return Math.hypot(x - other.x, y - other.y);
		}

	}

	private static final CRSFactory CRS = new CRSFactory();

	private final CoordinateTransform transform;

	Utm52North() {
		CoordinateReferenceSystem wgs84 = CRS.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
		CoordinateReferenceSystem utm = CRS.createFromParameters("EPSG:32652",
				"+proj=utm +zone=52 +datum=WGS84 +units=m +no_defs");
		this.transform = new CoordinateTransformFactory().createTransform(wgs84, utm);
	}

	Metres project(double latitude, double longitude) {
		ProjCoordinate out = transform.transform(new ProjCoordinate(longitude, latitude), new ProjCoordinate());
		return new Metres(out.x, out.y);
	}

}
