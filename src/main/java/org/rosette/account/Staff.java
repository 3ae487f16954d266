package org.rosette.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Whether the caller works for the park (ranger or admin) and so may see exact places and
 * times.
 */
public final class Staff {

	private Staff() {
	}

	public static boolean isStaff(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch(a -> a.equals("ROLE_RANGER") || a.equals("ROLE_ADMIN"));
	}

}
