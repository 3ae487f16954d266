package org.rosette.job;

import org.rosette.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link JobTableChecks} on PostgreSQL. */
@PostgresTest
@Import(JobTable.class)
class JobTablePostgresTests extends JobTableChecks {

	@Autowired
	JobTablePostgresTests(JobTable table, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		super(table, jdbc, transactions);
	}

	@Override
	boolean findsTheNextFreeRow() {
		return true;
	}

}
