package org.rosette.leopard.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rosette.leopard.LeopardMerges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A merged leopard's page and API id answer 301 to the survivor, so links and bookmarks
 * keep working after the catalogue lost a duplicate.
 */
@Configuration(proxyBeanMethods = false)
class MergedLeopardRedirects implements WebMvcConfigurer {

	// a provider: web slice tests load every WebMvcConfigurer without the services
	private final ObjectProvider<LeopardMerges> merges;

	MergedLeopardRedirects(ObjectProvider<LeopardMerges> merges) {
		this.merges = merges;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				return !redirected(request, response);
			}
		}).addPathPatterns("/leopards/*", "/api/v1/leopards/*");
	}

	private boolean redirected(HttpServletRequest request, HttpServletResponse response) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return false;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = (variables == null) ? null : variables.get("id");
		if (id == null || !id.chars().allMatch(Character::isDigit) || id.length() > 18) {
			return false;
		}
		LeopardMerges known = merges.getIfAvailable();
		if (known == null) {
			return false;
		}
		return known.survivorOf(Long.parseLong(id)).map(survivor -> {
			String path = request.getRequestURI();
			String target = path.substring(0, path.length() - id.length()) + survivor;
			String query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", query == null ? target : target + "?" + query);
			return true;
		}).orElse(false);
	}

}
