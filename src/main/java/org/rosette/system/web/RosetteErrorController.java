package org.rosette.system.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reached a controller (an unknown path, a filter's refusal) keep
 * Boot's pages for people, but under {@code /api} they answer in the same problem+json
 * shape as every other API error.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class RosetteErrorController extends BasicErrorController {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	RosetteErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status, request));
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return switch (status) {
			case NOT_FOUND -> "Nothing is published at " + uri;
			case UNAUTHORIZED -> "Sign in first: send HTTP Basic credentials of a ranger or admin.";
			case FORBIDDEN -> "Your role does not allow this.";
			case METHOD_NOT_ALLOWED -> "This address does not accept " + request.getMethod() + " requests.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; the request was not carried out."
					: "The request could not be served.";
		};
	}

}
