package org.rosette.photo;

import org.rosette.support.PostgresTest;
import org.rosette.system.DatabaseBlobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link DatabasePhotoChecks} on PostgreSQL (BYTEA parts). */
@PostgresTest
@Import(DatabaseBlobs.class)
class DatabasePhotoPostgresTests extends DatabasePhotoChecks {

	@Autowired
	DatabasePhotoPostgresTests(DatabaseBlobs blobs, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		super(blobs, jdbc, transactions);
	}

}
