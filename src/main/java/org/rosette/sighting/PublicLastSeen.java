package org.rosette.sighting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each leopard's public last-seen month: the park-time month of its latest sighting
 * that {@link LocationPrivacy} lets the public see (verified and older than the delay).
 * The latest time per leopard comes from one aggregate query; sightings are never loaded.
 * Refreshed for one leopard when a review decides, and for all at start and every night,
 * as sightings age past the delay.
 */
@Service
public class PublicLastSeen {

	private final SightingRepository sightings;

	private final LeopardRepository leopards;

	private final LocationPrivacy privacy;

	PublicLastSeen(SightingRepository sightings, LeopardRepository leopards, LocationPrivacy privacy) {
		this.sightings = sightings;
		this.leopards = leopards;
		this.privacy = privacy;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 5 0 * * *", zone = "${rosette.park.zone:Asia/Vladivostok}")
	@Transactional
	public void refreshAll() {
		Map<Long, LatestSighting> latest = sightings
			.findLatestPerLeopard(ReviewStatus.VERIFIED, privacy.publicBefore(), null)
			.stream()
			.collect(Collectors.toMap(LatestSighting::leopardId, l -> l));
		// The catalogue is the park's few hundred animals at most.
		for (Leopard leopard : leopards.findAll()) {
			show(leopard, latest.get(leopard.getId()));
		}
	}

	@Transactional
	public void refresh(Leopard leopard) {
		List<LatestSighting> latest = sightings.findLatestPerLeopard(ReviewStatus.VERIFIED, privacy.publicBefore(),
				leopard.getId());
		show(leopard, latest.isEmpty() ? null : latest.get(0));
	}

	private void show(Leopard leopard, LatestSighting latest) {
		var month = latest == null ? null : privacy.month(latest.observedAt());
		if (!java.util.Objects.equals(month, leopard.getLastSeenMonth())) {
			leopard.publiclySeenIn(month);
		}
	}

}
