package org.rosette.job;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a job on this instance: where the job stood when it was taken, its input,
 * and the one way to move it on ({@link #commit}).
 */
public final class JobRun {

	private final JobTable table;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final JobTable.Claim claim;

	private final String owner;

	private final Duration lease;

	private final Input input;

	private final BooleanSupplier stopping;

	private int problemsKept;

	private boolean ended;

	JobRun(JobTable table, TransactionTemplate transaction, ApplicationEventPublisher events, JobTable.Claim claim,
			String owner, Duration lease, Input input, BooleanSupplier stopping) {
		this.table = table;
		this.transaction = transaction;
		this.events = events;
		this.claim = claim;
		this.owner = owner;
		this.lease = lease;
		this.input = input;
		this.stopping = stopping;
		this.problemsKept = table.problemsKept(claim.id());
	}

	public UUID id() {
		return claim.id();
	}

	public String title() {
		return claim.title();
	}

	public String submittedBy() {
		return claim.submittedBy();
	}

	/**
	 * How far earlier runs got: the handler's own position (e.g. records of a file), 0
	 * for a fresh job.
	 */
	public long checkpoint() {
		return claim.checkpoint();
	}

	public long workTotal() {
		return claim.workTotal();
	}

	/** The counters as committed with the checkpoint. */
	public Map<String, Long> counters() {
		return claim.counters();
	}

	/** Problems already kept; at most {@value JobTable#MAX_PROBLEMS_KEPT} are. */
	public int problemsKept() {
		return problemsKept;
	}

	/** How many times the job has been started, this run included. */
	public int attempt() {
		return claim.attempts();
	}

	/** What was handed in with the job, read from the start. */
	public InputStream input() throws IOException {
		return input.open();
	}

	/** True once this instance is shutting down: stop at the next checkpoint. */
	public boolean stopping() {
		return stopping.getAsBoolean();
	}

	/**
	 * Runs {@code work} and records the checkpoint it returns in one transaction: the
	 * work counts only if the checkpoint is written, and the checkpoint only if this
	 * instance still holds the job.
	 * @throws LeaseLostException if another instance has taken the job over; nothing of
	 * {@code work} is kept
	 */
	public void commit(Supplier<Checkpoint> work) {
		Checkpoint checkpoint = transaction.execute(status -> {
			Checkpoint reached = work.get();
			table.checkpoint(claim.id(), owner, lease, reached.position(), reached.workDone(), reached.counters(),
					reached.problems(), problemsKept);
			return reached;
		});
		problemsKept = Math.min(JobTable.MAX_PROBLEMS_KEPT, problemsKept + checkpoint.problems().size());
		events.publishEvent(new JobCheckpointed(claim.id(), claim.kind(), checkpoint.position()));
	}

	/**
	 * Ends the job as failed, with the problem that stopped it.
	 */
	public void fail(JobProblem problem, Map<String, Long> counters) {
		transaction.executeWithoutResult(status -> {
			table.checkpoint(claim.id(), owner, lease, claim.checkpoint(), claim.workDone(), counters, List.of(problem),
					problemsKept);
			table.end(claim.id(), owner, JobState.FAILED, null);
		});
		ended = true;
	}

	boolean ended() {
		return ended;
	}

	/**
	 * Where a job has got to.
	 *
	 * @param position the handler's own position, handed back as {@link #checkpoint()} if
	 * the job is resumed
	 * @param workDone for the progress shown, out of the job's total
	 * @param counters every counter, as they stand now
	 * @param problems the problems met since the last checkpoint
	 */
	public record Checkpoint(long position, long workDone, Map<String, Long> counters, List<JobProblem> problems) {
	}

	/** Opens a job's input. */
	@FunctionalInterface
	interface Input {

		InputStream open() throws IOException;

	}

}
