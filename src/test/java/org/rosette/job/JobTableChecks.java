package org.rosette.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How instances share jobs through the table: one claims a job, the others skip it while
 * it is held, take it over once its lease has run out, and the instance that lost it can
 * no longer write. Run on H2 and PostgreSQL; not in a test transaction, since commits and
 * row locks are what is tested.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class JobTableChecks {

	private static final List<String> KINDS = List.of("test-kind");

	private static final Duration LONG = Duration.ofMinutes(5);

	private final JobTable table;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	JobTableChecks(JobTable table, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.table = table;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@AfterEach
	void removeJobs() {
		jdbc.update("DELETE FROM background_jobs");
	}

	private UUID queued() {
		UUID id = UUID.randomUUID();
		table.insert(id, "test-kind", "file.csv", "admin", 1000, JobState.QUEUED, null, null);
		return id;
	}

	private Optional<JobTable.Claim> claim(String owner, Duration lease) {
		return transaction.execute(status -> table.claimOne(KINDS, owner, lease));
	}

	@Test
	void aJobIsClaimedByOneInstanceAndSkippedByTheOthersWhileItsLeaseLasts() {
		UUID id = queued();

		assertThat(claim("a", LONG)).hasValueSatisfying(claim -> {
			assertThat(claim.id()).isEqualTo(id);
			assertThat(claim.attempts()).isEqualTo(1);
		});
		assertThat(claim("b", LONG)).isEmpty();
		assertThat(table.find(id).orElseThrow().state()).isEqualTo(JobState.RUNNING);
	}

	@Test
	void whenTheLeaseRunsOutAnotherInstanceTakesOverFromTheCheckpointAndTheFirstCanNoLongerWrite()
			throws InterruptedException {
		UUID id = queued();
		claim("a", Duration.ofMillis(300)).orElseThrow();
		transaction.executeWithoutResult(status -> table.checkpoint(id, "a", Duration.ofMillis(300), 2000, 400,
				Map.of("rows", 2000L), List.of(new JobProblem(3, "import.row.latitude", "95", null)), 0));

		Thread.sleep(600);
		JobTable.Claim takenOver = claim("b", LONG).orElseThrow();

		assertThat(takenOver.checkpoint()).isEqualTo(2000);
		assertThat(takenOver.counters()).containsEntry("rows", 2000L);
		assertThat(takenOver.attempts()).isEqualTo(2);
		assertThatExceptionOfType(LeaseLostException.class).isThrownBy(() -> transaction.executeWithoutResult(
				status -> table.checkpoint(id, "a", LONG, 4000, 800, Map.of("rows", 4000L), List.of(), 1)));
		assertThatExceptionOfType(LeaseLostException.class).isThrownBy(() -> table.end(id, "a", JobState.DONE, null));

		table.end(id, "b", JobState.DONE, 1000L);
		JobStatus done = table.find(id).orElseThrow();
		assertThat(done.state()).isEqualTo(JobState.DONE);
		assertThat(done.counter("rows")).isEqualTo(2000);
		assertThat(done.problems()).containsExactly(new JobProblem(3, "import.row.latitude", "95", null));
	}

	@Test
	void aRenewedLeaseKeepsTheJob() throws InterruptedException {
		UUID id = queued();
		claim("a", Duration.ofMillis(400)).orElseThrow();

		for (int i = 0; i < 4; i++) {
			Thread.sleep(150);
			assertThat(table.renew("a", Duration.ofMillis(400))).isEqualTo(1);
		}

		assertThat(claim("b", LONG)).isEmpty();
		assertThat(table.find(id).orElseThrow().attempts()).isEqualTo(1);
	}

	@Test
	void aRowBeingClaimedIsSkippedNotWaitedFor() throws Exception {
		UUID first = queued();
		Thread.sleep(5);
		UUID second = queued();
		CountDownLatch claimedByA = new CountDownLatch(1);
		CountDownLatch bDone = new CountDownLatch(1);

		CompletableFuture<Optional<JobTable.Claim>> a = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> {
				Optional<JobTable.Claim> claim = table.claimOne(KINDS, "a", LONG);
				claimedByA.countDown();
				await(bDone);
				return claim;
			}));
		assertThat(claimedByA.await(10, TimeUnit.SECONDS)).isTrue();
		Optional<JobTable.Claim> b = claim("b", LONG);
		bDone.countDown();

		assertThat(a.get(10, TimeUnit.SECONDS)).map(JobTable.Claim::id).contains(first);
		if (findsTheNextFreeRow()) {
			assertThat(b).as("the other job, without waiting for a's transaction")
				.map(JobTable.Claim::id)
				.contains(second);
		}
		else {
			assertThat(b).as("nothing, without waiting for a's transaction").isEmpty();
		}
	}

	/**
	 * PostgreSQL skips locked rows before it applies {@code FETCH FIRST}; H2 applies the
	 * limit first, so a second claimer finds nothing this time and the next job at its
	 * next poll. Either way nobody waits and no job is taken twice.
	 */
	abstract boolean findsTheNextFreeRow();

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
