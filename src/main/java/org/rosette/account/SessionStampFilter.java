package org.rosette.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, given a new password or another role since
 * the session signed in: the request goes on as an anonymous one. Works from the
 * account's stamp, not from a registry of sessions, so it holds wherever sessions are
 * stored and however many instances serve them.
 */
class SessionStampFilter extends OncePerRequestFilter {

	private final AccountStamps stamps;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	SessionStampFilter(AccountStamps stamps) {
		this.stamps = stamps;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
				&& !stamps.current(account.getUsername()).map(account.stamp()::equals).orElse(false)) {
			logout.logout(request, response, authentication);
		}
		chain.doFilter(request, response);
	}

}
