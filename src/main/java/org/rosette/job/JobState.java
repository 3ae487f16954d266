package org.rosette.job;

/** Where a background job is. */
public enum JobState {

	QUEUED, RUNNING, DONE, FAILED;

	public boolean over() {
		return this == DONE || this == FAILED;
	}

}
