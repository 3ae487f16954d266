package org.rosette;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leopards and campaigns read in the visitor's language where an admin wrote it, and in
 * English, marked so, where nobody has yet; the API answers in the language asked for
 * with the contract's field names.
 */
@SpringBootTest(properties = "rosette.demo=true")
@AutoConfigureMockMvc
class ContentInEveryLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicLeopards catalogue;

	@Test
	void aProfileReadsInRussianAndFallsBackToEnglishWithAMark() throws Exception {
		Leopard kedrovka = named("Kedrovka");
		Document russian = page("/leopards/" + kedrovka.getId() + "?lang=ru");
		assertThat(russian.select("#leopard-name").text()).isEqualTo("Кедровка");
		assertThat(russian.select("#leopard-name .in-english")).isEmpty();
		assertThat(russian.select(".description").text()).containsIgnoringCase("фотоловушки");

		Leopard amba = named("Amba");
		Document chinese = page("/leopards/" + amba.getId() + "?lang=zh");
		assertThat(chinese.select("#leopard-name span[lang=en]").text()).isEqualTo("Amba");
		assertThat(chinese.select("#leopard-name .in-english").text()).isEqualTo("英文");
		assertThat(page("/leopards/" + amba.getId() + "?lang=ru").select("#leopard-name").text()).isEqualTo("Амба");
	}

	@Test
	void theApiAnswersInTheAskedLanguageWithTheContractFields() throws Exception {
		Leopard kedrovka = named("Kedrovka");
		mvc.perform(get("/api/v1/leopards/{id}", kedrovka.getId()).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("雪松"))
			.andExpect(jsonPath("$.code").value("LEO-F01"));
		mvc.perform(get("/api/v1/leopards/{id}", kedrovka.getId()).param("lang", "ru"))
			.andExpect(jsonPath("$.name").value("Кедровка"));
		mvc.perform(get("/api/v1/leopards/{id}", kedrovka.getId()).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.name").value("Kedrovka"));
		mvc.perform(get("/api/v1/campaigns/anti-poaching-patrol").header("Accept-Language", "ru"))
			.andExpect(jsonPath("$.title").value("Снарядить патруль против браконьеров"))
			.andExpect(jsonPath("$.slug").value("anti-poaching-patrol"));
	}

	@Test
	void anAdminWritesTranslationsAndTooLongTextIsRefusedBesideTheField() throws Exception {
		Leopard barabash = named("Barabash");
		String texts = "/admin/leopards/" + barabash.getId() + "/texts";
		assertThat(page("/leopards/" + barabash.getId() + "?lang=zh").select("#leopard-name .in-english")).hasSize(1);

		String refused = mvc
			.perform(post(texts).with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("zh.name", "巴")
				.param("zh.description", "x".repeat(4001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#zh-description-error").text()).isEqualTo("At most 4000 characters.");
		assertThat(page("/leopards/" + barabash.getId() + "?lang=zh").select("#leopard-name .in-english"))
			.as("nothing half-stored")
			.hasSize(1);

		mvc.perform(post(texts).with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("ru.name", "Барабаш")
			.param("zh.name", "巴拉巴什")
			.param("zh.description", "常在巴拉巴什河谷出没。")).andExpect(status().is3xxRedirection());
		Document chinese = page("/leopards/" + barabash.getId() + "?lang=zh");
		assertThat(chinese.select("#leopard-name").text()).isEqualTo("巴拉巴什");
		assertThat(chinese.select(".description").text()).isEqualTo("常在巴拉巴什河谷出没。");
		assertThat(page("/leopards/" + barabash.getId() + "?lang=en").select("#leopard-name").text())
			.isEqualTo("Barabash");
		assertThat(Jsoup
			.parse(mvc.perform(get(texts).with(user("admin").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("#zh-name")
			.attr("value")).isEqualTo("巴拉巴什");
	}

	@Test
	void sightingListsNameTheLeopardInTheReadersLanguage() throws Exception {
		Leopard kedrovka = named("Kedrovka");
		String russianJson = mvc
			.perform(get("/api/v1/sightings").param("leopardId", String.valueOf(kedrovka.getId())).param("lang", "ru"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(russianJson).contains("\"leopardName\":\"Кедровка\"").doesNotContain("Kedrovka");
		assertThat(mvc.perform(get("/api/v1/sightings").param("leopardId", String.valueOf(kedrovka.getId())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"leopardName\":\"Kedrovka\"");

		List<String> named = page("/?lang=ru").select("tbody td a[href^=/leopards/]").eachText();
		assertThat(named).isNotEmpty().allMatch(name -> name.matches("[А-Яа-яЁё -]+"));
	}

	@Test
	void aCampaignWithoutATranslatedStorySaysItIsInEnglish() throws Exception {
		Document russian = page("/campaigns/adopt-a-leopard?lang=ru");
		assertThat(russian.select("h1").text()).isEqualTo("Возьми леопарда под опеку");
		assertThat(russian.select("p.in-english").text()).contains("на английском");
		assertThat(russian.select(".campaign-body[lang=en]")).hasSize(1);
		Document patrol = page("/campaigns/anti-poaching-patrol?lang=zh");
		assertThat(patrol.select("p.in-english")).isEmpty();
		assertThat(patrol.select(".campaign-body h2").first().text()).isEqualTo("为什么需要巡逻队");
	}

	private Leopard named(String name) {
		return catalogue.all().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
