package org.rosette.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Settles a signed-in person's CSRF token before the page is written. Every page a
 * signed-in person sees carries a form (sign out at least), and a token first asked for
 * halfway through a long page would need a session the committed response can no longer
 * create (sessions live in the database). Anonymous visitors keep Spring Security's
 * deferred token: their pages need none, so they get no session.
 */
class SignedInCsrfToken extends OncePerRequestFilter {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (trust.isAuthenticated(authentication) && page(request)
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	/**
	 * Pages carry forms; the API and the downloads do not, and must not start a session
	 * (HTTP Basic callers are stateless; a streamed download would save a new session
	 * twice, once per dispatch).
	 */
	private static boolean page(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") && !path.startsWith("/export/");
	}

}
