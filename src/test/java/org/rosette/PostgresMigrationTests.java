package org.rosette;

import org.flywaydb.core.Flyway;
import org.rosette.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The whole Flyway history, cleaned and applied from scratch, on a real PostgreSQL, then
 * Hibernate's validation and the schema's constraints. See {@link PostgresTest} for where
 * the server comes from.
 */
@PostgresTest
class PostgresMigrationTests extends MigrationChecks {

	@Autowired
	PostgresMigrationTests(JdbcTemplate jdbc, Flyway flyway, Environment environment,
			EntityManagerFactory entityManagerFactory) {
		super(jdbc, flyway, environment, entityManagerFactory);
	}

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

	@Override
	String constraintCase(String constraint) {
		return constraint;
	}

}
