package org.rosette.fieldwork.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload past the multipart limits breaks the request before Spring MVC sees it: the
 * CSRF check already fails to read its parameter, and the ranger would get an error page.
 * For the report forms the parts are read here first, and a request that is too large
 * sends the ranger back to the form, where the photo field says why. What was typed
 * cannot be kept: the body was never read.
 */
@Component
@Order(UploadTooLargeFilter.ORDER)
class UploadTooLargeFilter extends OncePerRequestFilter {

	/**
	 * After character encoding (the lowest order), before Spring Security (-100), which
	 * reads the parameters.
	 */
	static final int ORDER = -200;

	static final String FLAG = "uploadTooLarge";

	private static final Pattern REPORT_FORMS = Pattern.compile("/ranger/[a-z]+(/\\d+)?/(new|edit)");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| !REPORT_FORMS.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			if (!tooLarge(ex)) {
				throw ex;
			}
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + path(request) + "?" + FLAG);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Tomcat says so only in its own exception types; like Spring's multipart support,
	 * read the message.
	 */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("size") && message.contains("exceed")) {
				return true;
			}
		}
		return false;
	}

}
