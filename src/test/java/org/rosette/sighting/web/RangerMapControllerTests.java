package org.rosette.sighting.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rosette.account.SecurityConfiguration;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RangerMapController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
@EnableConfigurationProperties({ ParkArea.class, MapTiles.class })
class RangerMapControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "RANGER")
	void rangersGetTheExactMapShellWithStatusesInWords() throws Exception {
		mvc.perform(get("/ranger/map").param("status", "PENDING"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ranger-map\""),
					containsString("data-api=\"/api/v1/sightings\""), containsString("data-zone=\"Asia/Vladivostok\""),
					containsString("<option value=\"PENDING\" selected=\"selected\">Waiting for review</option>"),
					containsString("data-evidence=\"CAMERA_TRAP\">Camera trap<"), containsString("/js/ranger-map-"))))
			// Only admins may review, so only they get the link into the queue.
			.andExpect(content()
				.string(allOf(not(containsString("data-review-url")), not(containsString("href=\"/admin/review\"")))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminsAlsoGetTheWayIntoTheReviewQueue() throws Exception {
		mvc.perform(get("/ranger/map"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-review-url=\"/admin/review\""),
					containsString("href=\"/admin/review\""))));
	}

	@Test
	void theExactMapIsNotForThePublic() throws Exception {
		mvc.perform(get("/ranger/map").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

}
