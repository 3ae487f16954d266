package org.rosette.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rosette.support.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor's first walk through the site, in a real browser, on the demo park. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class PublicSiteJourneyTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowser() {
		browser = Browser.open(1280, 1000);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void fromTheCounterToKedrovkasCubs() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/?lang=en");
		assertThat(driver.findElement(By.id("known-alive")).getText()).matches("\\d+");
		assertThat(driver.findElement(By.id("population")).getText()).contains("of the 100 we are working towards");
		browser.screenshot("journey-1-home");

		driver.findElement(By.cssSelector(".site-nav a[href='/leopards']")).click();
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/leopards"));
		new Select(driver.findElement(By.id("status"))).selectByValue("ALIVE");
		driver.findElement(By.id("q")).sendKeys("ked");
		driver.findElement(By.id("apply-filters")).click();
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=ked"));
		List<String> names = driver.findElements(By.cssSelector(".leopard-name"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).contains("Kedrovka").allMatch(name -> name.toLowerCase().contains("ked"));
		assertThat(new Select(driver.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ALIVE");
		browser.screenshot("journey-2-catalogue-filtered");

		driver.findElement(By.linkText("Kedrovka")).click();
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("cubs")));
		assertThat(driver.findElement(By.id("leopard-name")).getText()).isEqualTo("Kedrovka");
		assertThat(driver.findElement(By.id("cubs")).getText()).contains("Killy", "Crimea", "Barry");
		browser.screenshot("journey-3-kedrovka");
	}

	@Test
	void anUnknownLeopardGetsAFriendlyPageWithoutInternals() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/leopards/987654?lang=en");
		String page = driver.getPageSource();
		assertThat(page).contains("Page not found").doesNotContain("Exception").doesNotContain("Whitelabel");
		browser.screenshot("journey-404");
	}

	@Test
	void thePhoneLayoutCollapsesTheMenu() {
		try (Browser phone = Browser.open(390, 1600)) {
			WebDriver driver = phone.driver();
			driver.get("http://localhost:" + port + "/?lang=ru");
			assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("site-menu")).isDisplayed()).isFalse();
			driver.findElement(By.cssSelector(".navbar-toggler")).click();
			phone.waitUpTo(Duration.ofSeconds(5))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#site-menu a[href='/leopards']")));
			assertThat(driver.findElement(By.id("site-menu")).getText()).contains("Леопарды");
			phone.screenshot("journey-phone-menu-ru");
		}
	}

}
