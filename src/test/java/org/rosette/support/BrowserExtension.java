package org.rosette.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands a {@link Browser} to test methods of a {@link BrowserTest} class: one Chromium
 * per test class, started on first use, reset after each test, closed after the class.
 * Without {@link Browser#CHROMIUM} and {@link Browser#CHROMEDRIVER} the class is skipped
 * with the reason, or fails under {@code CI=true}.
 */
public class BrowserExtension extends CiAwareCondition
		implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	Optional<String> missing() {
		List<String> absent = Stream.of(Browser.CHROMIUM, Browser.CHROMEDRIVER)
			.filter((file) -> !Files.isExecutable(file))
			.map(Path::toString)
			.toList();
		if (absent.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("no browser for tests: " + String.join(" and ", absent)
				+ " missing (install with: apt-get install -y chromium chromium-driver)");
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		// Kept in the class's store: closed (AutoCloseable) when the class is done.
		return classContext(context).getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> Browser.start(baseUrl(context)), Browser.class);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Browser browser = started(context);
		if (browser != null && context.getExecutionException().isPresent()) {
			browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = started(context);
		if (browser != null) {
			browser.reset();
		}
	}

	private static Browser started(ExtensionContext context) {
		return classContext(context).getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static String baseUrl(ExtensionContext context) {
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException(
					"No running server: a Browser needs @SpringBootTest(webEnvironment = RANDOM_PORT), as @BrowserTest gives");
		}
		return "http://localhost:" + port;
	}

}
