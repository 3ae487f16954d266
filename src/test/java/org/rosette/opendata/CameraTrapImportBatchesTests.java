package org.rosette.opendata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosette.job.JobCheckpointed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long file goes to the database batch by batch: when each checkpoint is committed,
 * every row read up to it is already stored, so the import carries nothing from one batch
 * to the next and its memory does not grow with the file.
 */
@SpringBootTest
class CameraTrapImportBatchesTests {

	private static final String PREFIX = "batches-";

	@Autowired
	private CameraTrapImports imports;

	@Autowired
	private StoredAtCheckpoints stored;

	@TempDir
	private Path folder;

	@Test
	void everyRowReadIsStoredWhenItsBatchIsCommitted() throws Exception {
		int batch = CameraTrapImports.BATCH_SIZE;
		int rows = 2 * batch + 500;
		StringBuilder csv = new StringBuilder(CameraTrapImportTests.HEADER);
		for (int i = 0; i < rows; i++) {
			csv.append(PREFIX)
				.append(i)
				.append(",dep-1,2025-03-14T05:12:00+10:00,43.1,131.5,Panthera pardus orientalis,1,,\n");
		}
		Path file = folder.resolve("long.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		ImportJob.Status status = imports.importNow(file, "admin");

		assertThat(status.added()).isEqualTo(rows);
		assertThat(stored.seen).containsExactly(new Checkpoint(batch, batch), new Checkpoint(2 * batch, 2 * batch),
				new Checkpoint(rows, rows));
	}

	/** Records read so far, and rows in the database when they were committed. */
	record Checkpoint(long records, long rowsStored) {
	}

	@TestConfiguration
	static class Listener {

		@Bean
		StoredAtCheckpoints storedAtCheckpoints(JdbcTemplate jdbc) {
			return new StoredAtCheckpoints(jdbc);
		}

	}

	static class StoredAtCheckpoints {

		private final JdbcTemplate jdbc;

		final List<Checkpoint> seen = new CopyOnWriteArrayList<>();

		StoredAtCheckpoints(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@EventListener
		void on(JobCheckpointed checkpoint) {
			if (checkpoint.kind().equals(CameraTrapImports.KIND)) {
				seen.add(new Checkpoint(checkpoint.checkpoint(),
						jdbc.queryForObject("SELECT COUNT(*) FROM sightings WHERE source_observation_id LIKE ?",
								Long.class, PREFIX + "%")));
			}
		}

	}

}
