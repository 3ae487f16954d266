package org.rosette.system;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ParkAreaTests {

	/** The park's name from the site's messages, as the application reads them. */
	private final ResourceBundleMessageSource messages = messages();

	@Test
	void theLandOfTheLeopardIsNamedInTheReadersLanguage() {
		ParkArea park = park("Land of the Leopard National Park");
		assertThat(park.nameIn(Locale.ENGLISH, this.messages)).isEqualTo("Land of the Leopard National Park");
		assertThat(park.nameIn(Locale.forLanguageTag("ru"), this.messages))
			.isEqualTo("национальный парк «Земля леопарда»");
		assertThat(park.nameIn(Locale.forLanguageTag("zh"), this.messages)).isEqualTo("豹之乡国家公园");
	}

	@Test
	void anotherParkKeepsItsConfiguredNameInEveryLanguage() {
		ParkArea park = park("Kedrovaya Pad Nature Reserve");
		for (String language : new String[] { "en", "ru", "zh" }) {
			assertThat(park.nameIn(Locale.forLanguageTag(language), this.messages)).as(language)
				.isEqualTo("Kedrovaya Pad Nature Reserve");
		}
	}

	private static ParkArea park(String name) {
		return new ParkArea(name, 42.6, 43.7, 130.7, 131.9, ZoneId.of("Asia/Vladivostok"));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/site");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
