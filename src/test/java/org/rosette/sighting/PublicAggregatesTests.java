package org.rosette.sighting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public map, counts and exports at any archive size: answered by GROUP BY queries
 * (no sighting is loaded to count it), shared by visitors until a review changes them,
 * right after rows arrive by plain SQL, and read by exports without holding a connection
 * while the client reads.
 */
@SpringBootTest
class PublicAggregatesTests {

	@Autowired
	private PublicSightings publicSightings;

	@Autowired
	private Sightings sightings;

	@Autowired
	private SightingReviews reviews;

	@Autowired
	private SightingRepository repository;

	@Autowired
	private LeopardRepository leopards;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PublicGrid grid;

	@Autowired
	private LocationPrivacy privacy;

	@Autowired
	private CacheManager caches;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Account ranger;

	private Leopard leopard;

	@BeforeEach
	void archive() {
		String suffix = Long.toString(System.nanoTime(), 36);
		ranger = accounts.save(new Account("agg-ranger-" + suffix, "x", "Ranger", Role.RANGER));
		accounts.save(new Account("agg-admin-" + suffix, "x", "Admin", Role.ADMIN));
		leopard = leopards.save(new Leopard("AGG-" + suffix, "Aggregate " + suffix, Sex.FEMALE, 2018, null, null));
	}

	@Test
	void theGridAndTheMonthsAreCountedByTheDatabase() {
		// Either side of a cell edge (43.2) on New Year's Eve in UTC, already January in
		// the park; one too recent for the public.
		Instant newYear = Instant.parse("2024-12-31T20:00:00Z");
		for (int i = 0; i < 3; i++) {
			verified(newYear.plusSeconds(i), 43.2001, 131.2001);
		}
		verified(newYear, 43.1999, 131.2001);
		verified(Instant.now().minus(1, ChronoUnit.DAYS), 43.2001, 131.2001);
		Statistics statistics = statistics();

		List<PublicCell> cells = publicSightings.cells(2025, leopard.getId());
		List<MonthCount> months = publicSightings.countByMonth(leopard.getId());

		assertThat(cells).containsExactly(new PublicCell(43.1, 131.3, 0.2, 1), new PublicCell(43.3, 131.3, 0.2, 3));
		assertThat(months).containsExactly(new MonthCount(YearMonth.of(2025, 1), 4));
		assertThat(publicSightings.cells(2024, leopard.getId())).isEmpty();
		assertThat(statistics.getEntityLoadCount()).as("sightings loaded to be counted").isZero();
	}

	@Test
	void aReviewIsOnTheMapAtOnceThoughTheMapIsShared() {
		verified(Instant.parse("2023-05-10T00:00:00Z"), 43.3, 131.5);
		assertThat(total(publicSightings.cells(2023, leopard.getId()))).isEqualTo(1);
		Sighting waiting = repository.save(new Sighting(Instant.parse("2023-05-11T00:00:00Z"), 43.3, 131.5,
				Evidence.TRACKS, leopard, 1, 0, null, ranger));
		assertThat(total(publicSightings.cells(2023, leopard.getId()))).as("kept for the next visitor").isEqualTo(1);

		reviews.review(waiting.getId(), new ReviewDecision(ReviewDecision.Verdict.VERIFY, null, null),
				accounts.findAll()
					.stream()
					.filter(a -> a.getRole() == Role.ADMIN)
					.findFirst()
					.orElseThrow()
					.getUsername());

		assertThat(total(publicSightings.cells(2023, leopard.getId()))).isEqualTo(2);
		assertThat(publicSightings.countByMonth(leopard.getId()))
			.containsExactly(new MonthCount(YearMonth.of(2023, 5), 2));
	}

	@Test
	void yearCountsAndListTotalsAreSharedByEveryVisitor() {
		verified(Instant.parse("2020-06-01T00:00:00Z"), 43.3, 131.5);
		CaffeineCache months = (CaffeineCache) caches.getCache(PublicCaches.MONTHS);

		// The statistics, the map and every page of the public list read the monthly
		// counts through the shared cache: after the first visitor, no one counts again.
		months.invalidate();
		assertThat(publicSightings.countByYear()).isNotEmpty();
		assertThat(months.getNativeCache().asMap()).as("kept for the statistics").hasSize(1);

		months.invalidate();
		assertThat(publicSightings.page(null, 0, 10).getTotalElements()).isPositive();
		assertThat(months.getNativeCache().asMap()).as("kept for the list's total").hasSize(1);
	}

