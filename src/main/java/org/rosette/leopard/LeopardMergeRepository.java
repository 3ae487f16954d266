package org.rosette.leopard;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeopardMergeRepository extends JpaRepository<LeopardMerge, Long> {

	List<LeopardMerge> findBySurvivorId(Long survivorId);

}
