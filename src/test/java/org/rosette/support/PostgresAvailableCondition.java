package org.rosette.support;

import java.util.Optional;

/**
 * Skips (or, under {@code CI=true}, fails) a test class when no PostgreSQL is available;
 * see {@link PostgresAvailability}. Used by {@link PostgresTest} and
 * {@link PostgresDatabase}.
 */
public class PostgresAvailableCondition extends CiAwareCondition {

	@Override
	Optional<String> missing() {
		return PostgresAvailability.missing();
	}

}
