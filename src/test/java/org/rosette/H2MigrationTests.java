package org.rosette;

import java.util.Locale;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The same Flyway history and checks as {@link PostgresMigrationTests}, on the H2 that
 * {@code ./mvnw spring-boot:run} uses (in memory for tests, as configured in
 * {@code src/test/resources/config/application.properties}).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class H2MigrationTests extends MigrationChecks {

	@Autowired
	H2MigrationTests(JdbcTemplate jdbc, Flyway flyway, Environment environment,
			EntityManagerFactory entityManagerFactory) {
		super(jdbc, flyway, environment, entityManagerFactory);
	}

	@Override
	String expectedDatabase() {
		return "H2";
	}

	@Override
	String constraintCase(String constraint) {
		return constraint.toUpperCase(Locale.ROOT);
	}

}
