package org.rosette.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.rosette.sighting.CameraTrapDetections.CameraCapture;

/**
 * The detectors of a survey: each camera deployment an import named is one; sightings
 * without a deployment are grouped by place, a point joining the first station whose
 * first point lies within {@value #SAME_CAMERA_METRES} m (a camera moved a few metres, or
 * a position typed with less precision, is still the same station).
 */
final class CameraStations {

	static final double SAME_CAMERA_METRES = 100;

	/**
	 * secr separates values by blanks, tabs or commas, reads {@code #} as a comment and
	 * warns against underscores in detector names.
	 */
	private static final Pattern NOT_IN_A_NAME = Pattern.compile("[\\s,_#]+");

	private record Point(double latitude, double longitude) {
	}

	private static final class Station {

		private final Utm52North.Metres first;

		private final List<Utm52North.Metres> points = new ArrayList<>();

		private String name = "";

		Station(Utm52North.Metres first) {
			this.first = first;
		}

		SecrSurvey.Detector detector() {
			return new SecrSurvey.Detector(name,
					points.stream().mapToDouble(Utm52North.Metres::x).average().orElseThrow(),
					points.stream().mapToDouble(Utm52North.Metres::y).average().orElseThrow());
		}

	}

	private final Map<String, Station> byDeployment = new TreeMap<>();

	private final Map<Point, Station> byPoint = new HashMap<>();

	private final List<Station> grouped = new ArrayList<>();

	CameraStations(List<CameraCapture> captures) {
		Utm52North grid = new Utm52North();
		Map<String, Set<Point>> deployments = new TreeMap<>();
		Set<Point> loose = new HashSet<>();
		for (CameraCapture capture : captures) {
			Point point = new Point(capture.latitude(), capture.longitude());
			if (capture.deployment() == null || capture.deployment().isBlank()) {
				loose.add(point);
			}
			else {
				deployments.computeIfAbsent(capture.deployment(), d -> new HashSet<>()).add(point);
			}
		}
		deployments.forEach((deployment, points) -> {
			List<Point> sorted = points.stream().sorted(BY_PLACE).toList();
			Station station = new Station(grid.project(sorted.get(0).latitude(), sorted.get(0).longitude()));
			sorted.forEach(p -> station.points.add(grid.project(p.latitude(), p.longitude())));
			byDeployment.put(deployment, station);
		});
		for (Point point : loose.stream().sorted(BY_PLACE).toList()) {
			Utm52North.Metres metres = grid.project(point.latitude(), point.longitude());
			Station station = grouped.stream()
				.filter(s -> s.first.distanceTo(metres) <= SAME_CAMERA_METRES)
				.findFirst()
				.orElseGet(() -> {
					Station fresh = new Station(metres);
					grouped.add(fresh);
					return fresh;
				});
			station.points.add(metres);
			byPoint.put(point, station);
		}
		name();
	}

	private static final Comparator<Point> BY_PLACE = Comparator.comparingDouble(Point::latitude)
		.thenComparingDouble(Point::longitude);

	private void name() {
		Set<String> taken = new HashSet<>();
		byDeployment.forEach((deployment, station) -> station.name = unique(secrName(deployment), taken));
		for (int i = 0; i < grouped.size(); i++) {
			grouped.get(i).name = unique("camera-" + (i + 1), taken);
		}
	}

	private static String unique(String name, Set<String> taken) {
		String candidate = name;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = name + "-" + n;
		}
		return candidate;
	}

	/**
	 * A name secr reads as one value: no blanks, commas, underscores or comment marks.
	 */
	static String secrName(String name) {
		String cleaned = NOT_IN_A_NAME.matcher(name.strip()).replaceAll("-");
		return cleaned.isEmpty() ? "-" : cleaned;
	}

	String detectorOf(CameraCapture capture) {
		if (capture.deployment() != null && !capture.deployment().isBlank()) {
			return byDeployment.get(capture.deployment()).name;
		}
		return byPoint.get(new Point(capture.latitude(), capture.longitude())).name;
	}

	List<SecrSurvey.Detector> detectors() {
		List<SecrSurvey.Detector> all = new ArrayList<>();
		byDeployment.values().forEach(station -> all.add(station.detector()));
		grouped.forEach(station -> all.add(station.detector()));
		return all;
	}

}
