package org.rosette.photo;

import org.junit.jupiter.api.Test;
import org.rosette.RosetteApplication;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sighting and incident forms call the photo module; it must never call them back. It
 * may use the shared {@code system} module (where files kept in the database live),
 * nothing else.
 */
class PhotoModuleTests {

	@Test
	void photosStandAlone() {
		ApplicationModules modules = ApplicationModules.of(RosetteApplication.class);
		ApplicationModule photo = modules.getModuleByName("photo").orElseThrow();

		assertThat(photo.getDirectDependencies(modules).uniqueModules()).extracting(ApplicationModule::getIdentifier)
			.extracting(Object::toString)
			.containsOnly("system");
		photo.verifyDependencies(modules);
	}

}
