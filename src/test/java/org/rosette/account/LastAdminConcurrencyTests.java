package org.rosette.account;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.rosette.system.RejectedValuesException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins disable each other at the same moment: exactly one succeeds, one enabled
 * admin remains. Run on H2 and on PostgreSQL by the two test classes below it.
 */
final class LastAdminConcurrencyTests {

	private LastAdminConcurrencyTests() {
	}

	/**
	 * Starts both disables inside transactions that have already begun, so they overlap.
	 */
	static void twoAdminsDisableEachOther(AccountRepository accounts, Accounts service, TransactionTemplate transaction,
			String prefix) throws Exception {
		transaction.executeWithoutResult(status -> accounts.findAll()
			.stream()
			.filter(Account::isAdmin)
			.filter(Account::isEnabled)
			.forEach(Account::disable));
		Account first = accounts.save(new Account(prefix + "-a", "x", "A", Role.ADMIN));
		Account second = accounts.save(new Account(prefix + "-b", "x", "B", Role.ADMIN));

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = threads.invokeAll(List.of(disable(first, service, together, transaction),
					disable(second, service, together, transaction)), 60, TimeUnit.SECONDS);
			List<String> results = outcomes.stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception ex) {
					return "error: " + ex;
				}
			}).toList();
			assertThat(results).containsExactlyInAnyOrder("disabled", "refused");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(accounts.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
	}

	private static Callable<String> disable(Account admin, Accounts service, CyclicBarrier together,
			TransactionTemplate transaction) {
		return () -> transaction.execute(status -> {
			try {
				together.await(20, TimeUnit.SECONDS);
				service.disable(admin.getId());
				return "disabled";
			}
			catch (RejectedValuesException ex) {
				status.setRollbackOnly();
				return "refused";
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
