package org.rosette.population;

import org.rosette.sighting.CameraTrapDetections;
import org.rosette.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/** The capture days query on PostgreSQL, where {@code at time zone} works differently. */
@PostgresTest
@Import(CameraTrapDetections.class)
class CameraTrapDaysPostgresTests extends CameraTrapDaysContract {

	@Autowired
	CameraTrapDaysPostgresTests(CameraTrapDetections detections, TestEntityManager entityManager) {
		super(detections, entityManager);
	}

}
