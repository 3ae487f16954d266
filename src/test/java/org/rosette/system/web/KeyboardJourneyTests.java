package org.rosette.system.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ranger reports a sighting and an admin reviews it with the keyboard alone: every step
 * is a key press (Tab, Enter, arrows, typing), never a click. Along the way: each role
 * lands on its own page after signing in, a field's error clears as soon as it is fixed,
 * and the admin's navigation counts the sightings waiting.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class KeyboardJourneyTests {

	private static final int MOST_TABS = 700;

	@Test
	void aSightingIsReportedAndReviewedWithoutAMouse(Browser browser) {
		WebDriver driver = browser.driver();
		signIn(browser, "ranger");
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ranger/sightings"));
		assertThat(browser.find("h1").getText()).isEqualTo("My submissions");

		tabTo(browser, "#nav-report");
		pressToLoad(browser, Keys.ENTER);
		assertThat(browser.currentPath()).startsWith("/ranger/sightings/new");

		// Sent without a place or a kind of evidence: the form says so beside the fields.
		tabTo(browser, "#submit-report");
		pressToLoad(browser, Keys.ENTER);
		assertThat(browser.find("#latitude").getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.find("#evidence").getDomAttribute("class")).contains("is-invalid");

		// Typed right, the latitude stops being marked wrong at once, before sending.
		tabTo(browser, "#latitude");
		keys(browser, "43.1");
		assertThat(browser.find("#latitude").getDomAttribute("class")).doesNotContain("is-invalid");
		assertThat(browser.find("#latitude-error").isDisplayed()).isFalse();
		tabTo(browser, "#longitude");
		keys(browser, "131.35");
		tabTo(browser, "#evidence");
		keys(browser, Keys.ARROW_DOWN);
		assertThat(browser.find("#evidence").getDomProperty("value")).isEqualTo("CAMERA_TRAP");
		assertThat(browser.find("#evidence").getDomAttribute("class")).doesNotContain("is-invalid");
		tabTo(browser, "#notes");
		keys(browser, "Keyboard only, no mouse.");
		tabTo(browser, "#submit-report");
		pressToLoad(browser, Keys.ENTER);
		assertThat(browser.currentPath()).startsWith("/ranger/sightings");
		String row = browser.find("#my-sightings-table tbody tr").getDomAttribute("id");
		String id = row.substring("sighting-".length());
		assertThat(browser.find("#sorted-by").getText()).contains("Newest report first");

		signOut(browser);
		signIn(browser, "admin");
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin(\\?.*)?$"));
		long waiting = Long.parseLong(browser.find("#overview-waiting .figure").getText());
		assertThat(waiting).isPositive();
		assertThat(browser.find("#pending-badge").getText()).isEqualTo(String.valueOf(waiting));
		browser.screenshot("keyboard-admin-overview");

		tabTo(browser, "#overview-waiting");
		pressToLoad(browser, Keys.ENTER);
		assertThat(browser.currentPath()).startsWith("/admin/review");
		tabTo(browser, "#leopard-" + id);
		keys(browser, Keys.ARROW_DOWN);
		assertThat(browser.find("#leopard-" + id).getDomProperty("value")).isNotEmpty();
		tabTo(browser, "#sighting-" + id + " .verify-button");
		pressToLoad(browser, Keys.ENTER);
		assertThat(browser.find("#review-notice").getText()).startsWith("Sighting " + id + " is verified as ");
		assertThat(driver.findElements(By.id("sighting-" + id))).isEmpty();
	}

	private static void signIn(Browser browser, String user) {
		browser.open("/login?lang=en");
		// The user name field has the focus as the page opens.
		browser.waitUpTo(Duration.ofSeconds(10)).until(d -> focused(browser, "#username"));
		keys(browser, user, Keys.TAB, user);
		pressToLoad(browser, Keys.ENTER);
	}

	private static void signOut(Browser browser) {
		tabTo(browser, "#account-toggle");
		keys(browser, Keys.ENTER);
		tabTo(browser, "#sign-out");
		pressToLoad(browser, Keys.ENTER);
	}

	/** Presses Tab until the element matching the selector has the focus. */
	private static void tabTo(Browser browser, String css) {
		for (int i = 0; i < MOST_TABS; i++) {
			if (focused(browser, css)) {
				return;
			}
			keys(browser, Keys.TAB);
		}
		throw new AssertionError(css + " not reached with " + MOST_TABS + " presses of Tab");
	}

	private static boolean focused(Browser browser, String css) {
		return Boolean.TRUE.equals(browser.driver()
			.executeScript("return document.activeElement !== null && document.activeElement.matches(arguments[0])",
					css));
	}

	private static void keys(Browser browser, CharSequence... keys) {
		new Actions(browser.driver()).sendKeys(keys).perform();
	}

	private static void pressToLoad(Browser browser, CharSequence key) {
		org.openqa.selenium.WebElement page = browser.driver().findElement(By.tagName("html"));
		keys(browser, key);
		browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

}
