package org.rosette.leopard;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/*
 * The entity graphs are LOAD graphs: the mother is fetched with the leopard, and what is
 * not named (the translated texts, eager in batches) keeps its own fetch plan, instead of
 * turning lazy as it would in a FETCH graph and failing in the page.
 */
public interface LeopardRepository extends JpaRepository<Leopard, Long> {

	Optional<Leopard> findByCode(String code);

	@EntityGraph(attributePaths = "mother", type = EntityGraphType.LOAD)
	Optional<Leopard> findWithMotherById(Long id);

	boolean existsByCode(String code);

	long countByStatus(LeopardStatus status);

	@EntityGraph(attributePaths = "mother", type = EntityGraphType.LOAD)
	@Query("""
			select l from Leopard l
			where (:status is null or l.status = :status)
			  and (:sex is null or l.sex = :sex)
			  and (:q is null or lower(l.name) like :q or lower(l.code) like :q)
			""")
	Page<Leopard> search(@Param("status") @Nullable LeopardStatus status, @Param("sex") @Nullable Sex sex,
			@Param("q") @Nullable String q, Pageable pageable);

	@Query("select l from Leopard l where l.mother.id = :motherId order by l.birthYear, l.name")
	List<Leopard> findCubsOf(@Param("motherId") Long motherId);

	@Query("select l from Leopard l where l.sex = org.rosette.leopard.Sex.FEMALE order by l.name")
	List<Leopard> findFemales();

	List<Leopard> findAllByOrderByNameAsc();

}
