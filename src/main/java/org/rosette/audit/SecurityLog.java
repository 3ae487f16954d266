package org.rosette.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes refused sign-ins and exact exports into the audit trail. Each entry commits on
 * its own, whatever happens to the request that caused it.
 */
@Service
public class SecurityLog {

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityLog(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(SecurityEventKind kind, String username, String clientAddress, String detail) {
		events.save(new SecurityEvent(kind, username, clientAddress, detail, clock.instant()));
	}

}
