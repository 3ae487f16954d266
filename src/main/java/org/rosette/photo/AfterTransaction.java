package org.rosette.photo;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties file work to the caller's transaction, when there is one, so files and rows agree.
 */
final class AfterTransaction {

	private AfterTransaction() {
	}

	/**
	 * Runs {@code undo} if the current transaction rolls back. Not on an unknown outcome:
	 * the rows may have been committed, and a stray file is a smaller harm than a photo
	 * missing under a saved sighting.
	 */
	static void onRollback(Runnable undo) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						undo.run();
					}
				}
			});
		}
	}

	/**
	 * Runs {@code action} once the current transaction commits, or now when there is
	 * none.
	 */
	static void onCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
