package org.rosette.account;

import org.junit.jupiter.api.Test;
import org.rosette.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last-admin rule under two concurrent requests, on PostgreSQL (row locks through
 * SELECT ... FOR UPDATE).
 */
@SpringBootTest
@PostgresDatabase
class LastAdminPostgresTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	Accounts service;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void twoAdminsDisablingEachOtherAtOnceLeaveOneWhoCanSignIn() throws Exception {
		for (int round = 0; round < 3; round++) {
			LastAdminConcurrencyTests.twoAdminsDisableEachOther(accounts, service, transaction, "postgres-" + round);
		}
	}

}
