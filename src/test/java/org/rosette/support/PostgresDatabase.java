package org.rosette.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.annotation.Import;

/**
 * Runs a Spring test against a real PostgreSQL instead of H2; combine with
 * {@code @SpringBootTest} when a test needs the whole application (for repository tests,
 * {@link PostgresTest} is shorter):
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;PostgresDatabase
 * class DonationTotalsPostgresTests { ... }
 * </pre>
 *
 * The database comes from {@code TEST_PG_URL} or a Testcontainers container and is
 * cleaned and migrated when the context starts. Without a PostgreSQL the class is skipped
 * with the reason, or fails under {@code CI=true}. Tagged {@code postgres}:
 * {@code ./mvnw test -Dgroups=postgres} runs just these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresAvailableCondition.class)
@Import(PostgresTestConfiguration.class)
public @interface PostgresDatabase {

}
