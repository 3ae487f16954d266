package org.rosette.sighting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SightingRepository extends JpaRepository<Sighting, Long>, JpaSpecificationExecutor<Sighting> {

	@EntityGraph(attributePaths = "leopard")
	@Query("""
			select s from Sighting s
			where s.status = :status and s.observedAt < :before
			  and (:leopardId is null or s.leopard.id = :leopardId)
			""")
	Page<Sighting> findByStatusObservedBefore(@Param("status") ReviewStatus status, @Param("before") Instant before,
			@Param("leopardId") Long leopardId, Pageable pageable);

	@Query("""
			select new org.rosette.sighting.YearCount(extract(year from s.observedAt), count(s))
			from Sighting s
			where s.status = :status and s.observedAt < :before
			group by extract(year from s.observedAt)
			order by extract(year from s.observedAt)
			""")
	List<YearCount> countByYear(@Param("status") ReviewStatus status, @Param("before") Instant before);

	long countByStatus(ReviewStatus status);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findBySubmittedByUsername(String username, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findAll(org.springframework.data.jpa.domain.Specification<Sighting> spec, Pageable pageable);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	java.util.Optional<Sighting> findWithDetailsById(Long id);

}
