package org.rosette.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium (Debian's {@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver}) pointed at the application under test. Nothing is ever
 * downloaded: the driver and browser paths are explicit, so Selenium Manager is not
 * consulted.
 * <p>
 * Use it through {@link BrowserTest}, which starts the application on a random port and
 * hands a {@code Browser} to any test method that asks for one:
 *
 * <pre class="code">
 * &#64;BrowserTest
 * class CatalogueJourneyTests {
 *
 *     &#64;Test
 *     void findsKedrovkaAndHerCubs(Browser browser) {
 *         browser.open("/leopards?status=ALIVE");
 *         browser.find("input[name=q]").sendKeys("Kedrovka");
 *         browser.find("form.filters").submit();
 *         browser.find("a[href*='/leopards/']").click();
 *         assertThat(browser.find("h1").getText()).contains("Kedrovka");
 *         browser.screenshot("kedrovka-profile");
 *
 *         browser.phone().open("/leopards");
 *         browser.screenshot("catalogue-phone");
 *     }
 * }
 * </pre>
 *
 * One browser serves every {@link BrowserTest} class of the test run (about a second to
 * start, saved for each class after the first); after each test its cookies are deleted
 * and it goes back to desktop size, so tests do not see each other's sign-in, and after
 * each class it also forgets the headers it was sending, what the pages stored and what
 * the console said. A failing test leaves
 * {@code target/screenshots/FAILED-<class>-<method>.png}. For anything the helpers do not
 * cover, {@link #driver()} is the full Selenium {@link ChromeDriver}.
 */
public final class Browser implements AutoCloseable {

	/**
	 * Debian's Chromium; another browser binary with {@code -Drosette.test.chromium=...}.
	 */
	public static final Path CHROMIUM = Path.of(System.getProperty("rosette.test.chromium", "/usr/bin/chromium"));

	/** The matching driver; another one with {@code -Drosette.test.chromedriver=...}. */
	public static final Path CHROMEDRIVER = Path
		.of(System.getProperty("rosette.test.chromedriver", "/usr/bin/chromedriver"));

	/** The desktop window every test starts with. */
	public static final Dimension DESKTOP = new Dimension(1280, 900);

	/**
	 * A phone-sized viewport (an iPhone 12-15's CSS pixels), emulated as a mobile device.
	 */
	public static final Dimension PHONE = new Dimension(390, 844);

	private static final Duration WAIT = Duration.ofSeconds(10);

	// Selenium looks again every 500 ms by default: most waits here are over in a few
	// milliseconds (a page replaced, an element drawn), and each would cost up to half a
	// second.
	private static final Duration POLL = Duration.ofMillis(50);

	private String baseUrl;

	private boolean extraHeaders;

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private Browser(String baseUrl, Path profile, ChromeDriverService service, ChromeDriver driver) {
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.service = service;
		this.driver = driver;
	}

	/**
	 * Starts Chromium with a fresh profile, for pages under {@code baseUrl} (e.g.
	 * {@code http://localhost:41234}).
	 */
	public static Browser start(String baseUrl) {
		// Belt and braces: should anything ask Selenium for the driver, the answer is the
		// local one.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		Path profile = createProfile();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(), "--lang=en-US",
				"--user-data-dir=" + profile);
		// The console log, so tests can see what the browser refused (CSP violations).
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			// Bootstrap scrolls smoothly unless the user asks for less motion: an element
			// still gliding into view
			// is "not clickable at point" on a slower machine, so tests ask for less
			// motion, as some users do.
			driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
			return new Browser(stripSlash(baseUrl), profile, service, driver);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteProfile(profile);
			throw ex;
		}
	}

	/**
	 * Whether Chromium and chromedriver are installed. {@link BrowserTest} checks this
	 * for you (skipping, or failing under {@code CI=true}).
	 */
	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * A browser of the given window size that is not tied to the application: give it
	 * full URLs through {@link #driver()}, and close it yourself. Prefer a
	 * {@link BrowserTest} and a {@code Browser} parameter, which know the application's
	 * address, skip or fail without a browser, and close it for you.
	 */
	public static Browser open(int width, int height) {
		Browser browser = start("");
		browser.driver.manage().window().setSize(new Dimension(width, height));
		return browser;
	}

	/** Opens a path of the application, e.g. {@code "/leopards?status=ALIVE"}. */
	public Browser open(String path) {
		this.driver.get(this.baseUrl + (path.startsWith("/") ? path : "/" + path));
		return this;
	}

	/**
	 * The application's address, e.g. {@code http://localhost:41234}, for links and
	 * redirects in assertions.
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** The path and query of the current page, e.g. {@code /leopards/3}. */
	public String currentPath() {
		String url = this.driver.getCurrentUrl();
		return (url != null && url.startsWith(this.baseUrl)) ? url.substring(this.baseUrl.length()) : url;
	}

	public String title() {
		return this.driver.getTitle();
	}

	/** The visible text of the whole page. */
	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/** The first element matching a CSS selector, waiting up to 10 s for it to appear. */
	public WebElement find(String cssSelector) {
		return waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
	}

	/** All elements matching a CSS selector right now (possibly none). */
	public List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	/**
	 * Clicks the first element matching a CSS selector, once it is clickable, after
	 * scrolling it (at once, not smoothly) to the middle of the window, clear of the
	 * navbar and of anything pinned to the bottom.
	 */
	public Browser click(String cssSelector) {
		WebElement element = waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
		return this;
	}

	/**
	 * Clicks a link or a form's button that loads another page, and returns once that
	 * page has replaced this one, so that what the test looks for next is found on the
	 * new page, not on the old one about to go away.
	 */
	public Browser clickToLoad(String cssSelector) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		click(cssSelector);
		waitUpTo(WAIT).until((driver) -> gone(page));
		return this;
	}

	/**
	 * Whether an element's page has been replaced. Mid-navigation Chromium may answer
	 * that the node "does not belong to the document" instead of calling it stale: gone
	 * all the same.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Clears a field and types into it. */
	public Browser type(String cssSelector, CharSequence text) {
		WebElement field = find(cssSelector);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Emulates a phone ({@link #PHONE}, touch, mobile viewport rules) until
	 * {@link #desktop()} or the next test.
	 */
	public Browser phone() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE.getWidth(), "height", PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
		this.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
		return this;
	}

	/** Back to the {@link #DESKTOP} window. */
	public Browser desktop() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
		this.driver.manage().window().setSize(DESKTOP);
		return this;
	}

	/**
	 * The page's layout viewport width in CSS pixels, as its media queries see it. On
	 * {@link #phone()} that is 390 for a page with
	 * {@code <meta name="viewport" content="width=device-width">} and 980 for one
	 * without, as on a real phone.
	 */
	public long viewportWidth() {
		return ((Number) this.driver.executeScript("return window.innerWidth")).longValue();
	}

	/**
	 * Saves what the browser shows as {@code target/screenshots/<name>.png} (under
	 * {@code ROSETTE_TEST_TARGET} when Maven runs the tests) and returns the file.
	 */
	public Path screenshot(String name) {
		Path file = screenshotDirectory().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * A wait on this browser, e.g.
	 * {@code browser.waitUpTo(Duration.ofSeconds(5)).until(urlContains("q=ked"))}.
	 */
	public WebDriverWait waitUpTo(Duration timeout) {
		return new WebDriverWait(this.driver, timeout, POLL);
	}

	/**
	 * Signs the browser in by sending HTTP Basic credentials ({@code user:password}) with
	 * every request (the security configuration accepts Basic on every path), or signs it
	 * out with {@code null}.
	 */
	public Browser signedInAs(String credentials) {
		this.driver.executeCdpCommand("Network.enable", Map.of());
		Map<String, Object> headers = (credentials == null) ? Map.of() : Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		this.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
		this.extraHeaders = !headers.isEmpty();
		this.driver.manage().deleteAllCookies();
		return this;
	}

	/** The whole Selenium driver, for anything the helpers above do not cover. */
	/**
	 * What the browser's console said since the last call, e.g. "Refused to execute
	 * inline script because it violates the following Content Security Policy directive".
	 */
	public List<String> consoleMessages() {
		return driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.map(entry -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Between tests: no cookies, no storage, desktop size, a blank page. */
	void reset() {
		this.driver.manage().deleteAllCookies();
		this.driver.get("about:blank");
		desktop();
	}

	/** Points the browser at another application, e.g. {@code http://localhost:41234}. */
	Browser at(String baseUrl) {
		this.baseUrl = stripSlash(baseUrl);
		return this;
	}

	/**
	 * Between test classes, as if the browser were new: no extra headers, nothing stored
	 * for the application's address, no console messages left to read.
	 */
	void forget() {
		reset();
		if (this.extraHeaders) {
			signedInAs(null);
		}
		if (!this.baseUrl.isEmpty()) {
			this.driver.executeCdpCommand("Storage.clearDataForOrigin",
					Map.of("origin", this.baseUrl, "storageTypes", "all"));
		}
		consoleMessages();
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			deleteProfile(this.profile);
		}
	}

	static Path screenshotDirectory() {
		String target = System.getenv("ROSETTE_TEST_TARGET");
		return Path.of((target == null || target.isBlank()) ? "target" : target, "screenshots");
	}

	private static Path createProfile() {
		try {
			return Files.createTempDirectory("rosette-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteProfile(Path profile) {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temp folder is not worth failing a test over
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
