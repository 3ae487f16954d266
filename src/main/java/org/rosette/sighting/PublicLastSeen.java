package org.rosette.sighting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLastSeenMonths;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each leopard's public last-seen month: the park-time month of its latest sighting
 * that {@link LocationPrivacy} lets the public see (verified and older than the delay).
 * The latest time per leopard comes from one aggregate query; sightings are never loaded.
 * Refreshed for one leopard when a review decides, and for all at start and every night,
 * as sightings age past the delay. The months go to the leopard module as
 * {@link PublicLastSeenMonths}, which shows them in the same transaction.
 */
@Service
public class PublicLastSeen {

	private final SightingRepository sightings;

	private final LocationPrivacy privacy;

	private final ApplicationEventPublisher events;

	PublicLastSeen(SightingRepository sightings, LocationPrivacy privacy, ApplicationEventPublisher events) {
		this.sightings = sightings;
		this.privacy = privacy;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 5 0 * * *", zone = "${rosette.park.zone:Asia/Vladivostok}")
	@Transactional
	public void refreshAll() {
		Map<Long, YearMonth> months = sightings
			.findLatestPerLeopard(ReviewStatus.VERIFIED, privacy.publicBefore(), null)
			.stream()
			.collect(Collectors.toMap(LatestSighting::leopardId, latest -> privacy.month(latest.observedAt())));
		events.publishEvent(PublicLastSeenMonths.ofEvery(months));
	}

	@Transactional
	public void refresh(Leopard leopard) {
		List<LatestSighting> latest = sightings.findLatestPerLeopard(ReviewStatus.VERIFIED, privacy.publicBefore(),
				leopard.getId());
		events.publishEvent(PublicLastSeenMonths.of(leopard.getId(),
				latest.isEmpty() ? null : privacy.month(latest.get(0).observedAt())));
	}

}
