package org.rosette.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a sign-in leads when it was not asked for by a page that needed it: an admin to
 * the overview of the work waiting, a ranger to their own submissions with the report
 * buttons at the top. A page the user was sent away from still wins.
 */
class RoleLanding extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String ADMIN_HOME = "/admin";

	static final String RANGER_HOME = "/ranger/sightings";

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (has(authentication, Role.ADMIN)) {
			return ADMIN_HOME;
		}
		if (has(authentication, Role.RANGER)) {
			return RANGER_HOME;
		}
		return super.determineTargetUrl(request, response, authentication);
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(("ROLE_" + role.name())::equals);
	}

}
