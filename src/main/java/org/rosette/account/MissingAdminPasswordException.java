package org.rosette.account;

/**
 * Thrown at start-up when nobody could ever sign in: no accounts, no demo, no admin
 * password given.
 */
class MissingAdminPasswordException extends IllegalStateException {

	static final String REASON = "No user exists and demo mode is off: set ROSETTE_ADMIN_PASSWORD to create the first admin.";

	MissingAdminPasswordException() {
		super(REASON);
	}

}
