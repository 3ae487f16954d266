package org.rosette.fieldwork.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;

import jakarta.servlet.http.Part;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UploadTooLargeFilterTests {

	final UploadTooLargeFilter filter = new UploadTooLargeFilter();

	@Test
	void anOversizedReportGoesBackToItsFormWithTheFlag() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(upload("/ranger/sightings/12/edit", "The field photos exceeds its maximum permitted size"),
				response, chain);

		assertThat(response.getStatus()).isEqualTo(303);
		assertThat(response.getHeader("Location")).isEqualTo("/ranger/sightings/12/edit?uploadTooLarge");
		assertThat(chain.getRequest()).as("the rest of the chain never runs").isNull();
	}

	@Test
	void otherFailuresAndOtherAddressesAreLeftAlone() throws Exception {
		assertThatThrownBy(() -> filter.doFilter(upload("/ranger/incidents/new", "Stream ended unexpectedly"),
				new MockHttpServletResponse(), new MockFilterChain()))
			.hasMessageContaining("Stream ended");

		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(upload("/api/v1/sightings", "exceeds its maximum permitted size"),
				new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	static MockHttpServletRequest upload(String path, String failure) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
			@Override
			public Collection<Part> getParts() {
				throw new IllegalStateException(failure);
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		return request;
	}

}
