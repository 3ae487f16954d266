package org.rosette.opendata.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Swagger UI's page, as the webjar ships it, has no viewport tag, so phones render it 980
 * px wide and shrink it to unreadable. This adds the tag to that one page on its way out.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerViewport {

	static final String PAGE = "/swagger-ui/index.html";

	static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> swaggerViewportFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new AddViewport());
		registration.addUrlPatterns(PAGE);
		return registration;
	}

	static final class AddViewport extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			String type = wrapper.getContentType();
			byte[] body = wrapper.getContentAsByteArray();
			if (type != null && type.startsWith("text/html") && body.length > 0) {
				String page = new String(body, StandardCharsets.UTF_8);
				if (!page.contains("name=\"viewport\"")) {
					page = page.replaceFirst("(?i)<head>", "<head>\n    " + VIEWPORT);
					wrapper.resetBuffer();
					byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
					wrapper.getOutputStream().write(bytes);
				}
			}
			wrapper.copyBodyToResponse();
		}

	}

}
