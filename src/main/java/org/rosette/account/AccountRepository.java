package org.rosette.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	/** The signed-in user's own account, which must exist. */
	default Account getByUsername(String username) {
		return findByUsername(username).orElseThrow(() -> new IllegalStateException("No account " + username));
	}

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

}
