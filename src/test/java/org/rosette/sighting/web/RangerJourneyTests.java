package org.rosette.sighting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rosette.support.Browser;
import org.rosette.support.CameraPhotos;
import org.rosette.system.ParkArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ranger's round in a real browser: sign in, report a sighting with a photo by clicking
 * the map, find it waiting for review. Tiles point nowhere, as on an offline machine: the
 * park's outline must carry the map alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class RangerJourneyTests {

	// Where the photo to upload is written, as on the ranger's own computer.
	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	ParkArea park;

	@Test
	void aRangerReportsASightingByClickingTheMapAndFindsItWaitingForReview() throws Exception {
		Path photo = Files.write(dataDir.resolve("IMG_0042.jpg"), CameraPhotos.plain());
		try (Browser browser = Browser.open(1280, 1400)) {
			WebDriver driver = browser.driver();
			signIn(browser, "/ranger/sightings/new?lang=en");
			assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as ranger");

			WebElement map = browser.waitUpTo(Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#map-picker.leaflet-container")));
			assertThat(driver.findElements(By.cssSelector("#map-picker path.leaflet-interactive, #map-picker path")))
				.as("the park's outline, drawn without tiles")
				.isNotEmpty();
			map.click();
			double latitude = Double.parseDouble(driver.findElement(By.id("latitude")).getAttribute("value"));
			double longitude = Double.parseDouble(driver.findElement(By.id("longitude")).getAttribute("value"));
			assertThat(park.contains(latitude, longitude)).as(latitude + ", " + longitude).isTrue();

			new Select(driver.findElement(By.id("evidence"))).selectByVisibleText("Camera trap");
			driver.findElement(By.id("leopard-filter")).sendKeys("kedrovka");
			assertThat(new Select(driver.findElement(By.id("leopardId"))).getFirstSelectedOption().getText())
				.startsWith("Kedrovka");
			driver.findElement(By.id("cubs")).sendKeys("2");
			driver.findElement(By.id("notes")).sendKeys("Mother and two cubs on camera 14");
			driver.findElement(By.id("photos")).sendKeys(photo.toString());
			browser.screenshot("ranger-1-sighting-form");

			driver.findElement(By.id("submit-report")).click();
			browser.waitUpTo(Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
			assertThat(driver.getCurrentUrl()).endsWith("/ranger/sightings");
			assertThat(driver.findElement(By.id("notice")).getText()).contains("waits for review");
			WebElement newest = driver.findElement(By.cssSelector("#my-sightings tbody tr"));
			assertThat(newest.getText()).contains("Camera trap", "Kedrovka", "Waiting for review");
			assertThat(newest.findElements(By.linkText("Edit"))).hasSize(1);
			browser.screenshot("ranger-2-my-submissions");

			driver.findElement(By.id("account-toggle")).click();
			browser.waitUpTo(Duration.ofSeconds(5))
				.until(ExpectedConditions.elementToBeClickable(By.id("sign-out")))
				.click();
			browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
			assertThat(driver.findElement(By.id("signed-out-note")).getText()).isEqualTo("You are signed out.");
			assertThat(driver.findElements(By.id("signed-in-as"))).isEmpty();
		}
	}

	@Test
	void onAPhoneTheFormFitsTheScreenAndTheMenuFolds() {
		try (Browser phone = Browser.open(390, 1800)) {
			WebDriver driver = phone.driver();
			// Desktop Chromium will not make its window narrower than about 500 pixels;
			// emulate the phone's screen.
			((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 1800, "deviceScaleFactor", 1, "mobile", true));
			signIn(phone, "/ranger/sightings/new?lang=en");
			assertThat(driver.findElement(By.id("site-menu")).isDisplayed()).isFalse();
			phone.waitUpTo(Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#map-picker.leaflet-container")));
			phone.screenshot("ranger-3-sighting-form-phone");
			Number width = (Number) ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);

			driver.findElement(By.cssSelector(".navbar-toggler")).click();
			phone.waitUpTo(Duration.ofSeconds(5))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
			assertThat(driver.findElement(By.id("site-menu")).getText()).contains("Report an incident",
					"My submissions");
			phone.screenshot("ranger-4-phone-menu");
		}
	}

	private void signIn(Browser browser, String then) {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + then);
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(driver.findElement(By.id("demo-accounts")).getText()).contains("ranger / ranger");
		driver.findElement(By.id("username")).sendKeys("ranger");
		driver.findElement(By.id("password")).sendKeys("ranger");
		driver.findElement(By.id("sign-in")).click();
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ranger/sightings/new"));
	}

}
