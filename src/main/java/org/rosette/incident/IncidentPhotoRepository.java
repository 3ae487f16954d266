package org.rosette.incident;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentPhotoRepository extends JpaRepository<IncidentPhoto, Long> {

	List<IncidentPhoto> findByIncidentIdOrderById(long incidentId);

}
