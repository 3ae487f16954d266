package org.rosette.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.rosette.system.DatabaseBlobs;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * Hands work to the background and tells how it goes, the same on every instance: the job
 * and its input are rows in the database, and whichever instance is free takes it.
 */
@Service
public class Jobs {

	private final JobTable table;

	private final JobRunner runner;

	private final DatabaseBlobs blobs;

	private final TransactionTemplate transaction;

	Jobs(JobTable table, JobRunner runner, DatabaseBlobs blobs, PlatformTransactionManager transactions) {
		this.table = table;
		this.runner = runner;
		this.blobs = blobs;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Queues a job with its input (read to the end here, kept in the database so any
	 * instance can run it).
	 * @param workTotal the total of the work, in the unit the handler reports progress in
	 */
	public UUID submit(String kind, String title, String submittedBy, long workTotal, InputStream input) {
		UUID id = UUID.randomUUID();
		transaction.executeWithoutResult(status -> {
			table.insert(id, kind, title, submittedBy, workTotal, JobState.QUEUED, null, null);
			try {
				blobs.write(JobRunner.inputOf(id), input);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		runner.nudge();
		return id;
	}

	/**
	 * Runs a job of the given kind on the caller's thread, with rows and checkpoints as
	 * in the background; for tools and tests that need the outcome at once.
	 */
	public JobStatus runHere(String kind, String title, String submittedBy, long workTotal, InputOpener input)
			throws Exception {
		return runner.runHere(kind, title, submittedBy, workTotal, input::open);
	}

	public Optional<JobStatus> status(UUID id) {
		return table.find(id);
	}

	/** How many jobs of a kind wait for an instance to take them. */
	public long waiting(String kind) {
		return table.count(kind, JobState.QUEUED);
	}

	/** Opens the input of a job run here. */
	@FunctionalInterface
	public interface InputOpener {

		InputStream open() throws IOException;

	}

}
