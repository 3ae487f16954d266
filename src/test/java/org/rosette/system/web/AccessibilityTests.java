package org.rosette.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>
 * axe is run here directly rather than through Deque's {@link AxeBuilder}, which for
 * every page sends the 560 kB script over WebDriver, then opens a blank window, sends it
 * again there and closes the window to merge results (about 2 s a page on a 2-core
 * machine, against about half a second for the rules themselves). Instead the script is
 * handed to Chromium once and put into every page it opens during the check, and axe is
 * asked for the details of violations only. Rosette's pages have no frames, which axe
 * would need put into too: {@link Axe#violations} fails on a page that has any.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class AccessibilityTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * The rules left out at phone width, having passed at desktop width on the same page.
	 * Phone and desktop get the same HTML (the phone is emulated by window size and
	 * touch; the user agent and so the server's answer are the same), so what can differ
	 * between them is what CSS and scripts make of it: which elements are shown (nearly
	 * every axe rule skips hidden ones, and e.g. the navbar's toggle button only shows on
	 * a phone), where they sit, in what colours, what scrolls. Every rule that looks at
	 * an element's visibility, position, colour or size therefore runs at both widths.
	 * These ones do not: they judge only the document's root, head and body attributes
	 * (the title, the html element's languages, the meta viewport and refresh,
	 * aria-hidden on the body), which are the same text at any width. They are cheap:
	 * most of the time saved comes from how axe is run (see above), not from this list.
	 */
	private static final List<String> SAME_AT_ANY_WIDTH = List.of("document-title", "html-has-lang", "html-lang-valid",
			"html-xml-lang-mismatch", "meta-viewport", "meta-refresh", "aria-hidden-body");

	private static final List<String> RANGER_PAGES = List.of("/ranger/sightings", "/ranger/sightings/new",
			"/ranger/incidents/new", "/ranger/map");

	@Test
	void everyPageHasNoAccessibilityViolationAtDesktopAndPhoneWidth(Browser browser) {
		List<String> problems = new ArrayList<>();
		try (Axe axe = Axe.into(browser)) {
			checkAtBothWidths(browser, axe, publicPages(browser), problems);
			signIn(browser, "ranger");
			checkAtBothWidths(browser, axe, RANGER_PAGES, problems);
			signIn(browser, "admin");
			checkAtBothWidths(browser, axe, adminPages(browser), problems);
		}
		assertThat(problems).as("axe-core violations, and pages wider than their window").isEmpty();
	}

	/**
	 * The checks above find what they look for: an image without a text alternative, at
	 * either width, and a page wider than its window.
	 */
	@Test
	void theChecksFindAViolationAndAPageTooWide(Browser browser) {
		try (Axe axe = Axe.into(browser)) {
			for (Width width : Width.values()) {
				width.apply(browser);
				open(browser, "/help", "en");
				browser.driver()
					.executeScript("var img = document.createElement('img'); img.src = '/favicon.ico';"
							+ "var wide = document.createElement('div'); wide.style.minWidth = '2000px'; wide.style.height = '1em';"
							+ "document.querySelector('main').append(img, wide);");
				assertThat(axe.violations(width)).as(width.name()).anyMatch((found) -> found.contains("image-alt"));
				assertThat(overflow(browser)).as(width.name()).isNotEmpty();
			}
		}
	}

	@Test
	void noPageIsWiderThanThePhoneInRussianOrChinese(Browser browser) {
		browser.phone();
		List<String> tooWide = new ArrayList<>();
		List<String> publicPages = publicPages(browser);
		for (String lang : List.of("ru", "zh")) {
			for (String page : publicPages) {
				tooWide.addAll(overflow(browser, page, lang));
			}
		}
		signIn(browser, "admin");
		List<String> signedInPages = new ArrayList<>(adminPages(browser));
		signedInPages.addAll(RANGER_PAGES);
		for (String lang : List.of("ru", "zh")) {
			for (String page : signedInPages) {
				tooWide.addAll(overflow(browser, page, lang));
			}
		}
		assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
	}

	private static void checkAtBothWidths(Browser browser, Axe axe, List<String> pages, List<String> problems) {
		for (Width width : Width.values()) {
			width.apply(browser);
			for (String page : pages) {
				open(browser, page, "en");
				List<String> found = new ArrayList<>();
				for (String violation : axe.violations(width)) {
					found.add(page + " (" + width + "): " + violation);
				}
				// English is checked for width here; the other languages below.
				found.addAll(overflow(browser));
				if (!found.isEmpty()) {
					browser.screenshot("a11y-" + width + page.replace('/', '_'));
				}
				problems.addAll(found);
			}
		}
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

	/** Signs in through the form, as a person would; once per account and test. */
	private static void signIn(Browser browser, String user) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login?lang=en");
		browser.type("#username", user);
		browser.type("#password", user);
		browser.clickToLoad("#sign-in");
		assertThat(browser.currentPath()).as("signed in as " + user).doesNotStartWith("/login");
	}

	private static List<String> overflow(Browser browser, String page, String lang) {
		open(browser, page, lang);
		List<String> tooWide = overflow(browser);
		if (!tooWide.isEmpty()) {
			browser.screenshot("phone-" + lang + page.replace('/', '_'));
		}
		return tooWide;
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

	/** The two window sizes every page is checked at. */
	private enum Width {

		DESKTOP, PHONE;

		void apply(Browser browser) {
			if (this == PHONE) {
				browser.phone();
			}
			else {
				browser.desktop();
			}
		}

		@Override
		public String toString() {
			return name().toLowerCase();
		}

	}

	/**
	 * axe-core, put by Chromium into every page it opens until closed, and run on the
	 * page the browser shows.
	 */
	private static final class Axe implements AutoCloseable {

		private static final String SCRIPT = script();

		private static final String RUN = """
				var callback = arguments[arguments.length - 1];
				if (window.frames.length > 0) {
					callback({ error: 'the page has frames, which this check does not look into' });
					return;
				}
				axe.run(document, arguments[0]).then(function (r) {
					callback({
						ran: [].concat(r.passes, r.violations, r.incomplete, r.inapplicable).map(function (rule) { return rule.id; }),
						violations: r.violations.map(function (v) {
							return { id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) {
								return { target: JSON.stringify(n.target), html: n.html };
							}) };
						})
					});
				}, function (e) {
					callback({ error: String(e && e.stack || e) });
				});
				""";

		private final Browser browser;

		private final Object identifier;

		private Set<String> wcagRules;

		private Axe(Browser browser, Object identifier) {
			this.browser = browser;
			this.identifier = identifier;
		}

		static Axe into(Browser browser) {
			browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			Map<String, Object> added = browser.driver()
				.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
			return new Axe(browser, added.get("identifier"));
		}

		/**
		 * The violations of the WCAG 2.1 A and AA rules on the page shown, at the given
		 * width: all of them at desktop width, those whose result can depend on layout at
		 * phone width. An error, or a set of rules other than the one asked for, is
		 * reported too: a check that did not run is not a pass.
		 */
		@SuppressWarnings("unchecked")
		List<String> violations(Width width) {
			if (!Boolean.TRUE.equals(this.browser.driver().executeScript("return typeof axe === 'object'"))) {
				this.browser.driver().executeScript(SCRIPT);
			}
			Map<String, Object> options = new LinkedHashMap<>();
			options.put("runOnly", Map.of("type", "tag", "values", WCAG));
			options.put("resultTypes", List.of("violations"));
			if (width == Width.PHONE) {
				Map<String, Object> off = new LinkedHashMap<>();
				SAME_AT_ANY_WIDTH.forEach((rule) -> off.put(rule, Map.of("enabled", false)));
				options.put("rules", off);
			}
			Map<String, Object> result = (Map<String, Object>) this.browser.driver().executeAsyncScript(RUN, options);
			if (result.get("error") != null) {
				return List.of("axe-core failed: " + result.get("error"));
			}
			List<String> found = new ArrayList<>();
			Set<String> ran = new TreeSet<>((List<String>) result.get("ran"));
			Set<String> expected = expected(width, ran);
			if (!ran.equals(expected)) {
				found.add("axe-core ran " + ran + " instead of " + expected);
			}
			for (Map<String, Object> rule : (List<Map<String, Object>>) result.get("violations")) {
				Set<String> targets = new LinkedHashSet<>();
				for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
					targets.add(node.get("target") + " " + abbreviate((String) node.get("html")));
				}
				found.add(rule.get("id") + " [" + rule.get("impact") + "] "
						+ String.join(" | ", targets.stream().limit(4).toList()));
			}
			return found;
		}

		/**
		 * The rules every run at this width must have run: at desktop width those of the
		 * first desktop run (axe's WCAG 2.1 A and AA rules less those it marks
		 * experimental or deprecated, as with Deque's builder), checked to be the ones
		 * that matter; at phone width the same less
		 * {@link AccessibilityTests#SAME_AT_ANY_WIDTH}.
		 */
		private Set<String> expected(Width width, Set<String> ran) {
			if (this.wcagRules == null) {
				assertThat(width).as("the first check is at desktop width").isEqualTo(Width.DESKTOP);
				assertThat(ran).as("axe-core's WCAG 2.1 A/AA rules")
					.hasSizeGreaterThan(50)
					.contains("color-contrast", "image-alt", "label", "link-name", "button-name", "bypass",
							"scrollable-region-focusable")
					.containsAll(SAME_AT_ANY_WIDTH);
				this.wcagRules = ran;
			}
			Set<String> expected = new TreeSet<>(this.wcagRules);
			if (width == Width.PHONE) {
				expected.removeAll(SAME_AT_ANY_WIDTH);
			}
			return expected;
		}

		@Override
		public void close() {
			this.browser.driver()
				.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", this.identifier));
		}

		private static String script() {
			try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js is not in Deque's jar");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
