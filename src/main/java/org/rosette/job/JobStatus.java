package org.rosette.job;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A job as the database holds it, the same whichever instance asks.
 *
 * @param workDone how far it got, in the job's own unit (e.g. bytes of a file), out of
 * {@code workTotal}
 * @param counters what the job counted, by name
 * @param problems the first problems it reported, in order
 */
public record JobStatus(UUID id, String kind, String title, JobState state, long workDone, long workTotal,
		Map<String, Long> counters, List<JobProblem> problems, int attempts) {

	public long counter(String name) {
		return counters.getOrDefault(name, 0L);
	}

}
