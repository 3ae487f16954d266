package org.rosette.population;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.sighting.CameraTrapDetections;
import org.rosette.sighting.CameraTrapDetections.CameraCapture;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey for spatial capture–recapture in R's {@code secr}: the same captures as the
 * capture history (verified, identified camera-trap sightings, by occasion), each with
 * the camera that made it, and every camera that worked in the survey, whether it caught
 * an identified leopard or not.
 */
@Service
@Transactional(readOnly = true)
public class SecrExports {

	private static final Comparator<SecrSurvey.Capture> IN_FILE_ORDER = Comparator
		.comparing(SecrSurvey.Capture::individual)
		.thenComparingInt(SecrSurvey.Capture::occasion)
		.thenComparing(SecrSurvey.Capture::detector);

	private final CameraTrapDetections detections;

	private final PublicLeopards catalogue;

	private final ParkArea park;

	SecrExports(CameraTrapDetections detections, PublicLeopards catalogue, ParkArea park) {
		this.detections = detections;
		this.catalogue = catalogue;
		this.park = park;
	}

	public SecrSurvey survey(SurveyWindow window) {
		List<CameraCapture> seen = detections.cameraCaptures(window.from(), window.lastCoveredDay(), park.zone(),
				window.area());
		CameraStations stations = new CameraStations(seen);
		Map<Long, String> codes = catalogue.all()
			.stream()
			.collect(Collectors.toMap(Leopard::getId, leopard -> CameraStations.secrName(leopard.getCode())));
		TreeSet<SecrSurvey.Capture> captures = new TreeSet<>(IN_FILE_ORDER);
		for (CameraCapture capture : seen) {
			int occasion = window.occasionOf(capture.day());
			if (capture.leopardId() != null && occasion >= 0) {
				captures
					.add(new SecrSurvey.Capture(codes.getOrDefault(capture.leopardId(), "id-" + capture.leopardId()),
							occasion + 1, stations.detectorOf(capture)));
			}
		}
		return new SecrSurvey(window, window.from().toString(), List.copyOf(captures), stations.detectors());
	}

}
