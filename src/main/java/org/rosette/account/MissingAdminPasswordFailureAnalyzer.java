package org.rosette.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the missing admin password into Boot's short start-up report instead of a stack
 * trace.
 */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Start with ROSETTE_ADMIN_PASSWORD=<a password of 10 characters or more> (the account is called 'admin'), "
						+ "or turn on demo mode with rosette.demo=true.",
				cause);
	}

}
