package org.rosette.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The last-admin rule under two concurrent requests, on the embedded H2. */
@SpringBootTest
class LastAdminH2Tests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	Accounts service;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void twoAdminsDisablingEachOtherAtOnceLeaveOneWhoCanSignIn() throws Exception {
		for (int round = 0; round < 3; round++) {
			LastAdminConcurrencyTests.twoAdminsDisableEachOther(accounts, service, transaction, "h2-" + round);
		}
	}

}
