package org.rosette.leopard.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.support.Browser;
import org.rosette.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the admin renames an entry to the name another already has (in
 * Cyrillic), is warned, follows the warning to the merge page, sees what will move, is
 * told why a wrong survivor cannot be, merges, and lands on the survivor; the old profile
 * leads there.
 */
@BrowserTest(properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class MergeJourneyTests {

	@Autowired
	LeopardRepository leopards;

	@Test
	void aDuplicateFoundOnSavingIsMergedIntoTheEntryThatStays(Browser browser) {
		Leopard zarnitsa = leopards.save(new Leopard("LEO-J01", "Zarnitsa", Sex.FEMALE, 2017, null, null));
		Leopard duplicate = leopards.save(new Leopard("LEO-J02", "Unnamed female", Sex.FEMALE, null, null, null));
		Leopard cub = leopards.save(new Leopard("LEO-J03", "Iskra", Sex.FEMALE, 2023, duplicate, null));
		signInAsAdmin(browser);

		browser.open("/admin/leopards/" + duplicate.getId() + "/edit?lang=en");
		browser.type("#name", "Зарница");
		browser.clickToLoad("#save");
		assertThat(browser.find("#lookalikes").getText()).contains("Zarnitsa (LEO-J01)").contains("the same name");
		browser.screenshot("leopard-duplicate-warning");

		browser.clickToLoad("#lookalikes li[data-leopard='" + zarnitsa.getId() + "'] .merge-link");
		assertThat(browser.find("h1").getText()).isEqualTo("Merge Unnamed female into another entry");
		assertThat(browser.find("#merge-moves").getText()).contains("0 sightings").contains("Cubs: Iskra");

		// the wrong survivor first: her own cub
		browser.driver()
			.executeScript("document.getElementById('into').value = arguments[0]", String.valueOf(cub.getId()));
		browser.type("#reason", "Same rosettes on the left flank, camera 7");
		browser.clickToLoad("#merge");
		assertThat(browser.find("#into-error").getText()).contains("mother and young");
		browser.screenshot("leopard-merge-refused");

		browser.driver()
			.executeScript("document.getElementById('into').value = arguments[0]", String.valueOf(zarnitsa.getId()));
		browser.clickToLoad("#merge");
		assertThat(browser.currentPath()).isEqualTo("/admin/leopards/" + zarnitsa.getId() + "/edit");
		assertThat(browser.find("#merged").getText()).isEqualTo("Unnamed female is merged into this entry.");
		browser.screenshot("leopard-merged");

		browser.open("/leopards/" + duplicate.getId());
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.getCurrentUrl().contains("/leopards/" + zarnitsa.getId()));
		assertThat(browser.find("h1").getText()).contains("Zarnitsa");
	}

	private static void signInAsAdmin(Browser browser) {
		browser.open("/login?lang=en");
		browser.type("#username", "admin");
		browser.type("#password", "admin");
		browser.click("#sign-in");
		browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

}
