package org.rosette;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Flyway history must give on every database Rosette runs on: all migrations
 * applied, Hibernate's schema validation passing, and the constraints that protect the
 * data. Plain SQL through {@link JdbcTemplate}, so these checks hold whatever the
 * entities look like. Each test runs in a transaction that is rolled back; a statement
 * that is expected to fail comes last, because PostgreSQL refuses further statements in a
 * failed transaction.
 * <p>
 * {@code @Transactional} is repeated here on purpose: Spring finds a class-level
 * {@code @Transactional} (such as the one {@code @DataJpaTest} brings) on the class that
 * <em>declares</em> a test method, so without it these inherited checks would commit
 * their rows into the shared PostgreSQL database.
 */
@Transactional
abstract class MigrationChecks {

	/**
	 * The migrations that were on main when these checks were written; later ones only
	 * add to them.
	 */
	private static final int KNOWN_MIGRATIONS = 7;

	private final JdbcTemplate jdbc;

	private final Flyway flyway;

	private final Environment environment;

	private final EntityManagerFactory entityManagerFactory;

	MigrationChecks(JdbcTemplate jdbc, Flyway flyway, Environment environment,
			EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.flyway = flyway;
		this.environment = environment;
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * The product name the JDBC driver reports, e.g. {@code PostgreSQL} or {@code H2}.
	 */
	abstract String expectedDatabase();

	@Test
	void runsOnTheExpectedDatabase() throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(this.jdbc.getDataSource(),
				DatabaseMetaData::getDatabaseProductName);
		assertThat(product).isEqualTo(expectedDatabase());
	}

	@Test
	void runsInATransactionThatIsRolledBack() {
		assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
	}

	@Test
	void appliesEveryMigrationSuccessfully() {
		MigrationInfo[] all = this.flyway.info().all();
		List<MigrationInfo> versioned = Arrays.stream(all).filter((info) -> info.getVersion() != null).toList();
		assertThat(versioned).hasSizeGreaterThanOrEqualTo(KNOWN_MIGRATIONS);
		assertThat(versioned)
			.allSatisfy((info) -> assertThat(info.getState()).as("V%s %s", info.getVersion(), info.getDescription())
				.isEqualTo(MigrationState.SUCCESS));
		assertThat(versioned).extracting((info) -> info.getVersion().getVersion())
			.startsWith("1", "2", "3", "4", "5", "6", "7");
		assertThat(this.flyway.info().pending()).isEmpty();
		Integer failed = this.jdbc
			.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE", Integer.class);
		assertThat(failed).isZero();
	}

	@Test
	void hibernateValidatesTheMigratedSchema() {
		// The context started, so Hibernate validated every entity against the migrated
		// tables; make sure nobody
		// turned validation into schema generation for tests, which would hide a missing
		// migration.
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto"))
			.as("spring.jpa.hibernate.ddl-auto; null means a src/test/resources/application.properties hides the main"
					+ " one: put test settings in src/test/resources/config/application.properties")
			.isEqualTo("validate");
		assertThat(this.entityManagerFactory.isOpen()).isTrue();
	}

	@Test
	void leopardCodesAreUnique() {
		insertLeopard("T-CHECK-1", "ALIVE");
		assertThatThrownBy(() -> insertLeopard("T-CHECK-1", "ALIVE"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraintCase("uk_leopards_code"));
	}

	@Test
	void leopardStatusMustBeKnown() {
		insertLeopard("T-CHECK-2", "MISSING");
		assertThatThrownBy(() -> insertLeopard("T-CHECK-3", "FOO")).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraintCase("ck_leopards_status"));
	}

	@Test
	void campaignGoalKeepsExactCents() {
		BigDecimal goal = new BigDecimal("84000.10");
		this.jdbc.update(
				"""
						INSERT INTO campaigns (slug, title, summary, goal_amount, currency, status, starts_on, created_at, updated_at)
						VALUES ('t-camera-traps', 'Camera traps', 'Forty new camera traps', ?, 'RUB', 'ACTIVE', DATE '2026-03-01',
						        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
						""",
				goal);
		BigDecimal stored = this.jdbc.queryForObject("SELECT goal_amount FROM campaigns WHERE slug = 't-camera-traps'",
				BigDecimal.class);
		// equal in value and scale: no binary floating point anywhere between the form
		// and the column
		assertThat(stored).isEqualTo(goal);
	}

	@Test
	void sightingLatitudeMustBeOnEarth() {
		long ranger = insertRanger("t-ranger");
		insertSighting(ranger, 43.1);
		assertThatThrownBy(() -> insertSighting(ranger, 91)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraintCase("ck_sightings_latitude"));
	}

	@Test
	void aLeopardCannotBeHerOwnMother() {
		insertLeopard("T-CHECK-4", "ALIVE");
		assertThatThrownBy(() -> this.jdbc.update("UPDATE leopards SET mother_id = id WHERE code = 'T-CHECK-4'"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraintCase("ck_leopards_not_own_mother"));
	}

	/**
	 * How the database spells a constraint name in its messages (H2 upper-cases unquoted
	 * names).
	 */
	abstract String constraintCase(String constraint);

	private void insertLeopard(String code, String status) {
		this.jdbc.update("""
				INSERT INTO leopards (code, name, sex, status, created_at, updated_at)
				VALUES (?, 'Test leopard', 'FEMALE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
				""", code, status);
	}

	private long insertRanger(String username) {
		this.jdbc.update("""
				INSERT INTO users (username, password_hash, display_name, role, created_at)
				VALUES (?, '{noop}x', 'Test ranger', 'RANGER', CURRENT_TIMESTAMP)
				""", username);
		return this.jdbc.queryForObject("SELECT id FROM users WHERE username = ?", Long.class, username);
	}

	private void insertSighting(long submittedBy, double latitude) {
		this.jdbc.update(
				"""
						INSERT INTO sightings (observed_at, latitude, longitude, evidence, status, submitted_by, created_at, updated_at)
						VALUES (CURRENT_TIMESTAMP, ?, 131.2, 'CAMERA_TRAP', 'PENDING', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
						""",
				latitude, submittedBy);
	}

}
