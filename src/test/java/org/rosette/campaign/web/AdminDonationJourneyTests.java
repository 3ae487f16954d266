package org.rosette.campaign.web;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser on the demo park: the admin records a gift to the patrol campaign and
 * the public page's bar moves. Also walks the admin pages at desktop and phone width and
 * keeps screenshots of them.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class AdminDonationJourneyTests {

	private static final String PATROL = "/campaigns/anti-poaching-patrol?lang=en";

	@Test
	void aGiftRecordedByTheAdminMovesThePublicProgressBar(Browser browser) {
		browser.open(PATROL);
		assertThat(browser.find(".campaign-progress .percent").getText()).isEqualTo("84%");
		assertThat(browser.find("#gifts").getText()).isEqualTo("112");

		signInAsAdmin(browser);
		browser.open("/admin/campaigns?lang=en");
		WebElement patrol = browser.findAll(".admin-campaign")
			.stream()
			.filter(panel -> panel.getText().contains("/campaigns/anti-poaching-patrol"))
			.findFirst()
			.orElseThrow();
		patrol.findElement(By.cssSelector("a[href$='/donations']")).click();
		browser.type("#amount", "3000.00");
		browser.type("#donorName", "Friends of the Taiga");
		browser.screenshot("admin-donation-form");
		browser.find("#donation-form").submit();
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(browser.find("#gift-count").getText()).isEqualTo("113 gifts so far");

		browser.open(PATROL);
		assertThat(browser.find(".campaign-progress .percent").getText()).isEqualTo("87%");
		assertThat(browser.find(".campaign-progress .progress-bar").getAttribute("style")).contains("width: 87%");
		assertThat(browser.find("#gifts").getText()).isEqualTo("113");
		browser.screenshot("admin-donation-public-bar-87");
	}

	@Test
	void theAdminPagesAtDesktopAndPhoneWidth(Browser browser) {
		signInAsAdmin(browser);
		String[] pages = { "/admin", "/admin/campaigns", "/admin/campaigns/1/edit", "/admin/campaigns/1/donations",
				"/admin/leopards", "/admin/leopards/1/edit", "/admin/users", "/admin/audit" };
		for (String page : pages) {
			browser.desktop().open(page + "?lang=en");
			assertThat(browser.title()).doesNotContain("Page not found");
			browser.screenshot("admin-desktop" + page.replace('/', '-'));
			browser.phone().open(page + "?lang=ru");
			assertThat(browser.viewportWidth()).isEqualTo(390);
			browser.screenshot("admin-phone" + page.replace('/', '-'));
		}
	}

	/**
	 * Signs in through the /login page when it has a form; until it does, by posting the
	 * same form fields from the page with HTTP Basic credentials (so no CSRF token is
	 * needed), which leaves the same session cookie behind.
	 */
	static void signInAsAdmin(Browser browser) {
		browser.open("/login");
		if (!browser.findAll("input[name=username]").isEmpty()) {
			browser.type("input[name=username]", "admin");
			browser.type("input[name=password]", "admin");
			browser.find("input[name=password]").submit();
		}
		else {
			String basic = Base64.getEncoder().encodeToString("admin:admin".getBytes());
			browser.driver().executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch('/login', {method: 'POST', credentials: 'same-origin',
					    headers: {'Authorization': 'Basic %s', 'Content-Type': 'application/x-www-form-urlencoded'},
					    body: 'username=admin&password=admin'}).then(() => done(), () => done());
					""".formatted(basic));
		}
		browser.open("/admin?lang=en");
		assertThat(browser.currentPath()).startsWith("/admin");
	}

}
