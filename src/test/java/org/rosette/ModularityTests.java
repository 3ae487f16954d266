package org.rosette;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature package under {@code org.rosette} (leopard, sighting, incident, campaign,
 * outreach, account, opendata, system, demo) is an application module: others may use
 * what sits in its top package, never its sub-packages, and modules may not depend on
 * each other in a cycle. The module diagrams land in {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(RosetteApplication.class);

	@Test
	void modulesKeepToTheirOwnInternalsAndFormNoCycles() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		Path output = docsFolder();
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();

		assertThat(output.resolve("components.puml")).isNotEmptyFile();
		MODULES.forEach((module) -> assertThat(output.resolve("module-" + module.getIdentifier() + ".puml"))
			.as("diagram of module %s", module.getIdentifier())
			.exists());
	}

	private static Path docsFolder() {
		String target = System.getenv("ROSETTE_TEST_TARGET");
		return Path.of((target == null || target.isBlank()) ? "target" : target, "spring-modulith-docs");
	}

}
