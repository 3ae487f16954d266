package org.rosette.sighting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SightingPhotoRepository extends JpaRepository<SightingPhoto, Long> {

	List<SightingPhoto> findBySightingIdOrderById(long sightingId);

	long countBySightingId(long sightingId);

}
