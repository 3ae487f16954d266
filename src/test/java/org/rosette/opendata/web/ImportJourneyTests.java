package org.rosette.opendata.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin uploads a camera-trap file in a real browser and watches the bar reach 100%;
 * the open-data page and the import page are photographed at desktop and phone width.
 */
// A context of its own: the thousands of pending sightings it imports, older than
// anything
// reported today, would fill the review queue that other journeys work through.
@BrowserTest(properties = "rosette.demo=true")
class ImportJourneyTests {

	@Test
	void anAdminImportsAFileAndSeesItFinish(Browser browser) throws Exception {
		signInAsAdmin(browser);
		Path file = Files.createTempFile("camera-traps-", ".csv");
		Files.writeString(file, observations(3000), StandardCharsets.UTF_8);

		browser.open("/admin/import");
		browser.screenshot("import-empty");
		browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
		browser.click(".import-form button[type=submit]");

		browser.waitUpTo(Duration.ofSeconds(90))
			.until(driver -> driver.findElement(By.cssSelector(".import-progress .progress-bar"))
				.getText()
				.equals("100%"));
		browser.find(".import-done");
		assertThat(browser.find("[data-count=added]").getText()).isEqualTo("2850");
		assertThat(browser.find("[data-count=skipped]").getText()).isEqualTo("150");
		assertThat(browser.find(".import-problems").getText()).contains("Line 2:").contains("Capreolus pygargus");
		browser.screenshot("import-finished");
		browser.phone().open(browser.currentPath());
		browser.find(".import-done");
		browser.screenshot("import-finished-phone");
		Files.deleteIfExists(file);
	}

	@Test
	void aFileWithSemicolonsIsRefusedOnThePage(Browser browser) throws Exception {
		signInAsAdmin(browser);
		Path file = Files.createTempFile("camera-traps-", ".csv");
		Files.writeString(file, observations(3).replace(',', ';'), StandardCharsets.UTF_8);

		browser.open("/admin/import");
		browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
		browser.click(".import-form button[type=submit]");

		assertThat(browser.find(".import-refusal").getText()).contains("“;”");
		browser.screenshot("import-refused");
		Files.deleteIfExists(file);
	}

	@Test
	void theOpenDataPageLinksTheDownloads(Browser browser) {
		browser.open("/");
		// Clicked through the footer link's address: at the bottom of a long page the
		// click itself lands on the fold.
		browser.driver().get(browser.find("a.footer-link").getAttribute("href"));
		assertThat(browser.currentPath()).isEqualTo("/open-data");
		assertThat(browser.findAll("a[href='/export/sightings.csv']")).hasSize(1);
		assertThat(browser.findAll("a[href='/export/dwca.zip']")).hasSize(1);
		assertThat(browser.findAll(".staff-exports")).isEmpty();
		browser.screenshot("open-data");
		browser.phone().open("/open-data");
		browser.screenshot("open-data-phone");

		signInAsAdmin(browser);
		browser.desktop().open("/open-data?lang=ru");
		assertThat(browser.find(".staff-exports").getText()).contains("CSV");
		browser.screenshot("open-data-staff-ru");
	}

	private static void signInAsAdmin(Browser browser) {
		browser.open("/login");
		browser.type("#username", "admin");
		browser.type("#password", "admin");
		browser.click("#sign-in");
		browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	/** One row in twenty is a roe deer, the rest leopards, the first one on line 2. */
	private static String observations(int rows) {
		StringBuilder csv = new StringBuilder(
				"observationID,deploymentID,timestamp,latitude,longitude,scientificName,count,individualID,mediaID\n");
		Instant start = Instant.now().minus(200, ChronoUnit.DAYS);
		String run = Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < rows; i++) {
			csv.append(run)
				.append('-')
				.append(i)
				.append(",dep-")
				.append(i % 40)
				.append(',')
				.append(start.plusSeconds(i * 600L).atOffset(ZoneOffset.ofHours(10)))
				.append(',')
				.append(43.0 + (i % 50) / 100.0)
				.append(',')
				.append(131.0 + (i % 70) / 100.0)
				.append(',')
				.append(i % 20 == 0 ? "Capreolus pygargus" : "Panthera pardus orientalis")
				.append(",1,")
				.append(i % 2 == 0 ? "LEO-F01" : "")
				.append(",img-")
				.append(i)
				.append('\n');
		}
		return csv.toString();
	}

}
