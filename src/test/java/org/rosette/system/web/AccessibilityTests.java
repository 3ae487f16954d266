package org.rosette.system.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public, ranger and admin page passes axe-core's WCAG 2.1 A and AA rules, at
 * desktop and at phone width, with no violation of any impact; and no page is wider than
 * its window, at either width in English and on a phone in Russian and Chinese. axe-core
 * runs inside the page from the copy bundled in Deque's jar: nothing is fetched.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class AccessibilityTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Test
	void everyPageHasNoAccessibilityViolationAtDesktopAndPhoneWidth(Browser browser) {
		List<String> violations = new ArrayList<>();
		for (boolean phone : List.of(false, true)) {
			browser.driver().manage().deleteAllCookies();
			if (phone) {
				browser.phone();
			}
			else {
				browser.desktop();
			}
			String width = phone ? "phone" : "desktop";
			for (String page : publicPages(browser)) {
				violations.addAll(check(browser, page, "a11y-" + width));
				// English is checked for width here; the other languages below.
				violations.addAll(overflow(browser));
			}
			signIn(browser, "ranger");
			for (String page : List.of("/ranger/sightings", "/ranger/sightings/new", "/ranger/incidents/new",
					"/ranger/map")) {
				violations.addAll(check(browser, page, "a11y-" + width));
				violations.addAll(overflow(browser));
			}
			signIn(browser, "admin");
			for (String page : adminPages(browser)) {
				violations.addAll(check(browser, page, "a11y-" + width));
				violations.addAll(overflow(browser));
			}
		}
		assertThat(violations).as("axe-core violations, and pages wider than a phone").isEmpty();
	}

	@Test
	void noPageIsWiderThanThePhoneInRussianOrChinese(Browser browser) {
		browser.phone();
		List<String> tooWide = new ArrayList<>();
		for (String lang : List.of("ru", "zh")) {
			browser.driver().manage().deleteAllCookies();
			for (String page : publicPages(browser)) {
				tooWide.addAll(overflow(browser, page, lang));
			}
			signIn(browser, "admin");
			for (String page : adminPages(browser)) {
				tooWide.addAll(overflow(browser, page, lang));
			}
			for (String page : List.of("/ranger/sightings", "/ranger/sightings/new", "/ranger/incidents/new")) {
				tooWide.addAll(overflow(browser, page, lang));
			}
		}
		assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
	}

	private static List<String> publicPages(Browser browser) {
		browser.open("/leopards?lang=en");
		String profile = firstLink(browser, "main a[href*='/leopards/']");
		browser.open("/campaigns?lang=en");
		String campaign = firstLink(browser, "main a[href*='/campaigns/']");
		return List.of("/", "/leopards", "/leopards?status=MISSING", profile, "/sightings/map", "/campaigns", campaign,
				"/threats", "/help", "/open-data", "/login", "/no-such-page");
	}

	private static List<String> adminPages(Browser browser) {
		browser.open("/admin/leopards?lang=en");
		String leopard = firstLink(browser, "main a[href*='/admin/leopards/'][href$='/edit']");
		browser.open("/admin/campaigns?lang=en");
		String campaign = firstLink(browser, "main a[href*='/admin/campaigns/'][href$='/edit']");
		String donations = firstLink(browser, "main a[href*='/donations']");
		return List.of("/admin", "/admin/review", "/admin/leopards", "/admin/leopards/new", leopard,
				leopard.replace("/edit", "/merge"), "/admin/campaigns", "/admin/campaigns/new", campaign, donations,
				"/admin/users", "/admin/audit", "/admin/import");
	}

	private static String firstLink(Browser browser, String css) {
		String href = browser.find(css).getDomAttribute("href");
		return href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
	}

	private static void signIn(Browser browser, String user) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login?lang=en");
		browser.type("#username", user);
		browser.type("#password", user);
		browser.clickToLoad("#sign-in");
	}

	private static List<String> check(Browser browser, String page, String shot) {
		open(browser, page, "en");
		browser.screenshot(shot + page.replace('/', '_'));
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			Set<String> targets = new LinkedHashSet<>();
			for (CheckedNode node : rule.getNodes()) {
				targets.add(String.valueOf(node.getTarget()) + " " + abbreviate(node.getHtml()));
			}
			found.add(page + " (" + shot + "): " + rule.getId() + " [" + rule.getImpact() + "] "
					+ targets.stream().limit(4).collect(Collectors.joining(" | ")));
		}
		return found;
	}

	private static List<String> overflow(Browser browser, String page, String lang) {
		open(browser, page, lang);
		browser.screenshot("phone-" + lang + page.replace('/', '_'));
		return overflow(browser);
	}

	/** The page as it is now: wider than the window, or not. */
	private static List<String> overflow(Browser browser) {
		Number width = (Number) browser.driver()
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		return (width.longValue() > 0) ? List.of(browser.currentPath() + " is " + width + " px too wide") : List.of();
	}

	/**
	 * Opens a page and waits for its maps to draw, so they are checked as people see
	 * them.
	 */
	private static void open(Browser browser, String page, String lang) {
		browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
		browser.waitUpTo(Duration.ofSeconds(10)).until(d -> {
			for (WebElement map : d.findElements(By.cssSelector("[data-state]"))) {
				if ("loading".equals(map.getDomAttribute("data-state"))) {
					return false;
				}
			}
			return true;
		});
	}

	private static String abbreviate(String html) {
		return (html == null || html.length() < 120) ? html : html.substring(0, 120) + "…";
	}

}
