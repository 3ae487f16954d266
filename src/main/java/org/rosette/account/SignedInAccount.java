package org.rosette.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person a session belongs to, with the account's stamp as it was when they signed
 * in. The stamp changes when the account is disabled, its password reset or its role
 * changed, and a session whose stamp no longer matches is ended.
 */
public class SignedInAccount extends User {

	private static final long serialVersionUID = 1L;

	private final String stamp;

	SignedInAccount(String username, String password, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, String stamp) {
		super(username, password, enabled, true, true, true, authorities);
		this.stamp = stamp;
	}

	String stamp() {
		return stamp;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
