package org.rosette.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rosette.job.JobProblem;
import org.rosette.job.JobStatus;

/**
 * A camera-trap import: what a run has counted so far (committed with each batch as the
 * job's counters, so a resumed run carries on counting), and its status as read back from
 * the job's row.
 */
public final class ImportJob {

	/**
	 * Enough lines for the admin to see what is wrong with a file, without holding a
	 * million of them.
	 */
	static final int MAX_PROBLEMS_KEPT = 500;

	private static final String ROWS = "rows";

	private static final String ADDED = "added";

	private static final String ALREADY_IMPORTED = "alreadyImported";

	private static final String SKIPPED = "skipped";

	private static final String REFUSED = "refused";

	private long rows;

	private long added;

	private long alreadyImported;

	private long skipped;

	private long refused;

	private int problemsKept;

	private final List<JobProblem> newProblems = new ArrayList<>();

	private ImportJob() {
	}

	/** Counting on from what earlier runs of the job committed. */
	static ImportJob resumed(Map<String, Long> counters, int problemsKept) {
		ImportJob job = new ImportJob();
		job.rows = counters.getOrDefault(ROWS, 0L);
		job.added = counters.getOrDefault(ADDED, 0L);
		job.alreadyImported = counters.getOrDefault(ALREADY_IMPORTED, 0L);
		job.skipped = counters.getOrDefault(SKIPPED, 0L);
		job.refused = counters.getOrDefault(REFUSED, 0L);
		job.problemsKept = problemsKept;
		return job;
	}

	void stored(int rowsInBatch, int newlyAdded) {
		rows += rowsInBatch;
		added += newlyAdded;
		alreadyImported += rowsInBatch - newlyAdded;
	}

	void problem(ImportProblem problem, boolean skippedSpecies) {
		rows++;
		if (skippedSpecies) {
			skipped++;
		}
		else {
			refused++;
		}
		if (problemsKept < MAX_PROBLEMS_KEPT) {
			problemsKept++;
			newProblems.add(problem(problem));
		}
	}

	Map<String, Long> counters() {
		Map<String, Long> counters = new LinkedHashMap<>();
		counters.put(ROWS, rows);
		counters.put(ADDED, added);
		counters.put(ALREADY_IMPORTED, alreadyImported);
		counters.put(SKIPPED, skipped);
		counters.put(REFUSED, refused);
		return counters;
	}

	/** The problems met since the last call. */
	List<JobProblem> takeProblems() {
		List<JobProblem> taken = List.copyOf(newProblems);
		newProblems.clear();
		return taken;
	}

	static JobProblem problem(ImportProblem problem) {
		Object[] arguments = problem.arguments();
		return new JobProblem(problem.line(), problem.code(),
				arguments.length > 0 ? String.valueOf(arguments[0]) : null,
				arguments.length > 1 ? String.valueOf(arguments[1]) : null);
	}

	static Status status(JobStatus job) {
		State state = State.valueOf(job.state().name());
		int percent = state == State.DONE ? 100
				: (int) Math.min(99, job.workTotal() == 0 ? 0 : job.workDone() * 100 / job.workTotal());
		List<ImportProblem> problems = job.problems()
			.stream()
			.map(p -> new ImportProblem(p.item(), p.code(), p.arguments()))
			.toList();
		return new Status(job.id(), job.title(), state, percent, job.counter(ROWS), job.counter(ADDED),
				job.counter(ALREADY_IMPORTED), job.counter(SKIPPED), job.counter(REFUSED), problems);
	}

	public enum State {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean over() {
			return this == DONE || this == FAILED;
		}

	}

	/** A snapshot of a job, safe to hand to another thread. */
	public record Status(UUID id, String fileName, State state, int percent, long rows, long added,
			long alreadyImported, long skipped, long refused, List<ImportProblem> problems) {
	}

}
