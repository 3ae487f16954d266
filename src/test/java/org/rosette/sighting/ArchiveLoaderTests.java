package org.rosette.sighting;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ArchiveLoaderCases} on an in-memory H2 of its own (multi-row inserts). */
class ArchiveLoaderTests extends ArchiveLoaderCases {

	@Override
	DataSource database() {
		DataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:archive-loader-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		return database;
	}

	@Override
	List<String> sightingIndexes(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT index_name FROM information_schema.indexes WHERE table_name = 'SIGHTINGS'",
				String.class);
	}

}
