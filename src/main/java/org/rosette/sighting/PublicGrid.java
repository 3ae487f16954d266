package org.rosette.sighting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rosette.system.ParkArea;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public cell and park month stored with each sighting. Writes through the
 * application keep them in step ({@link PublicGridListener}, {@link ImportedSightings});
 * rows that arrived another way (a restore, a bulk SQL load) and a change of grid size or
 * park time zone are put right at start-up, in the background and in bounded batches.
 */
@Component
public class PublicGrid {

	private static final Logger log = LoggerFactory.getLogger(PublicGrid.class);

	static final int BATCH = 2000;

	private final JdbcTemplate jdbc;

	private final LocationPrivacy privacy;

	private final PrivacyProperties properties;

	private final ParkArea park;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final PublicTallyRecounts tallies;

	private final TaskExecutor background;

	PublicGrid(JdbcTemplate jdbc, LocationPrivacy privacy, PrivacyProperties properties, ParkArea park,
			TransactionTemplate transactions, ApplicationEventPublisher events, PublicTallyRecounts tallies,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor background) {
		this.jdbc = jdbc;
		this.background = background;
		this.tallies = tallies;
		this.privacy = privacy;
		this.properties = properties;
		this.park = park;
		this.transactions = transactions;
		this.events = events;
	}

	/** A park month as stored: YYYYMM. */
	static int monthKey(YearMonth month) {
		return month.getYear() * 100 + month.getMonthValue();
	}

	static YearMonth month(int key) {
		return YearMonth.of(key / 100, key % 100);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		background.execute(() -> {
			try {
				int placed = bringUpToDate();
				if (placed > 0) {
					log.info("Placed {} sightings on the public grid", placed);
				}
				int recounted = tallies.recountWhereStale();
				if (recounted > 0) {
					log.info("Recounted the public tallies of {} months that disagreed with the sightings", recounted);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not bring the public grid and tallies up to date; tried again at the next start", ex);
			}
		});
	}

	/**
	 * Forgets every stored place if the grid or time zone changed, then places every
	 * sighting that has none and recounts the public tallies of the months placed; says
	 * how many were placed. Safe to run while the application serves: each batch is its
	 * own short transaction.
	 */
	public int bringUpToDate() {
		transactions.executeWithoutResult(status -> forgetIfSettingsChanged());
		int placed = 0;
		long after = 0;
		Set<Integer> months = new TreeSet<>();
		while (true) {
			List<Row> rows = jdbc.query("""
					SELECT id, latitude, longitude, observed_at FROM sightings
					WHERE park_month IS NULL AND id > ? ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(BATCH),
					(rs, n) -> new Row(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
							rs.getObject(4, OffsetDateTime.class)),
					after);
			if (rows.isEmpty()) {
				break;
			}
			jdbc.batchUpdate(
					"UPDATE sightings SET public_latitude = ?, public_longitude = ?, park_month = ? WHERE id = ?", rows,
					rows.size(), (statement, row) -> {
						PublicLocation cell = privacy.generalise(row.latitude(), row.longitude());
						int month = monthKey(privacy.month(row.observedAt().toInstant()));
						months.add(month);
						statement.setDouble(1, cell.latitude());
						statement.setDouble(2, cell.longitude());
						statement.setInt(3, month);
						statement.setLong(4, row.id());
					});
			placed += rows.size();
			after = rows.get(rows.size() - 1).id();
		}
		if (placed > 0) {
			tallies.recount(months.stream().map(PublicTallyRecounts.Slice::month).toList());
			events.publishEvent(new PublicSightingsChanged());
		}
		return placed;
	}

	private void forgetIfSettingsChanged() {
		List<String> stored = jdbc.query("SELECT cell_degrees, zone FROM public_grid WHERE id = 1",
				(rs, n) -> rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + " " + rs.getString(2));
		String current = properties.cellDegrees().stripTrailingZeros().toPlainString() + " " + park.zone().getId();
		if (stored.size() == 1 && stored.get(0).equals(current)) {
			return;
		}
		if (!stored.isEmpty()) {
			log.info("Public grid settings changed from {} to {}: every sighting is placed again", stored.get(0),
					current);
			jdbc.update("UPDATE sightings SET public_latitude = NULL, public_longitude = NULL, park_month = NULL");
			jdbc.update("DELETE FROM public_tallies");
			jdbc.update("DELETE FROM public_grid");
		}
		jdbc.update("INSERT INTO public_grid (id, cell_degrees, zone) VALUES (1, ?, ?)",
				new BigDecimal(properties.cellDegrees().toPlainString()), park.zone().getId());
	}

	private record Row(long id, double latitude, double longitude, OffsetDateTime observedAt) {
	}

}
