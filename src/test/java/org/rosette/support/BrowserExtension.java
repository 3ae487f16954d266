package org.rosette.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands a {@link Browser} to test methods of a {@link BrowserTest} class: one Chromium
 * for the whole test run, started on first use, reset after each test, made to forget the
 * class after each class, closed at the end of the run. Without {@link Browser#CHROMIUM}
 * and {@link Browser#CHROMEDRIVER} the class is skipped with the reason, or fails under
 * {@code CI=true}.
 */
public class BrowserExtension extends CiAwareCondition
		implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final String USED = "browser used by this class";

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
		// Kept in the root store: closed (AutoCloseable) when the run is done.
		Browser browser = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> Browser.start(""), Browser.class);
		// Only a mark in the class's store: a Browser there would be closed with the
		// class.
		classContext(context).getStore(NAMESPACE).put(USED, Boolean.TRUE);
		return browser.at(baseUrl(context));
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

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = started(context);
		if (browser != null) {
			browser.forget();
		}
	}

	private static Browser started(ExtensionContext context) {
		if (classContext(context).getStore(NAMESPACE).get(USED) == null) {
			return null;
		}
		return context.getRoot().getStore(NAMESPACE).get(Browser.class, Browser.class);
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
