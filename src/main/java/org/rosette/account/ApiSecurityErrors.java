package org.rosette.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403, in the same problem+json shape as its other errors. */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottledException throttled) {
			response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed sign-ins. Try again in " + throttled.retryAfterSeconds() + " seconds.");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Rosette\"");
		write(response, HttpStatus.UNAUTHORIZED, "Sign in first: send HTTP Basic credentials of a ranger or admin.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
