package org.rosette.sighting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardStatus;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.rosette.support.MovableClock;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An admin works through the review queue in a real browser: identifies a pending
 * sighting as a leopard listed as missing, marks it alive, and the public map shows the
 * sighting's square only once the privacy delay has passed. Time moves by the test's
 * clock, not by sleeping.
 */
// Shared public answers live a second here: the delay passes by the test's clock, not by
// a
// write that would evict them, so the map catches up when they expire, as it does within
// a
// minute in production.
@BrowserTest(properties = { "rosette.demo=true", "rosette.cache.time-to-live=1s" })
class ReviewJourneyTests {

	static final MovableClock CLOCK = new MovableClock(Instant.now());

	@Autowired
	PublicLeopards catalogue;

	@Autowired
	Sightings sightings;

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}

	}

	@AfterEach
	void signOut(Browser browser) {
		signedInAs(browser, null);
	}

	@Test
	void anAdminIdentifiesAMissingLeopardAndThePublicSeesItsSquareAfterTheDelay(Browser browser) {
		Leopard missing = catalogue.all()
			.stream()
			.filter(l -> l.getStatus() == LeopardStatus.MISSING)
			.findFirst()
			.orElseThrow();
		String publicMap = "/sightings/map?lang=en&leopardId=" + missing.getId();
		long before = publicSightings(browser.open(publicMap));

		// Coats are compared only for photo evidence: make sure the queue holds a
		// camera-trap
		// sighting.
		sightings.report(new SightingReport(CLOCK.instant().minus(Duration.ofMinutes(5)), 43.1, 131.3,
				Evidence.CAMERA_TRAP, null, 1, 0, "Camera 12, a clear left flank."), "ranger");
		signedInAs(browser, "admin:admin");
		browser.open("/admin/review?lang=en");
		WebElement first = browser.find("article.review-card:has(.candidate-portrait)");
		String id = first.getDomAttribute("id").substring("sighting-".length());
		waitForMapTiles(browser, first);
		browser.screenshot("review-1-queue");

		// Rejecting without a reason: the reason is asked for beside the field, nothing
		// else changes.
		press(browser, "#sighting-" + id + " .reject-button");
		assertThat(browser.find("#reason-error-" + id).getText()).isEqualTo("Say why the sighting is rejected.");
		assertThat(browser.find("#reason-" + id).getDomAttribute("class")).contains("is-invalid");
		browser.driver()
			.executeScript("document.getElementById('reason-" + id + "').scrollIntoView({block: 'center'})");
		browser.screenshot("review-2-reason-required");

		browser.type("#filter-" + id, missing.getName());
		Select individual = new Select(browser.find("#leopard-" + id));
		assertThat(individual.getOptions()).hasSizeLessThan(6);
		individual.selectByValue(String.valueOf(missing.getId()));
		assertThat(browser.find("#sighting-" + id + " .candidate-portrait").getDomAttribute("src"))
			.endsWith("/leopards/" + missing.getId() + "/portrait.svg");
		press(browser, "#sighting-" + id + " .verify-button");

		assertThat(browser.find("#review-notice").getText())
			.isEqualTo("Sighting " + id + " is verified as " + missing.getName() + ".");
		assertThat(browser.find("#missing-prompt").getText()).contains(missing.getName() + " is listed as missing");
		assertThat(browser.findAll("#sighting-" + id)).isEmpty();
		browser.screenshot("review-3-missing-prompt");

		press(browser, "#mark-alive");
		assertThat(browser.find("#review-notice").getText())
			.isEqualTo(missing.getName() + " is listed as alive again.");
		assertThat(catalogue.find(missing.getId()).orElseThrow().getStatus()).isEqualTo(LeopardStatus.ALIVE);

		// The public: not yet, then, a month later, one more sighting in the leopard's
		// squares.
		signedInAs(browser, null);
		assertThat(publicSightings(browser.open(publicMap))).isEqualTo(before);
		CLOCK.advance(Duration.ofDays(31));
		browser.waitUpTo(Duration.ofSeconds(15)).until(d -> publicSightings(browser.open(publicMap)) == before + 1);
		assertThat(browser.findAll("#cell-list li[data-cell]")).isNotEmpty();
		assertThat(browser.find("#cell-summary").getDomProperty("textContent")).contains("Sightings: " + (before + 1));
		browser.screenshot("map-1-public-after-delay");

		publicSightings(browser.open("/sightings/map?lang=en"));
		browser.screenshot("map-2-public-all");
		browser.open("/leopards/" + missing.getId() + "?lang=en");
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(d -> "loaded".equals(d.findElement(By.id("leopard-map")).getDomAttribute("data-state")));
		assertThat(browser.findAll("#timeline .timeline-month[data-count='1']")).hasSize(1);
		browser.driver().executeScript("window.scrollTo(0, document.getElementById('where-and-when').offsetTop - 20)");
		browser.screenshot("profile-where-and-when");
		browser.phone();
		publicSightings(browser.open("/sightings/map?lang=ru"));
		browser.screenshot("map-3-public-phone-ru");
		browser.open("/leopards/" + missing.getId() + "?lang=en");
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(d -> "loaded".equals(d.findElement(By.id("leopard-map")).getDomAttribute("data-state")));
		browser.driver().executeScript("window.scrollTo(0, document.getElementById('where-and-when').offsetTop - 20)");
		browser.screenshot("profile-phone-where-and-when");
	}

	@Test
	void rangersSeeEveryPointClusteredAndFilteredByStatus(Browser browser) {
		signedInAs(browser, "ranger:ranger");
		browser.open("/ranger/map?lang=en");
		long all = points(browser);
		assertThat(all).isGreaterThan(400);
		assertThat(browser.findAll(".point-cluster")).isNotEmpty();
		browser.screenshot("ranger-map-1-all");

		new Select(browser.find("#status")).selectByValue("PENDING");
		browser.waitUpTo(Duration.ofSeconds(10)).until(d -> {
			String shown = d.findElement(By.id("ranger-map")).getDomAttribute("data-points");
			return d.findElement(By.id("ranger-map")).getDomAttribute("data-state").equals("loaded") && shown != null
					&& Long.parseLong(shown) < all;
		});
		assertThat(browser.currentPath()).endsWith("status=PENDING");
		browser.find(".leaflet-interactive").click();
		assertThat(browser.find(".leaflet-popup-content").getText()).contains("Waiting for review");
		browser.screenshot("ranger-map-2-pending-popup");

		browser.phone().open("/admin/review?lang=en");
		assertThat(browser.findAll("article.review-card")).as("rangers do not review").isEmpty();
		signedInAs(browser, "admin:admin");
		browser.open("/admin/review?lang=en");
		browser.find("article.review-card");
		browser.screenshot("review-phone");
	}

	/** Presses a form's button and waits for the page the form answers with. */
	private static void press(Browser browser, String css) {
		browser.clickToLoad(css);
	}

	/** The count of public sightings the map shows, once its squares have loaded. */
	private static long publicSightings(Browser browser) {
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(d -> "loaded".equals(d.findElement(By.id("public-map")).getDomAttribute("data-state"))
					&& d.findElement(By.id("public-map")).getDomAttribute("data-basemap") != null);
		assertThat(browser.find("#public-map").getDomAttribute("data-basemap")).as("land and borders drawn")
			.isEqualTo("loaded");
		return Long.parseLong(browser.find("#public-map").getDomAttribute("data-sightings"));
	}

	private static long points(Browser browser) {
		browser.waitUpTo(Duration.ofSeconds(15))
			.until(d -> "loaded".equals(d.findElement(By.id("ranger-map")).getDomAttribute("data-state")));
		return Long.parseLong(browser.find("#ranger-map").getDomAttribute("data-points"));
	}

	private static void waitForMapTiles(Browser browser, WebElement card) {
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(d -> !card.findElements(By.cssSelector(".leaflet-interactive")).isEmpty());
	}

	/**
	 * Signs the browser in by sending HTTP Basic credentials with every request (the
	 * security configuration accepts Basic on every path), or signs it out with
	 * {@code null}. TODO: once the /login page is on main, sign in through it instead.
	 */
	private static void signedInAs(Browser browser, String credentials) {
		browser.signedInAs(credentials);
	}

}
