package org.rosette.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.rosette.system.DatabaseBlobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background jobs on this instance, one at a time on a thread of its own: looks for
 * waiting work every {@code poll-interval}, renews the lease of what it runs every third
 * of {@code lease}, and leaves a job it could not finish because it is shutting down to
 * whichever instance finds its lease run out.
 */
@Component
class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobTable table;

	private final DatabaseBlobs blobs;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<JobHandler> handlerBeans;

	private final JobProperties properties;

	private final String owner = instanceName();

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	// One job at a time per instance: a big import must not take the threads that serve
	// the site.
	private final ThreadPoolTaskExecutor worker = new ThreadPoolTaskExecutor();

	private final AtomicBoolean busy = new AtomicBoolean();

	private volatile boolean stopping;

	private volatile Map<String, JobHandler> handlers;

	JobRunner(JobTable table, DatabaseBlobs blobs, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, ObjectProvider<JobHandler> handlers, JobProperties properties) {
		this.table = table;
		this.blobs = blobs;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.handlerBeans = handlers;
		this.properties = properties;
		scheduler.setThreadNamePrefix("job-poll-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		worker.setThreadNamePrefix("job-worker-");
		worker.setDaemon(true);
		worker.setCorePoolSize(1);
		worker.setMaxPoolSize(1);
		worker.setQueueCapacity(0);
		worker.setAwaitTerminationSeconds(10);
		worker.initialize();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Duration renew = Duration.ofMillis(Math.max(100, properties.lease().toMillis() / 3));
		scheduler.scheduleWithFixedDelay(this::poll, properties.pollInterval());
		scheduler.scheduleWithFixedDelay(this::renew, scheduler.getClock().instant().plus(renew), renew);
		log.info("Background jobs on this instance run as {}", owner);
	}

	/** Looks for work now instead of at the next poll, e.g. just after a submission. */
	void nudge() {
		if (!stopping) {
			try {
				scheduler.execute(this::poll);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				// shutting down: another instance will find the job
			}
		}
	}

	/**
	 * Runs a new job on the caller's thread (for tools and tests): the same rows and
	 * checkpoints as in the background, with the input given here instead of a stored
	 * file.
	 */
	JobStatus runHere(String kind, String title, String submittedBy, long workTotal, JobRun.Input input)
			throws Exception {
		JobHandler handler = handler(kind);
		UUID id = UUID.randomUUID();
		table.insert(id, kind, title, submittedBy, workTotal, JobState.RUNNING, owner,
				table.now().plus(properties.lease()));
		JobTable.Claim claim = new JobTable.Claim(id, kind, title, submittedBy, 0, 0, workTotal, Map.of(), 1);
		run(handler, claim, input);
		return table.find(id).orElseThrow();
	}

	String owner() {
		return owner;
	}

	private void poll() {
		if (stopping || !busy.compareAndSet(false, true)) {
			return;
		}
		boolean handedOver = false;
		try {
			Optional<JobTable.Claim> claimed = transaction
				.execute(status -> table.claimOne(List.copyOf(handlers().keySet()), owner, properties.lease()));
			if (claimed != null && claimed.isPresent()) {
				JobTable.Claim claim = claimed.get();
				if (claim.attempts() > properties.maxAttempts()) {
					log.error("Job {} ({}) was started {} times without finishing; it is given up", claim.id(),
							claim.kind(), properties.maxAttempts());
					transaction.executeWithoutResult(status -> {
						table.giveUp(claim.id());
						blobs.delete(inputOf(claim.id()));
					});
				}
				else {
					if (claim.attempts() > 1) {
						log.info("Job {} ({}) taken over from checkpoint {}, attempt {}", claim.id(), claim.kind(),
								claim.checkpoint(), claim.attempts());
					}
					worker.execute(() -> runClaimed(claim));
					handedOver = true;
				}
			}
		}
		catch (RuntimeException ex) {
			if (!stopping) {
				log.warn("Could not look for background jobs", ex);
			}
		}
		finally {
			if (!handedOver) {
				busy.set(false);
			}
		}
	}

	private void runClaimed(JobTable.Claim claim) {
		try {
			run(handler(claim.kind()), claim, () -> blobs.read(inputOf(claim.id()))
				.orElseThrow(() -> new java.io.FileNotFoundException("The input of job " + claim.id() + " is gone")));
		}
		catch (Exception ex) {
			// run() has already said what happened
		}
		finally {
			busy.set(false);
			nudge();
		}
	}

	private void run(JobHandler handler, JobTable.Claim claim, JobRun.Input input) throws Exception {
		JobRun run = new JobRun(table, transaction, events, claim, owner, properties.lease(), input,
				() -> stopping || Thread.currentThread().isInterrupted());
		try {
			handler.run(run);
			if (!run.ended()) {
				end(claim, JobState.DONE, claim.workTotal());
			}
		}
		catch (LeaseLostException ex) {
			log.warn("Job {} was taken over by another instance; this one stops", claim.id());
			throw ex;
		}
		catch (Exception ex) {
			if (stopping) {
				log.info("Job {} stopped by shutdown; another instance resumes it when the lease runs out", claim.id());
			}
			else {
				log.error("Job {} ({}) failed", claim.id(), claim.kind(), ex);
				try {
					end(claim, JobState.FAILED, null);
				}
				catch (LeaseLostException lost) {
					log.warn("Job {} was taken over by another instance meanwhile", claim.id());
				}
			}
			throw ex;
		}
	}

	private void end(JobTable.Claim claim, JobState state, Long workDone) {
		transaction.executeWithoutResult(status -> {
			table.end(claim.id(), owner, state, workDone);
			blobs.delete(inputOf(claim.id()));
		});
	}

	private void renew() {
		if (!stopping) {
			try {
				table.renew(owner, properties.lease());
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the lease of this instance's job", ex);
			}
		}
	}

	static String inputOf(UUID job) {
		return "job/" + job;
	}

	private JobHandler handler(String kind) {
		JobHandler handler = handlers().get(kind);
		if (handler == null) {
			throw new IllegalArgumentException("No handler for jobs of kind " + kind);
		}
		return handler;
	}

	private Map<String, JobHandler> handlers() {
		Map<String, JobHandler> known = handlers;
		if (known == null) {
			known = handlerBeans.orderedStream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
			handlers = known;
		}
		return known;
	}

	/**
	 * Stops taking work and interrupts the job running here without ending it: its lease
	 * runs out and another instance resumes it from the last checkpoint, as after a
	 * crash.
	 */
	@PreDestroy
	void stop() {
		stopping = true;
		scheduler.shutdown();
		worker.shutdown();
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + suffix;
	}

}
