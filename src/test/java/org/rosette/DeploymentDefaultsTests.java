package org.rosette;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator gets without changing anything: the database of
 * {@code docker-compose.yml} reachable from this host only and guarded by a password of
 * their own, and a server that never reads an endless body.
 */
class DeploymentDefaultsTests {

	private static final Pattern PUBLISHED_PORT = Pattern.compile("^\\s*-\\s*\"?([^\"\\s]+)\"?\\s*$");

	@Test
	void composePublishesOnLoopbackOnlyAndHoldsNoPassword() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		List<String> published = publishedPorts(compose);
		assertThat(published).as("ports published by docker-compose.yml")
			.isNotEmpty()
			.allMatch(port -> port.startsWith("127.0.0.1:"));
		assertThat(compose).contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?")
			.doesNotContainPattern("(?m)POSTGRES_PASSWORD:\\s*['\"]?\\w+['\"]?\\s*$")
			.doesNotContain("${POSTGRES_PASSWORD:-");
		assertThat(Files.readAllLines(Path.of(".gitignore"))).as("the env file with the password stays out of git")
			.contains(".env");
		assertThat(settings("application-postgres.properties").getProperty("spring.datasource.password"))
			.as("the application takes the same password from the environment, with no default")
			.matches("\\$\\{[A-Z_]+:?\\}");
	}

	@Test
	void tomcatSwallowsAFiniteAmountOfARefusedUpload() throws IOException {
		Properties settings = settings("application.properties");
		DataSize swallow = DataSize.parse(settings.getProperty("server.tomcat.max-swallow-size", "-1"));
		DataSize largestRequest = DataSize.parse(settings.getProperty("spring.servlet.multipart.max-request-size"));
		DataSize smallBody = DataSize.parse(settings.getProperty("rosette.requests.max-body-size"));
		assertThat(swallow.toBytes()).as("finite").isPositive();
		assertThat(swallow).as("a little over the largest upload, so the ranger still sees the form")
			.isGreaterThanOrEqualTo(largestRequest)
			.isLessThanOrEqualTo(DataSize.ofBytes(largestRequest.toBytes() * 2));
		assertThat(smallBody).as("every other body").isLessThanOrEqualTo(DataSize.ofMegabytes(1));
	}

	private static Properties settings(String file) throws IOException {
		Properties settings = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file))) {
			settings.load(reader);
		}
		return settings;
	}

	/** The entries of every {@code ports:} list. */
	private static List<String> publishedPorts(String compose) {
		List<String> ports = new java.util.ArrayList<>();
		boolean inPorts = false;
		int indent = -1;
		for (String line : compose.split("\n")) {
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				continue;
			}
			int lineIndent = line.length() - line.stripLeading().length();
			if (stripped.equals("ports:")) {
				inPorts = true;
				indent = lineIndent;
				continue;
			}
			if (inPorts && lineIndent > indent) {
				Matcher port = PUBLISHED_PORT.matcher(line);
				if (port.matches()) {
					ports.add(port.group(1));
				}
				continue;
			}
			inPorts = false;
		}
		return ports;
	}

}
