package org.rosette.support;

import org.flywaydb.core.Flyway;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Points the application's data source at a real PostgreSQL (see
 * {@link PostgresAvailability}) and runs the whole Flyway history on it from scratch: the
 * database is cleaned before migrating, because the CI server's {@code test} database is
 * shared by every run. Never import this into anything but tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	static final DockerImageName IMAGE = DockerImageName.parse("postgres:17-alpine");

	@Bean
	@ServiceConnection
	@Conditional(OnDocker.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(IMAGE);
	}

	@Bean
	@Conditional(OnEnvironment.class)
	JdbcConnectionDetails testPostgresConnectionDetails() {
		return new EnvironmentConnectionDetails(PostgresAvailability.url(), PostgresAvailability.username(),
				PostgresAvailability.password());
	}

	/**
	 * Without a server the test condition skips the class before the context loads;
	 * should the context load anyway, it must fail rather than quietly test the in-memory
	 * H2 instead.
	 */
	@Bean
	@Conditional(OnNone.class)
	JdbcConnectionDetails noPostgresAvailable() {
		throw new IllegalStateException(PostgresAvailability.missing().orElse("no PostgreSQL for tests"));
	}

	@Bean
	FlywayConfigurationCustomizer allowCleaningTheTestDatabase() {
		return (configuration) -> configuration.cleanDisabled(false);
	}

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return PostgresTestConfiguration::cleanThenMigrate;
	}

	private static void cleanThenMigrate(Flyway flyway) {
		flyway.clean();
		flyway.migrate();
	}

	record EnvironmentConnectionDetails(String getJdbcUrl, String getUsername,
			String getPassword) implements JdbcConnectionDetails {
	}

	static final class OnDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return PostgresAvailability.source() == PostgresAvailability.Source.DOCKER;
		}

	}

	static final class OnEnvironment implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return PostgresAvailability.source() == PostgresAvailability.Source.ENVIRONMENT;
		}

	}

	static final class OnNone implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return PostgresAvailability.source() == PostgresAvailability.Source.NONE;
		}

	}

}
