package org.rosette.account;

import java.nio.charset.StandardCharsets;

import org.rosette.system.RejectedValuesException;

/**
 * What a password must be, for every account including the first admin: long enough to
 * resist guessing, and no longer than bcrypt reads (72 bytes of UTF-8), because bcrypt
 * would silently ignore the rest.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/**
	 * @throws RejectedValuesException naming the field {@code password}
	 */
	public static void check(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new RejectedValuesException("password", "admin.user.passwordShort", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new RejectedValuesException("password", "admin.user.passwordLong", MAX_BYTES);
		}
	}

}
