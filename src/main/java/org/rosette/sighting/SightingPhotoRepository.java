package org.rosette.sighting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SightingPhotoRepository extends JpaRepository<SightingPhoto, Long> {

	List<SightingPhoto> findBySightingIdOrderById(long sightingId);

	List<SightingPhoto> findBySightingIdInOrderById(java.util.Collection<Long> sightingIds);

	long countBySightingId(long sightingId);

}
