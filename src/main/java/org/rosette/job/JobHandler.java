package org.rosette.job;

/**
 * One kind of background work. The handler reads from {@link JobRun#checkpoint()} on
 * (work up to it is already committed, possibly by another instance that has since died),
 * and commits its work together with each new checkpoint through {@link JobRun#commit}.
 * Returning ends the job as done.
 */
public interface JobHandler {

	/** The kind of job this handler runs, as given to {@link Jobs#submit}. */
	String kind();

	void run(JobRun job) throws Exception;

}
