package org.rosette.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.sighting.ImportedSightings;
import org.rosette.sighting.ImportedSightings.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Camera-trap observations imported as pending sightings, in the background. One import
 * runs at a time (a few may wait), rows are stored in batches, and the file is read as a
 * stream, so memory stays flat whatever its size.
 */
@Service
public class CameraTrapImports {

	static final int BATCH_SIZE = 2000;

	private static final Logger log = LoggerFactory.getLogger(CameraTrapImports.class);

	private static final int WAITING_IMPORTS = 4;

	private static final int JOBS_REMEMBERED = 20;

	private final ImportedSightings sightings;

	private final PublicLeopards catalogue;

	private final Clock clock;

	// Its own small pool: a big import must not take the threads that serve downloads or
	// the site.
	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(WAITING_IMPORTS), runnable -> {
				Thread thread = new Thread(runnable, "camera-trap-import");
				thread.setDaemon(true);
				return thread;
			});

	private final Map<UUID, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, ImportJob> eldest) {
			return size() > JOBS_REMEMBERED;
		}
	});

	CameraTrapImports(ImportedSightings sightings, PublicLeopards catalogue, Clock clock) {
		this.sightings = sightings;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * Checks the file's shape at once, then imports its rows in the background. The file
	 * is the import's from now on: it is deleted when the import ends, or straight away
	 * when refused.
	 */
	public ImportJob start(Path file, String fileName, String username) throws ImportRefusedException, IOException {
		ImportJob job;
		try {
			CameraTrapFile.check(file);
			job = new ImportJob(fileName, Files.size(file));
			executor.execute(() -> runAndDelete(job, file, username));
		}
		catch (ImportRefusedException | IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			if (ex instanceof RejectedExecutionException) {
				throw new ImportRefusedException("import.refused.busy");
			}
			throw ex;
		}
		jobs.put(job.id(), job);
		return job;
	}

	/** Imports queued or under way now (the few remembered jobs, not the database). */
	public long running() {
		synchronized (jobs) {
			return jobs.values().stream().map(ImportJob::status).filter(s -> !s.state().over()).count();
		}
	}

	public Optional<ImportJob.Status> status(UUID id) {
		return Optional.ofNullable(jobs.get(id)).map(ImportJob::status);
	}

	/**
	 * Imports a file on the caller's thread; for the benchmark and for tests. The file is
	 * left in place.
	 */
	public ImportJob.Status importNow(Path file, String username) throws ImportRefusedException, IOException {
		CameraTrapFile.check(file);
		ImportJob job = new ImportJob(file.getFileName().toString(), Files.size(file));
		run(job, file, username);
		return job.status();
	}

	private void runAndDelete(ImportJob job, Path file, String username) {
		try {
			run(job, file, username);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the uploaded file {}", file, ex);
			}
		}
	}

	private void run(ImportJob job, Path file, String username) {
		job.started();
		AtomicLong bytes = new AtomicLong();
		try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytes);
				Reader reader = CameraTrapFile.open(in);
				CSVParser parser = CameraTrapFile.FORMAT.parse(reader)) {
			CameraTrapRows rows = new CameraTrapRows(parser.getHeaderMap(), leopardsByCode(), clock);
			List<Observation> batch = new ArrayList<>(BATCH_SIZE);
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				// The header is line 1; a record starts on the line after the last one
				// read.
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CameraTrapRows.Result result = rows.read(records.next(), line);
				if (result.observation() != null) {
					batch.add(result.observation());
				}
				else {
					job.problem(result.problem(), result.skipped());
				}
				if (batch.size() == BATCH_SIZE) {
					store(job, batch, username, bytes.get());
				}
			}
			store(job, batch, username, bytes.get());
			job.finished();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports a broken quote or a ragged file as
			// IllegalStateException or UncheckedIOException.
			log.warn("Camera-trap import {} stopped", job.id(), ex);
			job.problem(new ImportProblem(0, "import.row.unreadable", String.valueOf(ex.getMessage())), false);
			job.failed();
		}
		catch (RuntimeException ex) {
			log.error("Camera-trap import {} failed", job.id(), ex);
			job.failed();
		}
	}

	private void store(ImportJob job, List<Observation> batch, String username, long bytesRead) {
		if (!batch.isEmpty()) {
			job.stored(batch.size(), sightings.add(batch, username));
			batch.clear();
		}
		job.progress(bytesRead);
	}

	private Map<String, Long> leopardsByCode() {
		return catalogue.all()
			.stream()
			.collect(Collectors.toMap(l -> l.getCode().toUpperCase(Locale.ROOT), Leopard::getId));
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
