package org.rosette.population;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rosette.sighting.CameraTrapDetections.CameraCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CameraStationsTests {

	private static final LocalDate DAY = LocalDate.parse("2025-03-03");

	// 60 m north of HERE, and 162 m east of it (UTM zone 52N)
	private static final CameraCapture HERE = at(43.3, 131.2, null);

	private static final CameraCapture SIXTY_METRES_NORTH = at(43.30054, 131.2, null);

	private static final CameraCapture HUNDRED_SIXTY_METRES_EAST = at(43.3, 131.202, null);

	@Test
	void pointsWithin100MetresAreOneCamera() {
		CameraStations stations = new CameraStations(List.of(SIXTY_METRES_NORTH, HERE));

		assertThat(stations.detectors()).hasSize(1);
		assertThat(stations.detectorOf(HERE)).isEqualTo(stations.detectorOf(SIXTY_METRES_NORTH));
		// standing halfway between its points
		assertThat(stations.detectors().get(0).y()).isCloseTo(4_796_510.306, within(1.0));
	}

	@Test
	void pointsFurtherApartAreTwoCameras() {
		CameraStations stations = new CameraStations(List.of(HERE, HUNDRED_SIXTY_METRES_EAST));

		assertThat(stations.detectors()).extracting(SecrSurvey.Detector::name).containsExactly("camera-1", "camera-2");
		assertThat(stations.detectorOf(HUNDRED_SIXTY_METRES_EAST)).isEqualTo("camera-2");
	}

	@Test
	void aDeploymentIsOneCameraNamedAfterIt() {
		CameraCapture deployed = at(43.3, 131.2, "dep north_1");

		CameraStations stations = new CameraStations(List.of(deployed, HERE));

		assertThat(stations.detectorOf(deployed)).isEqualTo("dep-north-1");
		assertThat(stations.detectorOf(HERE)).isEqualTo("camera-1");
		assertThat(stations.detectors()).hasSize(2);
	}

	@Test
	void namesAreUniqueAndReadAsOneValue() {
		CameraStations stations = new CameraStations(
				List.of(at(43.2, 131.1, "camera-1"), at(43.21, 131.1, "#a, b"), HERE));

		assertThat(stations.detectors()).extracting(SecrSurvey.Detector::name)
			.containsExactlyInAnyOrder("-a-b", "camera-1", "camera-1-2");
	}

	private static CameraCapture at(double latitude, double longitude, String deployment) {
		return new CameraCapture(1L, DAY, latitude, longitude, deployment);
	}

}
