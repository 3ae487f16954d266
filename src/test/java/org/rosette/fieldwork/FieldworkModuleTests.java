package org.rosette.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rosette.RosetteApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The report forms share fieldwork; it must never reach back into the modules whose forms
 * use it.
 */
class FieldworkModuleTests {

	static final ApplicationModules MODULES = ApplicationModules.of(RosetteApplication.class);

	@Test
	void fieldworkServesTheFormsWithoutKnowingThem() {
		ApplicationModule fieldwork = MODULES.getModuleByName("fieldwork").orElseThrow();

		assertThat(fieldwork.getDirectDependencies(MODULES).uniqueModules())
			.extracting(module -> module.getIdentifier().toString())
			.doesNotContain("sighting", "incident");
		fieldwork.verifyDependencies(MODULES);
	}

	@Test
	void noModuleReachesIntoAnothersInsidesAndNoneDependOnEachOtherInACircle() {
		MODULES.verify();
	}

}
