package org.rosette.sighting;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLastSeenMonths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
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
 * application is ready, on the application's task executor, so it never delays start-up;
 * until it ends, visitors see the months stored by the last refresh, at most a day
 * behind. The months go to the leopard module as {@link PublicLastSeenMonths}, which
 * shows them in the same transaction.
 */
@Service
public class PublicLastSeen {

	/**
	 * The latest public observation time of every leopard in the catalogue (the cut-off
	 * is the one parameter), one look-up per leopard backwards through the index on
	 * leopard and time. The bench loader sets last-seen days with it too.
	 */
	static final String LATEST_PUBLIC_OF_EVERY_LEOPARD = """
			SELECT l.id, (SELECT MAX(s.observed_at) FROM sightings s
			              WHERE s.leopard_id = l.id AND s.status = 'VERIFIED' AND s.observed_at < ?)
			FROM leopards l""";

	private static final Logger log = LoggerFactory.getLogger(PublicLastSeen.class);

	private final SightingRepository sightings;

	private final LocationPrivacy privacy;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<PublicLastSeen> self;

	private final TaskExecutor background;

	PublicLastSeen(SightingRepository sightings, LocationPrivacy privacy, ApplicationEventPublisher events,
			JdbcTemplate jdbc, ObjectProvider<PublicLastSeen> self,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor background) {
		this.jdbc = jdbc;
		this.background = background;
		this.self = self;
		this.sightings = sightings;
		this.privacy = privacy;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void refreshAfterStart() {
		background.execute(() -> {
			try {
				self.getObject().refreshAll();
			}
			catch (RuntimeException ex) {
				log.warn("Could not refresh the leopards' last-seen months; tried again tonight", ex);
			}
		});
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "${rosette.park.zone:Asia/Vladivostok}")
	@Transactional
	public void refreshAll() {
		OffsetDateTime before = OffsetDateTime.ofInstant(privacy.publicBefore(), ZoneOffset.UTC);
		Map<Long, YearMonth> months = new HashMap<>();
		jdbc.query(LATEST_PUBLIC_OF_EVERY_LEOPARD, (row) -> {
			OffsetDateTime latest = row.getObject(2, OffsetDateTime.class);
			if (latest != null) {
				months.put(row.getLong(1), privacy.month(latest.toInstant()));
			}
		}, before);
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
