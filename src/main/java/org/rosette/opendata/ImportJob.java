package org.rosette.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One camera-trap import as it runs in the background: how far it got, what it added, and
 * each line it refused. Written by the import's thread, read by the page polling for
 * progress; every access is synchronised.
 */
public final class ImportJob {

	/**
	 * Enough lines for the admin to see what is wrong with a file, without holding a
	 * million of them.
	 */
	static final int MAX_PROBLEMS_KEPT = 500;

	private final UUID id = UUID.randomUUID();

	private final String fileName;

	private final long totalBytes;

	private State state = State.QUEUED;

	private long bytesRead;

	private long rows;

	private long added;

	private long alreadyImported;

	private long skipped;

	private long refused;

	private final List<ImportProblem> problems = new ArrayList<>();

	ImportJob(String fileName, long totalBytes) {
		this.fileName = fileName;
		this.totalBytes = totalBytes;
	}

	public UUID id() {
		return id;
	}

	synchronized void started() {
		state = State.RUNNING;
	}

	synchronized void progress(long bytesRead) {
		this.bytesRead = bytesRead;
	}

	synchronized void stored(int rowsInBatch, int newlyAdded) {
		rows += rowsInBatch;
		added += newlyAdded;
		alreadyImported += rowsInBatch - newlyAdded;
	}

	synchronized void problem(ImportProblem problem, boolean skippedSpecies) {
		rows++;
		if (skippedSpecies) {
			skipped++;
		}
		else {
			refused++;
		}
		if (problems.size() < MAX_PROBLEMS_KEPT) {
			problems.add(problem);
		}
	}

	synchronized void finished() {
		state = State.DONE;
		bytesRead = totalBytes;
	}

	synchronized void failed() {
		state = State.FAILED;
	}

	public synchronized Status status() {
		int percent = state == State.DONE ? 100
				: (int) Math.min(99, totalBytes == 0 ? 0 : bytesRead * 100 / totalBytes);
		return new Status(id, fileName, state, percent, rows, added, alreadyImported, skipped, refused,
				List.copyOf(problems));
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
