package org.rosette.account;

import java.util.Optional;

import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	/** The signed-in user's own account, which must exist. */
	default Account getByUsername(String username) {
		return findByUsername(username).orElseThrow(() -> new IllegalStateException("No account " + username));
	}

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * Every account of a role, locked until the transaction ends (SELECT ... FOR UPDATE):
	 * two admins changing admins at the same moment take turns, and the second sees what
	 * the first did.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role order by a.id")
	List<Account> lockAllByRole(@Param("role") Role role);

}
