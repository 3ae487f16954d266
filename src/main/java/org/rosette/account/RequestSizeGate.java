package org.rosette.account;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are small unless a signed-in ranger or admin uploads on one of the staff
 * pages ({@code /ranger/**}, {@code /admin/**}): only they may send the large multipart
 * bodies the servlet container is configured for. Anyone else gets 413 before a byte of
 * the body is read or parsed. Runs before everything that reads parameters, so it looks
 * up the session's sign-in itself.
 */
@Component
@Order(RequestSizeGate.ORDER)
class RequestSizeGate extends OncePerRequestFilter {

	/** Before the upload filter of the report forms (-200) and Spring Security (-100). */
	static final int ORDER = -300;

	private final long smallBytes;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	RequestSizeGate(@Value("${rosette.requests.max-body-size:1MB}") DataSize small) {
		this.smallBytes = small.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean large = length > smallBytes || (length < 0 && multipart(request));
		if (large && !(staffUploadRoute(request) && Staff.isStaff(signedIn(request)))) {
			response.setHeader("Connection", "close");
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static boolean staffUploadRoute(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return multipart(request) && (path.startsWith("/ranger/") || path.startsWith("/admin/"));
	}

	private Authentication signedIn(HttpServletRequest request) {
		if (request.getSession(false) == null) {
			return null;
		}
		return contexts.loadDeferredContext(request).get().getAuthentication();
	}

}
