package org.rosette.opendata.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page over HTTP: admins only, refusals said on the page, progress as JSON
 * until 100%.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void onlyAdminsMayImport() throws Exception {
		mvc.perform(get("/admin/import").with(user("r").roles("RANGER"))).andExpect(status().isForbidden());
		// Sent to sign in or refused, depending on the sign-in page main has: never
		// shown.
		mvc.perform(get("/admin/import"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		mvc.perform(get("/admin/import").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("observationID")));
	}

	@Test
	void anEmptyFileAndABinaryFileAreRefusedOnThePage() throws Exception {
		upload(new byte[0]).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is empty.")));
		upload(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 })
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This is not a CSV file")));
		upload("observationID,deploymentID,timestamp,longitude,scientificName\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Required column missing: latitude.")));
	}

	@Test
	void aGoodFileRunsInTheBackgroundToOneHundredPercent() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		String csv = "observationID,deploymentID,timestamp,latitude,longitude,scientificName\n" + run
				+ "-1,d1,2025-01-02T03:04:05+10:00,43.1,131.2,Panthera pardus orientalis\n" + run
				+ "-2,d1,2025-01-02T03:04:05+10:00,95,131.2,Panthera pardus orientalis\n";
		String location = upload(csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.indexOf("job=") + 4);

		JsonNode job = null;
		for (int i = 0; i < 100; i++) {
			job = JsonMapper.shared()
				.readTree(mvc.perform(get("/admin/import/jobs/" + id).with(user("admin").roles("ADMIN")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
			if (job.get("over").asBoolean()) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(job.get("percent").asInt()).isEqualTo(100);
		assertThat(job.get("added").asInt()).isEqualTo(1);
		assertThat(job.get("problems").get(0).asString()).startsWith("Line 3: latitude");
		mvc.perform(get("/admin/import").param("job", id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status-url")));
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] bytes) throws Exception {
		return mvc
			.perform(multipart("/admin/import").file(new MockMultipartFile("file", "traps.csv", "text/csv", bytes))
				.with(user("admin").roles("ADMIN"))
				.with(csrf()));
	}

}
