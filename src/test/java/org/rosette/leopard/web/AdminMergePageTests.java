package org.rosette.leopard.web;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's merge page: what will move, refusals beside the field, and who may use it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminMergePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LeopardRepository leopards;

	@Autowired
	SightingRepository sightings;

	@Autowired
	AccountRepository accounts;

	@Test
	void thePageShowsWhatWillMoveAndPreselectsTheSurvivor() throws Exception {
		Leopard mother = leopards.save(new Leopard(code(), "Grandma Olga", Sex.FEMALE, 2008, null, null));
		Leopard duplicate = leopards.save(new Leopard(code(), "Olga II", Sex.FEMALE, 2014, mother, null));
		Leopard survivor = leopards.save(new Leopard(code(), "Olga", Sex.FEMALE, 2014, null, null));
		leopards.save(new Leopard(code(), "Little Olga", Sex.UNKNOWN, 2024, duplicate, null));
		seen(duplicate);
		seen(duplicate);

		String html = mvc
			.perform(admin(get("/admin/leopards/{id}/merge", duplicate.getId())).param("into",
					survivor.getId().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("Merge Olga II into another entry");
		assertThat(page.select("#merge-moves li").eachText()).contains("2 sightings", "0 incident reports",
				"Cubs: Little Olga", "Mother: Grandma Olga (if the entry that stays has none)");
		assertThat(page.select("#into option[selected]").attr("value")).isEqualTo(survivor.getId().toString());
		assertThat(page.select("#into option").eachAttr("value")).doesNotContain(duplicate.getId().toString());
	}

	@Test
	void aMergeThatCannotBeTrueIsRefusedBesideTheSurvivorsField() throws Exception {
		Leopard mother = leopards.save(new Leopard(code(), "Mama Vera", Sex.FEMALE, 2010, null, null));
		Leopard cub = leopards.save(new Leopard(code(), "Verochka", Sex.FEMALE, 2020, mother, null));

		mvc.perform(admin(post("/admin/leopards/{id}/merge", cub.getId())).param("into", mother.getId().toString())
			.param("reason", "looks alike"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"into-error\""),
					containsString("Verochka and Mama Vera are mother and young"))));
		mvc.perform(admin(post("/admin/leopards/{id}/merge", cub.getId())).param("into", mother.getId().toString())
			.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(admin(post("/admin/leopards/{id}/merge", cub.getId())).param("into", "987654321")
			.param("reason", "same"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"into-error\""), containsString("no longer in the catalogue"))));
		assertThat(leopards.findById(cub.getId())).isPresent();
	}

	@Test
	void aMergeLandsOnTheSurvivorWithANotice() throws Exception {
		Leopard duplicate = leopards.save(new Leopard(code(), "Luna B", Sex.FEMALE, null, null, null));
		Leopard survivor = leopards.save(new Leopard(code(), "Luna", Sex.FEMALE, 2016, null, null));

		Cookie session = mvc
			.perform(admin(post("/admin/leopards/{id}/merge", duplicate.getId()))
				.param("into", survivor.getId().toString())
				.param("reason", "Same left flank"))
			.andExpect(redirectedUrl("/admin/leopards/" + survivor.getId() + "/edit"))
			.andExpect(flash().attribute("merged", "Luna B"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(leopards.findById(duplicate.getId())).isEmpty();
		// the notice rides in the session to the survivor's page
		mvc.perform(admin(get("/admin/leopards/{id}/edit", survivor.getId())).cookie(session))
			.andExpect(content().string(containsString("Luna B is merged into this entry.")));
	}

	@Test
	void onlyAdminsSeeOrUseThePage() throws Exception {
		Leopard a = leopards.save(new Leopard(code(), "Ranger test A", Sex.MALE, null, null, null));
		Leopard b = leopards.save(new Leopard(code(), "Ranger test B", Sex.MALE, null, null, null));

		mvc.perform(get("/admin/leopards/{id}/merge", a.getId()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/leopards/{id}/merge", a.getId()).with(user("r").roles("RANGER")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/leopards/{id}/merge", a.getId()).with(user("r").roles("RANGER"))
			.with(csrf())
			.param("into", b.getId().toString())
			.param("reason", "same")).andExpect(status().isForbidden());
		assertThat(leopards.findById(a.getId())).isPresent();
		mvc.perform(admin(get("/admin/leopards/987654321/merge"))).andExpect(status().isNotFound());
	}

	private void seen(Leopard leopard) {
		Account ranger = accounts
			.save(new Account("mp-" + UUID.randomUUID().toString().substring(0, 8), "{noop}x", "R", Role.RANGER));
		Instant at = Instant.parse("2025-05-01T02:00:00Z");
		Sighting sighting = new Sighting(at, 43.1, 131.3, Evidence.CAMERA_TRAP, leopard, null, null, null, ranger);
		sighting.verify(ranger, leopard, null, at.plusSeconds(60));
		sightings.save(sighting);
	}

	private static String code() {
		return "T-M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin-in-test").roles("ADMIN")).with(csrf());
	}

}
