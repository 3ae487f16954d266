package org.rosette.account;

import java.util.Map;

/**
 * The demo accounts' well-known passwords, printed on the sign-in page in demo mode. Kept
 * here so that the demo content creates them and production start-up retires them from
 * one list.
 */
public final class DemoCredentials {

	public static final String RANGER = "ranger";

	public static final String ADMIN = "admin";

	/** User name to its demo password. */
	static final Map<String, String> PASSWORDS = Map.of(RANGER, "ranger", ADMIN, "admin");

	private DemoCredentials() {
	}

	public static String passwordOf(String username) {
		return PASSWORDS.get(username);
	}

}
