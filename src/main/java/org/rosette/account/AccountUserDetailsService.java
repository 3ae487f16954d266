package org.rosette.account;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in from the accounts table; a disabled account is refused at the door. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return new SignedInAccount(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
				AuthorityUtils.createAuthorityList("ROLE_" + account.getRole().name()), AccountStamps.of(account));
	}

}
