package org.rosette.leopard.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin who adds or renames a leopard like one the catalogue holds is warned, with
 * links to the likely duplicates, and may save anyway or merge instead.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DuplicateWarningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LeopardRepository leopards;

	@Test
	void aNewLeopardNamedInCyrillicLikeAKnownOneIsHeldBackUntilTheAdminConfirms() throws Exception {
		String name = "Dab" + unique();
		Leopard known = leopards.save(new Leopard(code(), name, Sex.FEMALE, 2015, null, null));
		String cyrillic = toCyrillic(name);
		String newCode = code();

		mvc.perform(admin(post("/admin/leopards/new")).param("code", newCode)
			.param("name", cyrillic)
			.param("sex", "FEMALE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"lookalikes\""),
					containsString("href=\"/admin/leopards/" + known.getId() + "/edit\""),
					containsString("the same name"), containsString("id=\"notDuplicate\""))));
		assertThat(leopards.findByCode(newCode)).isEmpty();

		mvc.perform(admin(post("/admin/leopards/new")).param("code", newCode)
			.param("name", cyrillic)
			.param("sex", "FEMALE")
			.param("notDuplicate", "true")).andExpect(redirectedUrlPattern("/admin/leopards/*/edit"));
		assertThat(leopards.findByCode(newCode)).isPresent();
	}

	@Test
	void aRenameLikeAnotherEntryOffersTheMergeInRussianToo() throws Exception {
		String name = "Ren" + unique();
		Leopard known = leopards.save(new Leopard(code(), name, Sex.MALE, 2015, null, null));
		Leopard renamed = leopards.save(new Leopard(code(), "Other" + unique(), Sex.MALE, 2016, null, null));

		mvc.perform(admin(post("/admin/leopards/{id}/edit", renamed.getId())).param("code", renamed.getCode())
			.param("name", name + "s")
			.param("sex", "MALE")
			.param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Возможно, этот леопард уже есть в каталоге"),
					containsString("похожее имя"), containsString(
							"href=\"/admin/leopards/" + renamed.getId() + "/merge?into=" + known.getId() + "\""))));
	}

	@Test
	void savingAnEntryUnchangedAsksNothing() throws Exception {
		String name = "Same" + unique();
		leopards.save(new Leopard(code(), name, Sex.MALE, 2015, null, null));
		Leopard twin = leopards.save(new Leopard(code(), name, Sex.MALE, 2015, null, null));

		mvc.perform(admin(post("/admin/leopards/{id}/edit", twin.getId())).param("code", twin.getCode())
			.param("name", name)
			.param("sex", "MALE")
			.param("birthYear", "2014")
			.param("version", String.valueOf(twin.getVersion()))).andExpect(status().is3xxRedirection());
		assertThat(leopards.findById(twin.getId()).orElseThrow().getBirthYear()).isEqualTo(2014);
	}

	@Test
	void aFormErrorComesBeforeTheWarning() throws Exception {
		Leopard known = leopards.save(new Leopard(code(), "Err" + unique(), Sex.MALE, 2015, null, null));

		mvc.perform(admin(post("/admin/leopards/new")).param("code", known.getCode())
			.param("name", known.getName())
			.param("sex", "MALE"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"code-error\""), not(containsString("id=\"lookalikes\"")))));
	}

	private static String unique() {
		// letters only: a name is compared in Latin letters, digits would stay digits
		StringBuilder letters = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append((char) ('a' + Character.digit(c, 16) % 26));
		}
		return letters.toString();
	}

	/** A Latin name spelled in Cyrillic letters that transliterate back to it. */
	private static String toCyrillic(String latin) {
		String from = "abcdefghijklmnop";
		String to = "абцдефгхийклмноп";
		StringBuilder cyrillic = new StringBuilder();
		for (char c : latin.toCharArray()) {
			int i = from.indexOf(Character.toLowerCase(c));
			char mapped = (i < 0) ? c : to.charAt(i);
			cyrillic.append(Character.isUpperCase(c) ? Character.toUpperCase(mapped) : mapped);
		}
		return cyrillic.toString();
	}

	private static String code() {
		return "T-D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf());
	}

}
