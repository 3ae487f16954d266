package org.rosette.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

	List<SecurityEvent> findByKindOrderById(SecurityEventKind kind);

}
