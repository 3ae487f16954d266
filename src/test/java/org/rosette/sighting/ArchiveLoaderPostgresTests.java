package org.rosette.sighting;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;

import org.rosette.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ArchiveLoaderCases} on PostgreSQL (binary COPY, indexes dropped and built again
 * on several connections), in a schema of its own beside the application's.
 */
@SpringBootTest
@PostgresDatabase
class ArchiveLoaderPostgresTests extends ArchiveLoaderCases {

	@Autowired
	private DataSource application;

	@Override
	DataSource database() {
		dropSchema();
		Flyway.configure()
			.dataSource(application)
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		return inSchema(application);
	}

	@Override
	List<String> sightingIndexes(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = 'sightings'",
				String.class, SCHEMA);
	}

	@AfterEach
	void dropSchema() {
		new JdbcTemplate(application).execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
	}

}
