package org.rosette.outreach.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rosette.account.SecurityConfiguration;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.Sex;
import org.rosette.sighting.PrivacyProperties;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.YearCount;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PublicMapController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
@EnableConfigurationProperties({ ParkArea.class, MapTiles.class, PrivacyProperties.class })
@TestPropertySource(properties = { "rosette.privacy.public-delay-days=45", "rosette.privacy.cell-degrees=0.2",
		"rosette.map.tile-url=http://tiles.park.local/{z}/{x}/{y}.png", "rosette.map.attribution=Park office tiles" })
class PublicMapControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicSightings sightings;

	@MockitoBean
	PublicLeopards catalogue;

	@Test
	void anyoneSeesTheGridWithItsFiltersLegendAndTheReasonForTheBlur() throws Exception {
		given(sightings.countByYear()).willReturn(List.of(new YearCount(2024, 80), new YearCount(2025, 93)));
		given(catalogue.all()).willReturn(List.of(leopard(5, "Lord"), leopard(1, "Kedrovka")));

		mvc.perform(get("/sightings/map").param("year", "2024").param("leopardId", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"public-map\""),
					containsString("data-cells-url=\"/api/v1/sightings/cells\""),
					containsString("data-tile-url=\"http://tiles.park.local/{z}/{x}/{y}.png\""),
					containsString("data-attribution=\"Park office tiles\""), containsString("data-min-lat=\"42.6\""),
					containsString("data-max-lon=\"131.9\""))))
			.andExpect(content().string(allOf(containsString("<option value=\"2025\">2025</option>"),
					containsString("<option value=\"2024\" selected=\"selected\">2024</option>"),
					containsString("<option value=\"5\" selected=\"selected\">Lord</option>"),
					containsString("<option value=\"1\">Kedrovka</option>"))))
			.andExpect(content().string(allOf(containsString("rounded to a 0.2° grid (squares about 22 km across)"),
					containsString("shown only 45 days after the sighting"), containsString("data-min=\"20\""),
					containsString("2–4"), containsString("20+"),
					containsString("Dashed line: Land of the Leopard National Park"))))
			// The page is a shell: cells arrive from the cells API, no point ever sits in
			// the HTML.
			.andExpect(content().string(allOf(not(containsString("data-lat=")), not(containsString("data-lon=")),
					not(containsString("/api/v1/sightings?")))));
	}

	@Test
	void speaksRussian() throws Exception {
		mvc.perform(get("/sightings/map").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Где видели леопардов"),
					containsString("через 45 дней после наблюдения"), containsString("сетки 0,2°"))));
	}

	@Test
	void namesTheParkInTheReadersLanguage() throws Exception {
		mvc.perform(get("/sightings/map").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Пунктир: национальный парк «Земля леопарда»"),
					not(containsString("Land of the Leopard")))));
		mvc.perform(get("/sightings/map").param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("虚线：豹之乡国家公园"), not(containsString("东北虎豹")),
					not(containsString("Land of the Leopard")))));
	}

	static Leopard leopard(long id, String name) {
		Leopard leopard = new Leopard("LEO-" + id, name, Sex.MALE, 2010, null, null);
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

}
