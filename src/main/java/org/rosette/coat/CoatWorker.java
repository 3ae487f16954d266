package org.rosette.coat;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One background thread per instance that queues new photos and extracts them. The queue
 * lives in the database, so a restart resumes where the last run stopped and several
 * instances share the work. The thread starts once the application is ready, so reading
 * photos never slows the start-up down. Off with {@code rosette.coat.worker=false}.
 */
@Component
class CoatWorker implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CoatWorker.class);

	private static final int DISCOVER_EVERY = 10;

	private final CoatExtraction extraction;

	private final boolean enabled;

	private final Duration idle;

	private volatile Thread thread;

	private volatile boolean running;

	CoatWorker(CoatExtraction extraction, @Value("${rosette.coat.worker:true}") boolean enabled,
			@Value("${rosette.coat.idle:PT3S}") Duration idle) {
		this.extraction = extraction;
		this.enabled = enabled;
		this.idle = idle;
	}

	@Override
	public void start() {
		running = true;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startWorking() {
		if (!enabled || !running || thread != null) {
			return;
		}
		Thread worker = new Thread(this::run, "coat-extraction");
		worker.setDaemon(true);
		worker.setPriority(Thread.MIN_PRIORITY);
		thread = worker;
		worker.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread worker = thread;
		thread = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		boolean everything = true;
		int rounds = 0;
		while (thread == Thread.currentThread()) {
			try {
				if (rounds++ % DISCOVER_EVERY == 0) {
					extraction.discover(everything);
					everything = false;
				}
				if (!extraction.extractNext()) {
					Thread.sleep(idle.toMillis());
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Coat extraction round failed; trying again", ex);
				try {
					Thread.sleep(idle.toMillis());
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

}
