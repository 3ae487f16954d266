package org.rosette.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages work under their Content-Security-Policy: the browser refuses nothing on the
 * public pages, the API documentation, or the rangers' and admins' pages (a leftover
 * inline handler or script would show here as a console error).
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class ContentSecurityPolicyBrowserTests {

	private static final List<String> PUBLIC = List.of("/?lang=en", "/leopards", "/sightings/map", "/campaigns",
			"/threats", "/help", "/open-data", "/login", "/swagger-ui/index.html");

	private static final List<String> STAFF = List.of("/ranger/sightings", "/ranger/sightings/new",
			"/ranger/incidents/new", "/ranger/map", "/admin/review", "/admin/leopards", "/admin/users",
			"/admin/campaigns", "/admin/audit", "/admin/import");

	@Test
	void noPageBreaksItsOwnPolicy(Browser browser) {
		List<String> refused = new ArrayList<>();
		for (String path : PUBLIC) {
			refused.addAll(refusals(browser, path));
		}
		browser.open("/leopards");
		String profile = browser.find(".leopard-card a, a[href^='/leopards/']").getAttribute("href");
		refused.addAll(refusals(browser, profile.substring(browser.baseUrl().length())));

		browser.open("/login?lang=en");
		browser.type("#username", "admin").type("#password", "admin");
		browser.clickToLoad("#sign-in");
		for (String path : STAFF) {
			refused.addAll(refusals(browser, path));
		}
		assertThat(refused).isEmpty();
	}

	private static List<String> refusals(Browser browser, String path) {
		browser.open(path);
		browser.waitUpTo(Duration.ofSeconds(20))
			.until(driver -> "complete".equals(browser.driver().executeScript("return document.readyState")));
		browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
		return browser.consoleMessages()
			.stream()
			.filter(message -> message.contains("Content Security Policy"))
			.map(message -> path + ": " + message)
			.toList();
	}

}
