package org.rosette.sighting;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.jspecify.annotations.Nullable;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface SightingRepository extends JpaRepository<Sighting, Long>, JpaSpecificationExecutor<Sighting> {

	/**
	 * The ids of a page of sightings, without counting them all, as public lists need.
	 * Only ids: the rows skipped to reach a page are then read from the index alone, not
	 * from the table. The park month bound lets the scan start at the last month that can
	 * be public instead of walking past the newer ones; {@code before} still decides
	 * within that month. Rows not yet placed on the public grid (no park month) are left
	 * out, as from every public count.
	 */
	@Query("""
			select s.id from Sighting s
			where s.status = :status and s.parkMonth <= :lastMonth and s.observedAt < :before
			""")
	List<Long> findIdsByStatusObservedBefore(@Param("status") ReviewStatus status, @Param("before") Instant before,
			@Param("lastMonth") int lastMonth, Pageable pageable);

	@Query("""
			select s.id from Sighting s
			where s.leopard.id = :leopardId
			  and s.status = :status and s.parkMonth <= :lastMonth and s.observedAt < :before
			""")
	List<Long> findIdsByStatusObservedBeforeOfLeopard(@Param("status") ReviewStatus status,
			@Param("before") Instant before, @Param("lastMonth") int lastMonth, @Param("leopardId") long leopardId,
			Pageable pageable);

	@EntityGraph(attributePaths = "leopard")
	List<Sighting> findWithLeopardByIdIn(java.util.Collection<Long> ids);

	long countByStatus(ReviewStatus status);

	/**
	 * The latest observation time per leopard among sightings of one status observed
	 * before an instant: one row per leopard, aggregated in the database.
	 */
	@Query("""
			select new org.rosette.sighting.LatestSighting(s.leopard.id, max(s.observedAt))
			from Sighting s
			where s.status = :status and s.observedAt < :before and s.leopard is not null
			  and (:leopardId is null or s.leopard.id = :leopardId)
			group by s.leopard.id
			""")
	List<LatestSighting> findLatestPerLeopard(@Param("status") ReviewStatus status, @Param("before") Instant before,
			@Param("leopardId") @Nullable Long leopardId);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	List<Sighting> findByStatus(ReviewStatus status, org.springframework.data.domain.Sort sort);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findByStatus(ReviewStatus status, Pageable pageable);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findBySubmittedByUsername(String username, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	Page<Sighting> findAll(org.springframework.data.jpa.domain.Specification<Sighting> spec, Pageable pageable);

	@EntityGraph(attributePaths = { "leopard", "submittedBy" })
	java.util.Optional<Sighting> findWithDetailsById(Long id);

	/**
	 * The next sightings of a status observed before an instant, oldest first, after the
	 * last of the previous chunk (keyset paging): exports read the archive this way.
	 * Ordered like the index {@code (status, observed_at, id)} column for column, status
	 * included although it is fixed, so H2 too reads each chunk in index order and stops
	 * after it.
	 */
	@EntityGraph(attributePaths = "leopard")
	@Query("""
			select s from Sighting s
			where s.status = :status and s.observedAt < :before and s.observedAt >= :afterAt
			  and (s.observedAt > :afterAt or s.id > :afterId)
			order by s.status, s.observedAt, s.id
			""")
	List<Sighting> findChunk(@Param("status") ReviewStatus status, @Param("before") Instant before,
			@Param("afterAt") Instant afterAt, @Param("afterId") long afterId, Limit limit);

	/**
	 * The rows recorded after {@code afterId}, whatever their status, by id: the public
	 * columns only (the cell and park month stored by {@link PublicGrid}), no entity
	 * loaded. The caller keeps the public ones; with no condition but the key, every
	 * database reads them along the primary key.
	 */
	@Query("""
			select new org.rosette.sighting.PublicRow(s.id, s.status, s.observedAt, s.parkMonth, s.evidence,
			    s.leopard.id, s.publicLatitude, s.publicLongitude)
			from Sighting s
			where s.id > :afterId
			order by s.id
			""")
	List<PublicRow> findRowsAfter(@Param("afterId") long afterId, Limit limit);

}
