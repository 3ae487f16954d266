package org.rosette.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Large bodies only from signed-in staff, on their own pages; everyone else gets 413
 * unread.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestSizeGateTests {

	private static final byte[] TWO_MEGABYTES = new byte[2 * 1024 * 1024];

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void anonymousLargeBodiesAreRefusedAnywhere() throws Exception {
		mvc.perform(post("/api/v1/sightings").contentType(MediaType.APPLICATION_JSON).content(TWO_MEGABYTES))
			.andExpect(status().isPayloadTooLarge());
		mvc.perform(post("/ranger/sightings/new").contentType("multipart/form-data; boundary=x").content(TWO_MEGABYTES))
			.andExpect(status().isPayloadTooLarge());
		mvc.perform(post("/login").contentType("multipart/form-data; boundary=x").content(TWO_MEGABYTES))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void aSignedInRangerMayUploadOnTheReportForms() throws Exception {
		accounts.save(new Account("uploader", encoder.encode("uploader-password"), "Uploader", Role.RANGER));
		Cookie session = mvc
			.perform(post("/login").param("username", "uploader").param("password", "uploader-password").with(csrf()))
			.andExpect(redirectedUrl("/ranger/sightings"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		int status = mvc
			.perform(post("/ranger/sightings/new").cookie(session)
				.contentType("multipart/form-data; boundary=x")
				.content(TWO_MEGABYTES))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("past the gate, the form itself answers").isNotEqualTo(413);
		mvc.perform(post("/api/v1/sightings").cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(TWO_MEGABYTES)).andExpect(status().isPayloadTooLarge());
	}

}
