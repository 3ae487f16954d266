package org.rosette.photo;

import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoStoreConfigurationTests {

	@TempDir
	Path dataDir;

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(PhotoConfiguration.class);

	@Test
	void limitsDefaultAsDocumented() {
		context.run((context) -> assertThat(context.getBean(PhotoProperties.class))
			.isEqualTo(new PhotoProperties(15_728_640, 10, 1600, 320, 100)));
	}

	@Test
	void photosLiveUnderTheDataDirectory() {
		context
			.withPropertyValues("rosette.data-dir=" + dataDir, "rosette.photos.max-bytes=2097152",
					"rosette.photos.max-per-submission=4")
			.run((context) -> {
				PhotoStore store = context.getBean(PhotoStore.class);
				String key = store.store("a.jpg", TestPhotos.jpeg(20, 10), ZoneId.of("UTC")).key();
				assertThat(dataDir.resolve("photos/original/" + key)).exists();
				assertThat(context.getBean(PhotoProperties.class).maxBytes()).isEqualTo(2 * 1024 * 1024);
				assertThat(store.maxPerSubmission()).isEqualTo(4);
			});
	}

	@EnableConfigurationProperties(PhotoProperties.class)
	@Import(PhotoStore.class)
	static class PhotoConfiguration {

	}

}
