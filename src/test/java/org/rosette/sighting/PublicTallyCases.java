package org.rosette.sighting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardMerges;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public counts come from the tallies kept beside the sightings; whatever happened to
 * the sightings, they say what a GROUP BY over the sightings themselves says. Run on H2
 * ({@link PublicTalliesTests}) and PostgreSQL ({@link PublicTalliesPostgresTests}).
 */
abstract class PublicTallyCases {

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
	private LeopardMerges merges;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private LocationPrivacy privacy;

	@Autowired
	private PublicGrid grid;

	@Autowired
	private PublicTallyRecounts recounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CacheManager caches;

	private Account ranger;

	private Account admin;

	private Leopard amba;

	private Leopard kedrovka;

	@BeforeEach
	void park() {
		String suffix = Long.toString(System.nanoTime(), 36);
		ranger = accounts.save(new Account("tally-ranger-" + suffix, "x", "Ranger", Role.RANGER));
		admin = accounts.save(new Account("tally-admin-" + suffix, "x", "Admin", Role.ADMIN));
		amba = leopards.save(new Leopard("TA-" + suffix, "Amba " + suffix, Sex.FEMALE, 2016, null, null));
		kedrovka = leopards.save(new Leopard("TK-" + suffix, "Kedrovka " + suffix, Sex.FEMALE, 2017, null, null));
	}

	@Test
	void reviewsAndIdentificationsAreTallied() {
		long first = report("2023-01-31T15:30:00Z", 43.1999, 131.2001, null);
		long second = report("2023-02-10T08:00:00Z", 43.2001, 131.2001, amba);
		long third = report("2023-02-11T08:00:00Z", 43.2001, 131.2001, null);
		long fourth = report("2023-02-12T08:00:00Z", 43.5, 131.7, null);
		assertTalliesAgree();

		verify(first, amba.getId());
		verify(second, null);
		verify(third, kedrovka.getId());
		reviews.review(fourth, new ReviewDecision(ReviewDecision.Verdict.REJECT, null, "A lynx."), admin.getUsername());

		assertTalliesAgree();
		assertThat(total(publicSightings.cells(2023, amba.getId()))).isEqualTo(2);
		assertThat(total(publicSightings.cells(2023, kedrovka.getId()))).isEqualTo(1);
	}

	@Test
	void aMergeMovesTheTallies() {
		verify(report("2022-05-01T00:00:00Z", 43.3, 131.3, amba), null);
		verify(report("2022-06-01T00:00:00Z", 43.1, 131.5, amba), null);
		verify(report("2022-06-01T00:00:00Z", 43.1, 131.5, kedrovka), null);
		assertTalliesAgree();

		merges.merge(amba.getId(), kedrovka.getId(), "One cat, two entries", admin.getUsername());

		assertTalliesAgree();
		assertThat(publicSightings.cells(null, amba.getId())).isEmpty();
		assertThat(total(publicSightings.cells(2022, kedrovka.getId()))).isEqualTo(3);
	}

	@Test
	void rowsLoadedBySqlAreTalliedOnceRecounted() {
		verify(report("2021-03-01T00:00:00Z", 43.3, 131.3, amba), null);
		for (int day = 1; day <= 5; day++) {
			// as a bulk load writes them: already placed on the grid, tallies untouched
			jdbc.update("""
					INSERT INTO sightings (observed_at, latitude, longitude, evidence, leopard_id, status, submitted_by,
					    created_at, updated_at, version, public_latitude, public_longitude, park_month)
					VALUES (?, 43.25, 131.45, 'TRACKS', ?, 'VERIFIED', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0,
					    43.3, 131.5, 202103)""", OffsetDateTime.of(2021, 3, day, 0, 0, 0, 0, ZoneOffset.UTC),
					amba.getId(), ranger.getId());
		}
		// and one not placed yet, as a restore of an older version would leave it
		jdbc.update("""
				INSERT INTO sightings (observed_at, latitude, longitude, evidence, leopard_id, status, submitted_by,
				    created_at, updated_at, version)
				VALUES (?, 43.25, 131.45, 'SCAT', ?, 'VERIFIED', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""",
				OffsetDateTime.of(2021, 4, 2, 0, 0, 0, 0, ZoneOffset.UTC), amba.getId(), ranger.getId());
		assertThat(total(shownCells(amba.getId()))).as("before the recount").isEqualTo(1);

		grid.bringUpToDate();
		assertThat(recounts.recountWhereStale()).isPositive();

		assertTalliesAgree();
		assertThat(total(shownCells(amba.getId()))).isEqualTo(7);
		assertThat(recounts.recountWhereStale()).as("nothing left to recount").isZero();
	}

