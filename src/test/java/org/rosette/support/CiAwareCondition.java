package org.rosette.support;

import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The rule for tests that need something from the machine (a PostgreSQL server, a
 * browser): when it is missing, a developer's run reports the tests as <em>skipped</em>,
 * with the reason; a CI run ({@code CI=true}) <em>fails</em> them, so that they can never
 * silently vanish from the build.
 * <p>
 * The decision is made before the Spring context loads, so a skipped class costs nothing.
 */
abstract class CiAwareCondition implements ExecutionCondition, BeforeAllCallback {

	/**
	 * @return why the tests cannot run here (what is missing and how to provide it), or
	 * empty when they can
	 */
	abstract Optional<String> missing();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<String> missing = missing();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("prerequisites present");
		}
		if (isCi()) {
			// Let the class start: beforeAll fails it with the reason.
			return ConditionEvaluationResult.enabled("CI=true: will fail, " + missing.get());
		}
		return ConditionEvaluationResult.disabled("Skipped: " + missing.get() + " (under CI=true this fails)");
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Optional<String> missing = missing();
		if (missing.isPresent() && isCi()) {
			throw new IllegalStateException("CI=true, so these tests must run, but " + missing.get());
		}
	}

	static boolean isCi() {
		String ci = System.getenv("CI");
		return ci != null && (ci.equalsIgnoreCase("true") || ci.equals("1"));
	}

}
