package org.rosette.opendata;

import java.io.BufferedWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.rosette.RosetteApplication;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: generates a camera-trap file (100,000 rows unless told otherwise), imports
 * it into an H2 file database in a temporary folder, and prints rows per second and the
 * heap at its fullest. Run with {@code bench/import-benchmark.sh [rows]}.
 */
public final class ImportBenchmark {

	private static final int LEOPARDS = 20;

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path folder = Files.createTempDirectory("rosette-import-bench-");
		Path file = folder.resolve("observations.csv");
		generate(file, rows, "bench-");
		Path warmUp = folder.resolve("warm-up.csv");
		generate(warmUp, 20_000, "warm-");

		// The application's own settings only: on the test class path,
		// config/application.properties would put the database in memory, where every
		// imported row stays on the heap. As command-line arguments: default properties
		// would lose to application.properties (port 8080, ./data).
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RosetteApplication.class).run(
				"--spring.config.location=classpath:/application.properties", "--server.port=0",
				"--rosette.data-dir=" + folder, "--rosette.demo=false", "--rosette.admin-password=benchmark-only",
				"--spring.main.banner-mode=off", "--logging.level.root=warn")) {
			String database = app.getEnvironment().getProperty("spring.datasource.url");
			if (database == null || !database.startsWith("jdbc:h2:file:")) {
				throw new IllegalStateException("Not the embedded H2 file database: " + database);
			}
			System.out.println("database:            " + database);
			LeopardRepository leopards = app.getBean(LeopardRepository.class);
			for (int i = 1; i <= LEOPARDS; i++) {
				leopards
					.save(new Leopard(code(i), "Leopard " + i, i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 2015, null, null));
			}
			CameraTrapImports imports = app.getBean(CameraTrapImports.class);
			imports.importNow(warmUp, "admin");

			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			memory.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(heapBefore);
			AtomicLong live = new AtomicLong(heapBefore);
			boolean trace = Boolean.getBoolean("bench.trace");
			Thread sampler = new Thread(() -> {
				long next = System.nanoTime();
				while (!Thread.currentThread().isInterrupted()) {
					if (trace && System.nanoTime() >= next) {
						next += 5_000_000_000L;
						System.out.printf(Locale.ROOT, "  live heap %,d MB%n", liveHeap() >> 20);
					}
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					live.accumulateAndGet(liveHeap(), Math::max);
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			long gcBefore = gcCount();
			long start = System.nanoTime();
			long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			ImportJob.Status status = imports.importNow(file, "admin");
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
			sampler.interrupt();

			System.out.printf(Locale.ROOT, "rows in file:        %,d (%,d bytes)%n", rows, Files.size(file));
			System.out.printf(Locale.ROOT, "state:               %s; added %,d, skipped %,d, refused %,d%n",
					status.state(), status.added(), status.skipped(), status.refused());
			System.out.printf(Locale.ROOT, "time:                %.2f s%n", seconds);
			System.out.printf(Locale.ROOT, "rows per second:     %,.0f (wall clock)%n", rows / seconds);
			// On a shared machine the wall clock also counts time spent waiting for a
			// core.
			System.out.printf(Locale.ROOT, "CPU time of import:  %.2f s = %,.0f rows per CPU-second%n", cpuSeconds,
					rows / cpuSeconds);
			System.out.printf(Locale.ROOT, "load average:        %.1f%n",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf(Locale.ROOT, "heap before import:  %,d MB%n", heapBefore >> 20);
			System.out.printf(Locale.ROOT, "peak heap (sampled): %,d MB of max %,d MB%n", peak.get() >> 20,
					memory.getHeapMemoryUsage().getMax() >> 20);
			System.out.printf(Locale.ROOT, "live heap after GC:  %,d MB at most%n", live.get() >> 20);
			System.out.printf(Locale.ROOT, "GC runs during import: %d%n", gcCount() - gcBefore);
			System.out.printf(Locale.ROOT, "processors:          %d%n", Runtime.getRuntime().availableProcessors());
		}
		finally {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/**
	 * Mostly leopards, some of them identified; one row in twenty of another species, as
	 * in real camera traps.
	 */
	private static void generate(Path file, int rows, String prefix) throws Exception {
		// Three years of observations, evenly spread, the last well in the past.
		Instant start = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
		long step = 3 * 365 * 86_400L / rows;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(
					"observationID,deploymentID,timestamp,latitude,longitude,scientificName,count,individualID,mediaID\n");
			for (int i = 0; i < rows; i++) {
				String species = i % 20 == 0 ? "Capreolus pygargus" : "Panthera pardus orientalis";
				String individual = i % 3 == 0 ? "" : code(1 + i % LEOPARDS);
				out.write(prefix + i + ",dep-" + (i % 150) + ","
						+ start.plusSeconds(i * step).atOffset(ZoneOffset.ofHours(10)) + ","
						+ String.format(Locale.ROOT, "%.5f,%.5f", 42.6 + (i % 1000) / 1000.0,
								130.7 + (i % 1200) / 1000.0)
						+ "," + species + "," + (1 + i % 2) + "," + individual + ",media-" + i + "\n");
			}
		}
	}

	private static String code(int i) {
		return String.format(Locale.ROOT, "LEO-B%02d", i);
	}

	/**
	 * The heap as the last collection left it: what the import really keeps, not garbage
	 * waiting to be swept.
	 */
	private static long liveHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
			.mapToLong(pool -> pool.getCollectionUsage().getUsed())
			.sum();
	}

	private static long gcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.sum();
	}

}
