package org.rosette.sighting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each leopard's public last-seen month: the park-time month of its latest sighting
 * that {@link LocationPrivacy} lets the public see (verified and older than the delay).
 * The latest time per leopard comes from an index, one short look-up per leopard, so the
 * cost follows the catalogue and never the archive; sightings are never loaded. Refreshed
 * for one leopard when a review decides, and for all every night and once after start-up,
 * as sightings age past the delay. The start-up refresh runs in the background once the
 * application is ready, so it never delays start-up; until it ends, visitors see the
 * months stored by the last refresh, at most a day behind.
 */
@Service
public class PublicLastSeen {

	/**
	 * The latest public observation time of one leopard (its id, then the cut-off), found
	 * backwards through the index on leopard and time.
	 */
	static final String LATEST_PUBLIC = """
			SELECT MAX(observed_at) FROM sightings WHERE leopard_id = ? AND status = 'VERIFIED' AND observed_at < ?""";

	private static final Logger log = LoggerFactory.getLogger(PublicLastSeen.class);

	private final SightingRepository sightings;

	private final LeopardRepository leopards;

	private final LocationPrivacy privacy;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<PublicLastSeen> self;

	PublicLastSeen(SightingRepository sightings, LeopardRepository leopards, LocationPrivacy privacy, JdbcTemplate jdbc,
			ObjectProvider<PublicLastSeen> self) {
		this.jdbc = jdbc;
		this.self = self;
		this.sightings = sightings;
		this.leopards = leopards;
		this.privacy = privacy;
	}

	@EventListener(ApplicationReadyEvent.class)
	void refreshAfterStart() {
		Thread worker = new Thread(() -> {
			try {
				self.getObject().refreshAll();
			}
			catch (RuntimeException ex) {
				log.warn("Could not refresh the leopards' last-seen months; tried again tonight", ex);
			}
		}, "public-last-seen");
		worker.setDaemon(true);
		worker.start();
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "${rosette.park.zone:Asia/Vladivostok}")
	@Transactional
	public void refreshAll() {
		OffsetDateTime before = OffsetDateTime.ofInstant(privacy.publicBefore(), ZoneOffset.UTC);
		// The catalogue is the park's few hundred animals at most.
		for (Leopard leopard : leopards.findAll()) {
			OffsetDateTime latest = jdbc.queryForObject(LATEST_PUBLIC, OffsetDateTime.class, leopard.getId(), before);
			show(leopard, latest == null ? null : new LatestSighting(leopard.getId(), latest.toInstant()));
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
