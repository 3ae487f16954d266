package org.rosette.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How background jobs are shared between instances.
 *
 * @param lease how long an instance holds a job without renewing it; after that, another
 * instance may take it over. Renewed every third of it.
 * @param pollInterval how often an idle instance looks for waiting work
 * @param maxAttempts how many times a job is started before it counts as failed (a job
 * that kills every instance that runs it must stop somewhere)
 */
@ConfigurationProperties("rosette.jobs")
public record JobProperties(@DefaultValue("30s") Duration lease, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("5") int maxAttempts) {

	public JobProperties {
		if (lease.toMillis() < 300 || pollInterval.toMillis() < 10 || maxAttempts < 1) {
			throw new IllegalArgumentException(
					"rosette.jobs: lease at least 300ms, poll-interval at least 10ms, max-attempts at least 1");
		}
	}

}
