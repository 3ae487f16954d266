package org.rosette.coat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.Sightings;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Review → coat suggestions → identify, in a real browser, on the demo park whose pending
 * camera-trap reports carry generated coat photos: the reviewer sees the catalogue flanks
 * side by side with the sighting photo, the named leopard first, and one click verifies
 * the sighting as that leopard. The ranger sees the same suggestions on the submission.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.demo.coats=true" })
class CoatJourneyTests {

	@Autowired
	CoatExtraction extraction;

	@Autowired
	Sightings sightings;

	@Autowired
	Leopards catalogue;

	@Test
	void aReviewerIdentifiesASightingFromItsCoatSuggestions(Browser browser) {
		extraction.discover(true);
		while (extraction.extractNext()) {
			// the worker's job, done here so the test waits on nothing
		}
		assertThat(extraction.progress().failed()).isZero();

		signedInAs(browser, "ranger:ranger");
		browser.open("/ranger/sightings?lang=en");
		browser.clickToLoad(".coat-link");
		WebElement ranger = browser.find(".coat-candidates");
		assertThat(ranger.findElements(By.cssSelector(".coat-candidate"))).isNotEmpty();
		assertThat(ranger.findElements(By.cssSelector(".coat-identify"))).as("rangers do not identify").isEmpty();
		centre(browser, ranger);
		browser.screenshot("coat-1-ranger");

		signedInAs(browser, "admin:admin");
		browser.open("/admin/review?lang=en");
		WebElement card = browser.findAll("article.review-card")
			.stream()
			.filter(c -> !c.findElements(By.cssSelector(".coat-candidate")).isEmpty())
			.findFirst()
			.orElseThrow();
		String id = card.getDomAttribute("id").substring("sighting-".length());
		long named = sightings.find(Long.parseLong(id)).orElseThrow().getLeopard().getId();
		Leopard leopard = catalogue.find(named).orElseThrow();
		WebElement best = card.findElement(By.cssSelector(".coat-candidate"));
		assertThat(best.getDomAttribute("data-leopard-id")).as("the leopard on the photo comes first")
			.isEqualTo(String.valueOf(named));
		assertThat(card.findElements(By.cssSelector(".coat-candidate")).size()).isBetween(1, 5);
		assertThat(best.findElements(By.cssSelector("circle"))).as("matched keypoints drawn").hasSizeGreaterThan(4);
		assertThat(best.findElements(By.cssSelector("image"))).hasSize(2);
		assertThat(best.getText()).contains(leopard.getName());
		centre(browser, best);
		browser.screenshot("coat-2-review");

		browser.clickToLoad("#sighting-" + id + " .coat-candidate .coat-identify");

		assertThat(browser.find("#review-notice").getText()).contains(leopard.getName());
		assertThat(browser.findAll("#sighting-" + id)).isEmpty();
		Sighting verified = sightings.find(Long.parseLong(id)).orElseThrow();
		assertThat(verified.getStatus()).isEqualTo(ReviewStatus.VERIFIED);
		assertThat(verified.getLeopard().getId()).isEqualTo(named);
		browser.screenshot("coat-3-identified");
		signedInAs(browser, null);
	}

	private static void centre(Browser browser, WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private static void signedInAs(Browser browser, String credentials) {
		browser.driver().executeCdpCommand("Network.enable", Map.of());
		Map<String, Object> headers = credentials == null ? Map.of() : Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
		browser.driver().manage().deleteAllCookies();
	}

}
