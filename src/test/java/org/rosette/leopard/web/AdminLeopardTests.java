package org.rosette.leopard.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.leopard.DeathCause;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue's family rules and status steps, as an admin meets them in the forms. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminLeopardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LeopardRepository leopards;

	@Test
	void anAdminAddsACubOfAFemale() throws Exception {
		Leopard mother = leopards.save(new Leopard(code("F"), "Mother", Sex.FEMALE, 2015, null, null));
		String cub = code("C");
		mvc.perform(admin(post("/admin/leopards/new")).param("code", cub)
			.param("name", "Cub")
			.param("sex", "MALE")
			.param("birthYear", "2023")
			.param("motherId", mother.getId().toString())).andExpect(status().is3xxRedirection());
		assertThat(leopards.findByCode(cub).orElseThrow().getBirthYear()).isEqualTo(2023);
	}

	@Test
	void aMotherMustBeAFemale() throws Exception {
		Leopard male = leopards.save(new Leopard(code("M"), "Father", Sex.MALE, 2012, null, null));
		String cub = code("C");
		mvc.perform(admin(post("/admin/leopards/new")).param("code", cub)
			.param("name", "Cub")
			.param("sex", "FEMALE")
			.param("motherId", male.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"motherId-error\""),
					containsString("Father is not recorded as a female"))));
		assertThat(leopards.findByCode(cub)).isEmpty();
	}

	@Test
	void noLeopardIsItsOwnAncestor() throws Exception {
		Leopard grandmother = leopards.save(new Leopard(code("G"), "Grandmother", Sex.FEMALE, 2008, null, null));
		Leopard mother = leopards.save(new Leopard(code("F"), "Daughter", Sex.FEMALE, 2014, grandmother, null));
		Leopard granddaughter = leopards.save(new Leopard(code("D"), "Granddaughter", Sex.FEMALE, 2020, mother, null));

		// making the granddaughter the grandmother's mother would close a loop
		mvc.perform(admin(post("/admin/leopards/{id}/edit", grandmother.getId())).param("code", grandmother.getCode())
			.param("version", version(grandmother))
			.param("name", "Grandmother")
			.param("sex", "FEMALE")
			.param("motherId", granddaughter.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"motherId-error\""),
					containsString("a leopard cannot be its own ancestor"))));
		// and nobody is her own mother
		mvc.perform(admin(post("/admin/leopards/{id}/edit", grandmother.getId())).param("code", grandmother.getCode())
			.param("version", version(grandmother))
			.param("name", "Grandmother")
			.param("sex", "FEMALE")
			.param("motherId", grandmother.getId().toString()))
			.andExpect(content().string(containsString("id=\"motherId-error\"")));
		assertThat(leopards.findWithMotherById(grandmother.getId()).orElseThrow().getMother()).isNull();
	}

	@Test
	void aMotherOfCubsStaysFemaleAndCodesAreUnique() throws Exception {
		Leopard mother = leopards.save(new Leopard(code("F"), "Mum", Sex.FEMALE, 2014, null, null));
		leopards.save(new Leopard(code("C"), "Kit", Sex.UNKNOWN, 2022, mother, null));
		Leopard other = leopards.save(new Leopard(code("O"), "Other", Sex.MALE, 2014, null, null));

		mvc.perform(admin(post("/admin/leopards/{id}/edit", mother.getId())).param("code", mother.getCode())
			.param("version", version(mother))
			.param("name", "Mum")
			.param("sex", "MALE")).andExpect(content().string(containsString("id=\"sex-error\"")));
		mvc.perform(admin(post("/admin/leopards/{id}/edit", mother.getId())).param("code", other.getCode())
			.param("version", version(mother))
			.param("name", "Mum")
			.param("sex", "FEMALE"))
			.andExpect(content()
				.string(allOf(containsString("id=\"code-error\""), containsString("already belongs to Other"))));
	}

	@Test
	void statusStepsMissingAliveAndDeathWithDateAndCause() throws Exception {
		Leopard leopard = leopards.save(new Leopard(code("S"), "Steps", Sex.MALE, 2016, null, null));
		mvc.perform(admin(post("/admin/leopards/{id}/status", leopard.getId())).param("status", "MISSING"))
			.andExpect(status().is3xxRedirection());
		assertThat(leopards.findById(leopard.getId()).orElseThrow().getStatus()).isEqualTo(LeopardStatus.MISSING);
		mvc.perform(admin(post("/admin/leopards/{id}/status", leopard.getId())).param("status", "ALIVE"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(admin(post("/admin/leopards/{id}/status", leopard.getId())).param("status", "DECEASED"))
			.andExpect(content()
				.string(allOf(containsString("id=\"diedOn-error\""), containsString("id=\"deathCause-error\""))));
		mvc.perform(admin(post("/admin/leopards/{id}/status", leopard.getId())).param("status", "DECEASED")
			.param("diedOn", "2026-01-10")
			.param("deathCause", "POACHING")
			.param("incidentId", "987654"))
			.andExpect(content().string(allOf(containsString("id=\"incidentId-error\""),
					containsString("There is no incident report number 987654"))));
		assertThat(leopards.findById(leopard.getId()).orElseThrow().getStatus()).isEqualTo(LeopardStatus.ALIVE);

		mvc.perform(admin(post("/admin/leopards/{id}/status", leopard.getId())).param("status", "DECEASED")
			.param("diedOn", "2026-01-10")
			.param("deathCause", "POACHING")).andExpect(status().is3xxRedirection());
		Leopard dead = leopards.findById(leopard.getId()).orElseThrow();
		assertThat(dead.getStatus()).isEqualTo(LeopardStatus.DECEASED);
		assertThat(dead.getDeathCause()).isEqualTo(DeathCause.POACHING);

		mvc.perform(admin(post("/admin/leopards/{id}/status", leopard.getId())).param("status", "ALIVE"))
			.andExpect(content().string(containsString("recorded as dead; that status is final")));
	}

	@Test
	void twoAdminsEditingALeopardAtOnceLoseNothing() throws Exception {
		Leopard leopard = leopards.save(new Leopard(code("V"), "Original", Sex.FEMALE, 2015, null, null));
		String edit = "/admin/leopards/" + leopard.getId() + "/edit";
		// both open the form
		Document firstForm = page(admin(get(edit)));
		Document secondForm = page(as("admin2", get(edit)));
		String opened = firstForm.select("#leopard-form input[name=version]").val();
		assertThat(secondForm.select("#leopard-form input[name=version]").val()).isEqualTo(opened).isNotEmpty();

		mvc.perform(admin(post(edit)).param("code", leopard.getCode())
			.param("name", "Named by the first")
			.param("sex", "FEMALE")
			.param("birthYear", "2015")
			.param("version", opened)).andExpect(status().is3xxRedirection());

		// the second saves from the form they opened: told, their values kept, the first
		// admin's edit stands
		Document told = page(as("admin2", post(edit)).param("code", leopard.getCode())
			.param("name", "Named by the second")
			.param("sex", "MALE")
			.param("birthYear", "2014")
			.param("version", opened));
		assertThat(told.select("#conflict h2").text())
			.isEqualTo("Someone else saved this leopard while you were editing it");
		assertThat(told.select("#conflict-name .mine").text()).isEqualTo("Named by the second");
		assertThat(told.select("#conflict-name .saved").text()).isEqualTo("Named by the first");
		assertThat(told.select("#conflict-sex .mine").text()).isEqualTo("Male");
		assertThat(told.select("#conflict-sex .saved").text()).isEqualTo("Female");
		assertThat(told.select("#conflict-code").hasClass("differs")).isFalse();
		assertThat(told.select("#name").val()).isEqualTo("Named by the second");
		assertThat(told.select("#birthYear").val()).isEqualTo("2014");
		assertThat(told.select("#save").text()).isEqualTo("Save my version");
		Leopard stored = leopards.findById(leopard.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("Named by the first");
		assertThat(stored.getSex()).isEqualTo(Sex.FEMALE);

		// having seen both, saving again from the version now saved is deliberate
		mvc.perform(as("admin2", post(edit)).param("code", leopard.getCode())
			.param("name", "Named by the second")
			.param("sex", "MALE")
			.param("birthYear", "2014")
			.param("version", told.select("#leopard-form input[name=version]").val()))
			.andExpect(status().is3xxRedirection());
		assertThat(leopards.findById(leopard.getId()).orElseThrow().getName()).isEqualTo("Named by the second");
	}

	@Test
	void theConflictReadsInRussianAndChinese() throws Exception {
		Leopard leopard = leopards.save(new Leopard(code("L"), "Polyglot", Sex.FEMALE, 2015, null, null));
		String edit = "/admin/leopards/" + leopard.getId() + "/edit";
		String stale = "-1";
		assertThat(page(admin(post(edit)).locale(java.util.Locale.forLanguageTag("ru"))
			.param("code", leopard.getCode())
			.param("name", "Polyglot")
			.param("sex", "MALE")
			.param("version", stale)).select("#conflict h2").text())
			.isEqualTo("Пока вы редактировали карточку леопарда, её сохранил кто-то другой");
		Document zh = page(admin(post(edit)).locale(java.util.Locale.CHINESE)
			.param("code", leopard.getCode())
			.param("name", "Polyglot")
			.param("sex", "MALE")
			.param("version", stale));
		assertThat(zh.select("#conflict h2").text()).isEqualTo("在您编辑期间，其他人保存了这只豹子的资料");
		assertThat(zh.select("#conflict-sex .mine").text()).isNotEqualTo("MALE").isNotBlank();
		assertThat(leopards.findById(leopard.getId()).orElseThrow().getSex()).isEqualTo(Sex.FEMALE);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String version(Leopard leopard) {
		return String.valueOf(leopards.findById(leopard.getId()).orElseThrow().getVersion());
	}

	private static String code(String kind) {
		return "T-" + kind + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	@Test
	void theAdminListIsSearchedByNameOrCodeAndFilteredByStatus() throws Exception {
		for (String[] leopard : new String[][] { { "LEO-F91", "Searchfield" }, { "LEO-M92", "Searchwood" },
				{ "LEO-F93", "Elsewhere" } }) {
			mvc.perform(admin(post("/admin/leopards/new")).param("code", leopard[0])
				.param("name", leopard[1])
				.param("sex", "FEMALE")
				.param("birthYear", "2020")).andExpect(status().is3xxRedirection());
		}
		String found = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/leopards")
				.param("q", "search")
				.param("status", "ALIVE")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(found);
		assertThat(page.select("tbody tr td:nth-child(2)").eachText()).containsExactly("Searchfield", "Searchwood");
		assertThat(page.select("#q").attr("value")).isEqualTo("search");
		String byCode = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/leopards")
				.param("q", "leo-f93")
				.with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(byCode).select("tbody tr td:nth-child(2)").eachText())
			.containsExactly("Elsewhere");
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return as("admin", request);
	}

	private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles("ADMIN")).with(csrf());
	}

}
