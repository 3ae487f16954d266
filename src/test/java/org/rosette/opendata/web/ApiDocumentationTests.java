package org.rosette.opendata.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every JSON route the contract names is documented, with its roles and error shape, and
 * the docs are public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTests {

	/** The contract's JSON API, method and path. */
	private static final List<String> CONTRACT = List.of("get /api/v1/leopards", "get /api/v1/leopards/{id}",
			"get /api/v1/sightings", "get /api/v1/sightings/{id}", "post /api/v1/sightings",
			"post /api/v1/sightings/{id}/review", "post /api/v1/incidents", "get /api/v1/incidents",
			"get /api/v1/campaigns", "get /api/v1/campaigns/{slug}", "get /api/v1/stats");

	@Autowired
	private MockMvc mvc;

	@Test
	void everyContractRouteIsDocumentedAnonymously() throws Exception {
		String body = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode api = JsonMapper.shared().readTree(body);

		JsonNode paths = api.get("paths");
		for (String route : CONTRACT) {
			String[] parts = route.split(" ");
			assertThat(paths.has(parts[1])).as("documented path %s", parts[1]).isTrue();
			assertThat(paths.get(parts[1]).has(parts[0])).as("documented %s", route).isTrue();
		}
		assertThat(api.at("/info/title").asString()).isEqualTo("Rosette API");
		assertThat(api.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
		assertThat(api.at("/components/schemas/Problem/properties/errors/items/properties").has("field")).isTrue();
		JsonNode review = paths.at("/~1api~1v1~1sightings~1{id}~1review/post");
		assertThat(review.at("/security/0").has("basic")).isTrue();
		assertThat(review.at("/description").asString()).contains("ADMIN");
		assertThat(review.at("/responses/403/content").has("application/problem+json")).isTrue();
		assertThat(paths.at("/~1api~1v1~1sightings/post/responses/400/content").has("application/problem+json"))
			.isTrue();
		assertThat(paths.at("/~1api~1v1~1leopards/get").has("security")).isFalse();
	}

	@Test
	void swaggerUiIsServedFromTheJarNotACdn() throws Exception {
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui-bundle.js")))
			.andExpect(content().string(containsString("<meta name=\"viewport\" content=\"width=device-width")))
			.andExpect(content().string(not(containsString("cdn"))))
			.andExpect(content().string(not(containsString("unpkg"))));
		mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
	}

}