	@Test
	void rowsLoadedWithPlainSqlArePlacedOnTheGrid() {
		long staff = ranger.getId();
		jdbc.update("""
				INSERT INTO sightings (observed_at, latitude, longitude, evidence, leopard_id, status, submitted_by,
				    created_at, updated_at)
				VALUES (TIMESTAMP WITH TIME ZONE '2022-03-31 15:30:00+00', -12.3, -45.6, 'SCAT', ?, 'VERIFIED', ?,
				    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", leopard.getId(), staff);
		assertThat(publicSightings.cells(2022, leopard.getId())).as("not yet placed").isEmpty();

		assertThat(grid.bringUpToDate()).isPositive();

		// 15:30 UTC on 31 March is already 1 April in the park.
		assertThat(publicSightings.cells(2022, leopard.getId())).containsExactly(new PublicCell(-12.3, -45.5, 0.2, 1));
		assertThat(publicSightings.countByMonth(leopard.getId()))
			.containsExactly(new MonthCount(YearMonth.of(2022, 4), 1));
	}

	@Test
	void exportsHoldNoConnectionWhileTheyWrite() {
		for (int i = 0; i < 3; i++) {
			verified(Instant.parse("2021-01-01T00:00:00Z").plusSeconds(i), 43.2, 131.4);
		}
		var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
		List<String> seen = new ArrayList<>();
		AtomicInteger busy = new AtomicInteger();
		publicSightings.forEach(sighting -> {
			seen.add(sighting.observedMonth());
			busy.addAndGet(pool.getActiveConnections());
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
		});
		sightings.forEachVerified(Sighting::getId, id -> busy.addAndGet(pool.getActiveConnections()));

		assertThat(seen).contains("2021-01");
		assertThat(busy).as("connections in use while the export writes").hasValue(0);
	}

	@Test
	void theExportReadsWhatThePrivacyRuleMadeOfEachSighting() {
		verified(Instant.parse("2019-12-31T20:00:00Z"), -12.3001, -45.6001);
		Sighting loaded = repository.findAll()
			.stream()
			.filter(s -> s.getLeopard() != null && s.getLeopard().getId().equals(leopard.getId()))
			.findFirst()
			.orElseThrow();
		PublicSighting expected = new TransactionTemplate(transactions)
			.execute(status -> privacy.toPublic(repository.findById(loaded.getId()).orElseThrow()));
		List<PublicSighting> exported = new ArrayList<>();

		publicSightings.forEach(sighting -> {
			if (sighting.id() == loaded.getId()) {
				exported.add(sighting);
			}
		});

		// The export reads the stored cell and month; they are what the rule makes of the
		// row.
		assertThat(exported).containsExactly(expected);
		assertThat(exported.get(0).observedMonth()).isEqualTo("2020-01");
	}

	@Test
	void theExportKeepsThePublicRowsInTheOrderTheyWereRecordedNotByTime() {
		verified(Instant.parse("2021-06-01T00:00:00Z"), 43.2, 131.4);
		verified(Instant.parse("2020-06-01T00:00:00Z"), 43.2, 131.4);
		// More rows the public may not see than one read takes, then a verified row not
		// yet placed on the grid and one too recent: none of them is exported, and the
		// rows after them still are.
		List<Object[]> pending = new ArrayList<>();
		for (int i = 0; i <= VerifiedSightingsReader.CHUNK; i++) {
			pending.add(new Object[] { leopard.getId(), ranger.getId() });
		}
		jdbc.batchUpdate("""
				INSERT INTO sightings (observed_at, latitude, longitude, evidence, leopard_id, status, submitted_by,
				    created_at, updated_at, version)
				VALUES (TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', 43.2, 131.4, 'SCAT', ?, 'PENDING', ?,
				    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""", pending);
		jdbc.update("""
				INSERT INTO sightings (observed_at, latitude, longitude, evidence, leopard_id, status, submitted_by,
				    created_at, updated_at, version)
				VALUES (TIMESTAMP WITH TIME ZONE '2018-01-01 00:00:00+00', 43.2, 131.4, 'SCAT', ?, 'VERIFIED', ?,
				    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""", leopard.getId(), ranger.getId());
		verified(Instant.now().minus(1, ChronoUnit.DAYS), 43.2, 131.4);
		verified(Instant.parse("2019-06-01T00:00:00Z"), 43.2, 131.4);

		List<String> months = new ArrayList<>();
		publicSightings.forEach(sighting -> {
			if (leopard.getId().equals(sighting.leopardId())) {
				months.add(sighting.observedMonth());
			}
		});

		assertThat(months).containsExactly("2021-06", "2020-06", "2019-06");
	}

	private static long total(List<PublicCell> cells) {
		return cells.stream().mapToLong(PublicCell::count).sum();
	}

	// Counted for this test only: the context is shared with other test classes, which
	// need not pay for statistics.
	private Statistics statistics() {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		return statistics;
	}

	@AfterEach
	void stopCounting() {
		entityManagerFactory.unwrap(SessionFactory.class).getStatistics().setStatisticsEnabled(false);
	}

	private void verified(Instant observedAt, double latitude, double longitude) {
		Sighting sighting = new Sighting(observedAt, latitude, longitude, Evidence.CAMERA_TRAP, leopard, 1, 0, null,
				ranger);
		sighting.verify(ranger, null, null, Instant.now());
		repository.save(sighting);
	}

}
