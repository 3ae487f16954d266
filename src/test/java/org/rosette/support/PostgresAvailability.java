package org.rosette.support;

import java.util.Optional;

import org.testcontainers.DockerClientFactory;

/**
 * Where the PostgreSQL for tests comes from, decided once per JVM.
 * <ol>
 * <li>{@code TEST_PG_URL} set (with {@code TEST_PG_USERNAME}, default {@code postgres},
 * and {@code TEST_PG_PASSWORD}, default empty): that server. An explicit setting wins
 * over Docker.</li>
 * <li>otherwise a Docker engine that Testcontainers can reach: a throw-away
 * {@code postgres:17-alpine} container.</li>
 * <li>otherwise none: the tests are skipped, or fail under {@code CI=true}.</li>
 * </ol>
 */
public final class PostgresAvailability {

	public enum Source {

		ENVIRONMENT, DOCKER, NONE

	}

	static final String URL = "TEST_PG_URL";

	static final String USERNAME = "TEST_PG_USERNAME";

	static final String PASSWORD = "TEST_PG_PASSWORD";

	private static volatile Source source;

	private PostgresAvailability() {
	}

	public static Source source() {
		Source detected = source;
		if (detected == null) {
			detected = detect();
			source = detected;
		}
		return detected;
	}

	private static Source detect() {
		if (!env(URL).isEmpty()) {
			return Source.ENVIRONMENT;
		}
		return dockerAvailable() ? Source.DOCKER : Source.NONE;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	static Optional<String> missing() {
		if (source() != Source.NONE) {
			return Optional.empty();
		}
		return Optional.of("no PostgreSQL for tests: set " + URL + " (e.g. jdbc:postgresql://127.0.0.1:5432/test, with "
				+ USERNAME + " and " + PASSWORD + ") or make a Docker engine available to Testcontainers");
	}

	public static String url() {
		return env(URL);
	}

	public static String username() {
		String username = env(USERNAME);
		return username.isEmpty() ? "postgres" : username;
	}

	public static String password() {
		return env(PASSWORD);
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return (value != null) ? value.trim() : "";
	}

}
