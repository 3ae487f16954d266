package org.rosette.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * A {@link DataJpaTest} (JPA, repositories, Flyway, {@code JdbcTemplate}; each test
 * rolled back) on a real PostgreSQL instead of an embedded database:
 *
 * <pre class="code">
 * &#64;PostgresTest
 * class LeopardRepositoryPostgresTests {
 *
 *     private final LeopardRepository leopards;
 *
 *     &#64;Autowired
 *     LeopardRepositoryPostgresTests(LeopardRepository leopards) {
 *         this.leopards = leopards;
 *     }
 *     ...
 * }
 * </pre>
 *
 * Where the server comes from and what happens without one: see {@link PostgresDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@PostgresDatabase
public @interface PostgresTest {

}
