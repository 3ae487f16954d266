package org.rosette.incident;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

	@Override
	@EntityGraph(attributePaths = { "leopard", "reportedBy" })
	Page<Incident> findAll(Pageable pageable);

	@EntityGraph(attributePaths = { "leopard", "reportedBy" })
	Page<Incident> findByReportedByUsername(String username, Pageable pageable);

}
