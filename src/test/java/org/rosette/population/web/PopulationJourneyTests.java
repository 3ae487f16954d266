package org.rosette.population.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ranger opens the population page from the account menu on the demo park, sees the
 * estimates and the yearly chart drawn, and asks for month-long occasions; the home page
 * shows the latest estimate to everyone.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class PopulationJourneyTests {

	@Test
	void aRangerReadsTheEstimatesAndChangesTheOccasionLength(Browser browser) {
		browser.open("/login");
		browser.type("#username", "ranger");
		browser.type("#password", "ranger");
		browser.click("#sign-in");
		browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/login"));

		browser.click("#account-toggle");
		browser.clickToLoad("#population-menu");
		assertThat(browser.find("h1").getText()).isEqualTo("How many leopards are there?");
		assertThat(browser.findAll(".estimates-table tbody tr")).hasSize(3);
		assertThat(browser.find(".estimates-table tr[data-method=Jackknife1] .interval").getText()).contains("–");
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> Boolean.TRUE.equals(browser.driver()
				.executeScript(
						"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('population-chart'));")));
		assertThat(browser.findAll(".capture-matrix tbody tr")).isNotEmpty();
		browser.screenshot("population-page");
		browser.driver()
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
					browser.find("#secr-zip"));
		assertThat(browser.find("#secr-zip").getText()).isEqualTo("Download for secr (R)");
		browser.screenshot("population-downloads");

		browser.find("#occasionDays").clear();
		browser.type("#occasionDays", "28");
		browser.clickToLoad("#survey-submit");
		assertThat(browser.currentPath()).contains("occasionDays=28");
		assertThat(browser.find("#occasionDays").getAttribute("value")).isEqualTo("28");
		assertThat(browser.findAll(".capture-matrix thead th.occasion")).hasSize(13);

		browser.open("/");
		assertThat(browser.find("#population-estimate").getText()).startsWith("Camera traps suggest about");
		browser.screenshot("population-home");
	}

}
