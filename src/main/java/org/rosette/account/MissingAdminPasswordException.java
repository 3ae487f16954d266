package org.rosette.account;

/**
 * Thrown at start-up when no admin could sign in: demo mode off, no enabled admin, and no
 * usable admin password given.
 */
class MissingAdminPasswordException extends IllegalStateException {

	static final String REASON = "No admin can sign in and demo mode is off: set ROSETTE_ADMIN_PASSWORD to create the first admin.";

	static final String WEAK = "ROSETTE_ADMIN_PASSWORD does not meet the password policy: it needs at least "
			+ PasswordPolicy.MIN_LENGTH + " characters and at most " + PasswordPolicy.MAX_BYTES + " bytes.";

	MissingAdminPasswordException(String reason) {
		super(reason);
	}

}