	@Test
	void theMonthOfTheCutOffIsCountedToTheHour() {
		Instant cutOff = privacy.publicBefore();
		verify(report(cutOff.minus(1, ChronoUnit.HOURS).toString(), 43.3, 131.3, amba), null);
		verify(report(cutOff.plus(1, ChronoUnit.HOURS).toString(), 43.3, 131.3, amba), null);
		verify(report(cutOff.minus(40, ChronoUnit.DAYS).toString(), 43.3, 131.3, amba), null);

		assertTalliesAgree();
		assertThat(total(shownCells(amba.getId()))).as("the one an hour too recent is left out").isEqualTo(2);
	}

	private void assertTalliesAgree() {
		for (Long leopard : new Long[] { null, amba.getId(), kedrovka.getId() }) {
			assertThat(shownCells(leopard)).as("cells of %s", leopard).isEqualTo(liveCells(leopard, null));
			assertThat(shownMonths(leopard)).as("months of %s", leopard).isEqualTo(liveMonths(leopard));
			for (int year : new int[] { 2021, 2022, 2023 }) {
				forgetShared();
				assertThat(publicSightings.cells(year, leopard)).as("cells of %s in %s", leopard, year)
					.isEqualTo(liveCells(leopard, year));
			}
		}
	}

	/** What the next visitor sees once the shared answers have expired. */
	private List<PublicCell> shownCells(Long leopardId) {
		forgetShared();
		return publicSightings.cells(null, leopardId);
	}

	private List<MonthCount> shownMonths(Long leopardId) {
		forgetShared();
		return publicSightings.countByMonth(leopardId);
	}

	private void forgetShared() {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

	/** The public grid straight from the sightings: every row read. */
	private List<PublicCell> liveCells(Long leopardId, Integer year) {
		List<Object> arguments = new ArrayList<>(
				List.of(OffsetDateTime.ofInstant(privacy.publicBefore(), ZoneOffset.UTC)));
		String sql = "SELECT public_latitude, public_longitude, COUNT(*) FROM sightings"
				+ " WHERE status = 'VERIFIED' AND park_month IS NOT NULL AND observed_at < ?";
		if (leopardId != null) {
			sql += " AND leopard_id = ?";
			arguments.add(leopardId);
		}
		if (year != null) {
			sql += " AND park_month BETWEEN ? AND ?";
			arguments.add(year * 100 + 1);
			arguments.add(year * 100 + 12);
		}
		sql += " GROUP BY public_latitude, public_longitude ORDER BY public_latitude, public_longitude";
		return jdbc.query(sql, (row, n) -> new PublicCell(row.getDouble(1), row.getDouble(2), 0.2, row.getLong(3)),
				arguments.toArray());
	}

	private List<MonthCount> liveMonths(Long leopardId) {
		List<Object> arguments = new ArrayList<>(
				List.of(OffsetDateTime.ofInstant(privacy.publicBefore(), ZoneOffset.UTC)));
		String sql = "SELECT park_month, COUNT(*) FROM sightings"
				+ " WHERE status = 'VERIFIED' AND park_month IS NOT NULL AND observed_at < ?";
		if (leopardId != null) {
			sql += " AND leopard_id = ?";
			arguments.add(leopardId);
		}
		sql += " GROUP BY park_month ORDER BY park_month";
		return jdbc.query(sql, (row, n) -> new MonthCount(PublicGrid.month(row.getInt(1)), row.getLong(2)),
				arguments.toArray());
	}

	private long report(String observedAt, double latitude, double longitude, Leopard leopard) {
		return sightings
			.report(new SightingReport(Instant.parse(observedAt), latitude, longitude, Evidence.CAMERA_TRAP,
					leopard == null ? null : leopard.getId(), 1, 0, null), ranger.getUsername())
			.getId();
	}

	private void verify(long sighting, Long identified) {
		reviews.review(sighting, new ReviewDecision(ReviewDecision.Verdict.VERIFY, identified, null),
				admin.getUsername());
	}

	private static long total(List<PublicCell> cells) {
		return cells.stream().mapToLong(PublicCell::count).sum();
	}

}
