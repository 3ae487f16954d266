package org.rosette.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route of the contract as anonymous, RANGER and ADMIN and checks the answer
 * the contract promises. Pages are asked for as a browser would (HTML), so a refused
 * anonymous visitor is sent to the sign-in page (302); API calls get 401. Writes are sent
 * with an empty body: getting past security shows up as the 400 of validation. The table
 * is {@code contract-routes.csv} next to this class.
 */
@SpringBootTest(properties = "rosette.demo=true")
@AutoConfigureMockMvc
class ContractRouteSecurityTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0} {1}: anonymous {2}, ranger {3}, admin {4}")
	@CsvFileSource(resources = "contract-routes.csv", numLinesToSkip = 1, delimiter = '|')
	void everyRouteAnswersEachRoleAsTheContractSays(String method, String path, int anonymous, int ranger, int admin)
			throws Exception {
		assertThat(status(method, path, null)).as("anonymous").isEqualTo(anonymous);
		assertThat(status(method, path, "RANGER")).as("ranger").isEqualTo(ranger);
		assertThat(status(method, path, "ADMIN")).as("admin").isEqualTo(admin);
	}

	private int status(String method, String path, String role) throws Exception {
		boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), path.strip())
			.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (!method.equals("GET")) {
			call.contentType(MediaType.APPLICATION_JSON).content("{}");
			if (!api) {
				call.with(csrf());
			}
		}
		if (role != null) {
			call.with(user(role.toLowerCase() + "-in-test").roles(role));
		}
		return mvc.perform(call).andReturn().getResponse().getStatus();
	}

}
