package org.rosette.job;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link JobTableChecks} on the embedded H2: a single instance must work there too. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(JobTable.class)
class JobTableTests extends JobTableChecks {

	@Autowired
	JobTableTests(JobTable table, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		super(table, jdbc, transactions);
	}

	@Override
	boolean findsTheNextFreeRow() {
		return false;
	}

}
