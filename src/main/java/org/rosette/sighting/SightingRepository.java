package org.rosette.sighting;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.jspecify.annotations.Nullable;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface SightingRepository extends JpaRepository<Sighting, Long>, JpaSpecificationExecutor<Sighting> {

	@EntityGraph(attributePaths = "leopard")
	@Query("""
			select s from Sighting s
			where s.status = :status and s.observedAt < :before
			  and (:leopardId is null or s.leopard.id = :leopardId)
			""")
	Page<Sighting> findByStatusObservedBefore(@Param("status") ReviewStatus status, @Param("before") Instant before,
			@Param("leopardId") @Nullable Long leopardId, Pageable pageable);

	@Query("select s.observedAt from Sighting s where s.status = :status and s.observedAt < :before")
	List<Instant> findObservedTimes(@Param("status") ReviewStatus status, @Param("before") Instant before);

	long countByStatus(ReviewStatus status);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	List<Sighting> findByStatus(ReviewStatus status, org.springframework.data.domain.Sort sort);

	@Query("""
			select new org.rosette.sighting.SightingPoint(s.latitude, s.longitude, s.observedAt)
			from Sighting s
			where s.status = :status and s.observedAt < :before
			  and (:leopardId is null or s.leopard.id = :leopardId)
			  and s.observedAt >= :from and s.observedAt < :to
			""")
	List<SightingPoint> findPoints(@Param("status") ReviewStatus status, @Param("before") Instant before,
			@Param("leopardId") @Nullable Long leopardId, @Param("from") Instant from, @Param("to") Instant to);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findBySubmittedByUsername(String username, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findAll(org.springframework.data.jpa.domain.Specification<Sighting> spec, Pageable pageable);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	java.util.Optional<Sighting> findWithDetailsById(Long id);

	/**
	 * Verified sightings observed before an instant, oldest first, read through a
	 * database cursor: for exports of any size. Consume inside a read-only transaction
	 * and detach each sighting once used.
	 */
	@QueryHints({ @QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"),
			@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true") })
	@Query("""
			select s from Sighting s left join fetch s.leopard
			where s.status = :status and s.observedAt < :before
			order by s.observedAt, s.id
			""")
	Stream<Sighting> streamByStatusObservedBefore(@Param("status") ReviewStatus status,
			@Param("before") Instant before);

}
