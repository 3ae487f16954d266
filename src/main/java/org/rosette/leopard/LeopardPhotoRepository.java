package org.rosette.leopard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeopardPhotoRepository extends JpaRepository<LeopardPhoto, Long> {

	List<LeopardPhoto> findByLeopardIdOrderByFlank(Long leopardId);

	Optional<LeopardPhoto> findByLeopardIdAndFlank(Long leopardId, Flank flank);

}
