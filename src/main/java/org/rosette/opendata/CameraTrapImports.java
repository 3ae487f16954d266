package org.rosette.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.rosette.job.JobHandler;
import org.rosette.job.JobRun;
import org.rosette.job.JobStatus;
import org.rosette.job.Jobs;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.sighting.ImportedSightings;
import org.rosette.sighting.ImportedSightings.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Camera-trap observations imported as pending sightings, in the background. The file is
 * kept in the database and the import is a job (see {@link Jobs}): whichever instance is
 * free runs it, and if that instance dies another resumes it from the last batch it
 * committed. Rows are stored in batches, each committed together with the import's
 * progress, and the file is read as a stream, so memory stays flat whatever its size.
 */
@Service
public class CameraTrapImports implements JobHandler {

	static final String KIND = "camera-trap-import";

	static final int BATCH_SIZE = 2000;

	private static final Logger log = LoggerFactory.getLogger(CameraTrapImports.class);

	private static final int WAITING_IMPORTS = 4;

	private final ImportedSightings sightings;

	private final PublicLeopards catalogue;

	private final Jobs jobs;

	private final Clock clock;

	CameraTrapImports(ImportedSightings sightings, PublicLeopards catalogue, Jobs jobs, Clock clock) {
		this.sightings = sightings;
		this.catalogue = catalogue;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** Imports queued or under way now: counts in the job table. */
	public long running() {
		return jobs.waiting(KIND) + jobs.running(KIND);
	}

	/**
	 * Checks the file's shape at once, then queues its import. The file is the import's
	 * from now on: it is copied into the database and deleted, or deleted straight away
	 * when refused.
	 */
	public UUID start(Path file, String fileName, String username) throws ImportRefusedException, IOException {
		try {
			CameraTrapFile.check(file);
			if (jobs.waiting(KIND) >= WAITING_IMPORTS) {
				throw new ImportRefusedException("import.refused.busy");
			}
			try (InputStream in = Files.newInputStream(file)) {
				return jobs.submit(KIND, fileName, username, Files.size(file), in);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** The import's progress, as every instance sees it. */
	public Optional<ImportJob.Status> status(UUID id) {
		return jobs.status(id).filter(job -> job.kind().equals(KIND)).map(ImportJob::status);
	}

	/**
	 * Imports a file on the caller's thread; for the benchmark and for tests. The file is
	 * left in place.
	 */
	public ImportJob.Status importNow(Path file, String username) throws ImportRefusedException, IOException {
		CameraTrapFile.check(file);
		try {
			return ImportJob.status(jobs.runHere(KIND, file.getFileName().toString(), username, Files.size(file),
					() -> Files.newInputStream(file)));
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads the file from the start, passes over the records an earlier run already
	 * committed, and commits each batch with the position after it.
	 */
	@Override
	public void run(JobRun job) throws IOException {
		ImportJob tally = ImportJob.resumed(job.counters(), job.problemsKept());
		long done = job.checkpoint();
		try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(job.input()).get();
				Reader reader = CameraTrapFile.open(in);
				CSVParser parser = CameraTrapFile.FORMAT.parse(reader)) {
			CameraTrapRows rows = new CameraTrapRows(parser.getHeaderMap(), leopardsByCode(), clock);
			List<Observation> batch = new ArrayList<>(BATCH_SIZE);
			Iterator<CSVRecord> records = parser.iterator();
			long record = 0;
			while (true) {
				// The header is line 1; a record starts on the line after the last one
				// read.
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord next = records.next();
				if (++record <= done) {
					continue;
				}
				CameraTrapRows.Result result = rows.read(next, line);
				if (result.observation() != null) {
					batch.add(result.observation());
				}
				else {
					tally.problem(result.problem(), result.skipped());
				}
				if (batch.size() == BATCH_SIZE) {
					store(job, tally, batch, record, in.getCount());
					if (job.stopping()) {
						throw new IllegalStateException("Stopping; the import resumes after record " + record);
					}
				}
			}
			store(job, tally, batch, record, job.workTotal());
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			if (job.stopping()) {
				throw ex;
			}
			// Commons CSV reports a broken quote or a ragged file as
			// IllegalStateException or UncheckedIOException.
			log.warn("Camera-trap import {} stopped", job.id(), ex);
			job.fail(ImportJob.problem(new ImportProblem(0, "import.row.unreadable", String.valueOf(ex.getMessage()))),
					tally.counters());
		}
	}

	private void store(JobRun job, ImportJob tally, List<Observation> batch, long record, long bytesRead) {
		job.commit(() -> {
			if (!batch.isEmpty()) {
				tally.stored(batch.size(), sightings.add(batch, job.submittedBy()));
			}
			return new JobRun.Checkpoint(record, bytesRead, tally.counters(), tally.takeProblems());
		});
		batch.clear();
	}

	private Map<String, Long> leopardsByCode() {
		return catalogue.all()
			.stream()
			.collect(Collectors.toMap(l -> l.getCode().toUpperCase(Locale.ROOT), Leopard::getId));
	}

}
