package org.rosette.population;

import org.rosette.sighting.CameraTrapDetections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/** The capture days query on H2, the embedded default. */
@DataJpaTest
@Import(CameraTrapDetections.class)
class CameraTrapDaysTests extends CameraTrapDaysContract {

	@Autowired
	CameraTrapDaysTests(CameraTrapDetections detections, TestEntityManager entityManager) {
		super(detections, entityManager);
	}

}
