package org.rosette.sighting;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The admin's action after SQL changed sightings in place (their leopard, place or
 * status) while the application ran: {@code POST /actuator/publictallies} recounts every
 * month of the public tallies. Rows added or removed by SQL need no action: they are
 * found at the next start.
 */
@Component
@Endpoint(id = "publictallies")
class PublicTalliesEndpoint {

	private final PublicTallyRecounts recounts;

	PublicTalliesEndpoint(PublicTallyRecounts recounts) {
		this.recounts = recounts;
	}

	@WriteOperation
	public Map<String, Integer> recountAll() {
		return Map.of("monthsRecounted", recounts.recountAll());
	}

}
