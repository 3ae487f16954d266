package org.rosette.photo;

import org.rosette.system.DatabaseBlobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link DatabasePhotoChecks} on the embedded H2. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(DatabaseBlobs.class)
class DatabasePhotoTests extends DatabasePhotoChecks {

	@Autowired
	DatabasePhotoTests(DatabaseBlobs blobs, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		super(blobs, jdbc, transactions);
	}

}
