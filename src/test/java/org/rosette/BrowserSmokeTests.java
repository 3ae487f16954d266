package org.rosette;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts and answers a real browser; and the browser support itself works
 * (screenshots, phone size).
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class BrowserSmokeTests {

	@Test
	void healthSaysUp(Browser browser) throws Exception {
		browser.open("/actuator/health");

		assertThat(browser.text()).contains("\"status\":\"UP\"");
		Path screenshot = browser.screenshot("actuator-health");
		assertThat(screenshot).exists();
		assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void emulatesAPhoneAndGoesBackToDesktop(Browser browser) throws Exception {
		browser.phone().open("/actuator/health");
		assertThat(pngWidth(browser.screenshot("actuator-health-phone"))).isEqualTo(Browser.PHONE.getWidth());
		assertThat(browser.driver().executeScript("return screen.width")).isEqualTo(390L);

		browser.desktop().open("/actuator/health");
		assertThat(browser.viewportWidth()).isGreaterThan(1000);
		assertThat(pngWidth(browser.screenshot("actuator-health-desktop"))).isGreaterThan(1000);
	}

	private static int pngWidth(Path png) throws Exception {
		byte[] bytes = Files.readAllBytes(png);
		// IHDR: the width is the big-endian int at offset 16
		return ((bytes[16] & 0xff) << 24) | ((bytes[17] & 0xff) << 16) | ((bytes[18] & 0xff) << 8) | (bytes[19] & 0xff);
	}

}
