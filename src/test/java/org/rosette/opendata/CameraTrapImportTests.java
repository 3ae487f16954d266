package org.rosette.opendata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Camera-trap files good and bad, imported straight through the service (the page has its
 * own test).
 */
@SpringBootTest
class CameraTrapImportTests {

	static final String HEADER = "observationID,deploymentID,timestamp,latitude,longitude,scientificName,count,individualID,mediaID\n";

	@Autowired
	private CameraTrapImports imports;

	@Autowired
	private SightingRepository sightings;

	@Autowired
	private LeopardRepository leopards;

	@Autowired
	private MessageSource messages;

	@TempDir
	private Path folder;

	private String prefix;

	@BeforeEach
	void catalogue() {
		if (leopards.findAll().stream().noneMatch(l -> l.getCode().equals("LEO-F01"))) {
			leopards.save(new Leopard("LEO-F01", "Kedrovka", Sex.FEMALE, 2011, null, null));
		}
		prefix = "t" + System.nanoTime() + "-";
	}

	@Test
	void aGoodFileBecomesPendingCameraTrapSightingsOfTheAdmin() throws Exception {
		Path file = write(HEADER + prefix
				+ "1,dep-7,2025-03-14T05:12:00+10:00,43.10412,131.52231,Panthera pardus orientalis,1,LEO-F01,img-1\n"
				+ prefix
				+ "2,dep-7,2025-03-14T05:13:00+10:00,43.10412,131.52231,Panthera pardus orientalis,2,,img-2\n");

		ImportJob.Status status = imports.importNow(file, "admin");

		assertThat(status.state()).isEqualTo(ImportJob.State.DONE);
		assertThat(status.percent()).isEqualTo(100);
		assertThat(status.added()).isEqualTo(2);
		assertThat(status.problems()).isEmpty();
		Sighting first = imported(prefix + "1");
		assertThat(first.getStatus()).isEqualTo(ReviewStatus.PENDING);
		assertThat(first.getEvidence()).isEqualTo(Evidence.CAMERA_TRAP);
		assertThat(first.getSubmittedBy().getUsername()).isEqualTo("admin");
		assertThat(first.getLeopard().getCode()).isEqualTo("LEO-F01");
		assertThat(first.getLatitude()).isEqualTo(43.10412);
		assertThat(first.getObservedAt()).isEqualTo(java.time.Instant.parse("2025-03-13T19:12:00Z"));
		assertThat(first.getNotes()).contains("dep-7").contains("img-1");
		assertThat(first.getCameraDeployment()).isEqualTo("dep-7");
		assertThat(imported(prefix + "2").getAdults()).isEqualTo(2);
	}

	@Test
	void badRowsAreReportedByLineAndTheGoodOnesStored() throws Exception {
		Path file = write(
				HEADER + prefix + "1,dep-7,2025-03-14T05:12:00+10:00,43.1,131.5,Panthera pardus orientalis,1,,\n"
						+ prefix + "2,dep-7,14/03/2025 05:12,43.1,131.5,Panthera pardus orientalis,1,,\n" + prefix
						+ "3,dep-7,2025-03-14T05:12:00+10:00,95,131.5,Panthera pardus orientalis,1,,\n" + prefix
						+ "4,dep-7,2025-03-14T05:12:00+10:00,43.1,131.5,Panthera pardus orientalis,1,LEO-X99,\n"
						+ prefix + "5,dep-7,2025-03-14T05:12:00+10:00,43.1,131.5,Sus scrofa,3,,\n" + prefix
						+ "6,dep-7,2025-03-14T05:14:00+10:00,43.1,131.5,panthera pardus orientalis,,,\n");

		ImportJob.Status status = imports.importNow(file, "admin");

		assertThat(status.added()).isEqualTo(2);
		assertThat(status.refused()).isEqualTo(3);
		assertThat(status.skipped()).isEqualTo(1);
		assertThat(status.problems()).extracting(ImportProblem::line, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "import.row.timestamp"),
					org.assertj.core.groups.Tuple.tuple(4L, "import.row.latitude"),
					org.assertj.core.groups.Tuple.tuple(5L, "import.row.individual"),
					org.assertj.core.groups.Tuple.tuple(6L, "import.skipped.species"));
		assertThat(text(status.problems().get(1)))
			.isEqualTo("Line 4: latitude “95” is not a number between -90 and 90.");
		assertThat(text(status.problems().get(2))).contains("LEO-X99");
		assertThat(sightings.findAll().stream().map(Sighting::getSourceObservationId))
			.contains(prefix + "1", prefix + "6")
			.doesNotContain(prefix + "2", prefix + "3", prefix + "4", prefix + "5");
	}

	@Test
	void theSameFileTwiceAddsNothing() throws Exception {
		Path file = write(
				HEADER + prefix + "1,dep-7,2025-03-14T05:12:00+10:00,43.1,131.5,Panthera pardus orientalis,1,,\n"
						+ prefix + "1,dep-7,2025-03-14T05:12:00+10:00,43.1,131.5,Panthera pardus orientalis,1,,\n"
						+ prefix + "2,dep-7,2025-03-14T05:12:00+10:00,43.1,131.5,Panthera pardus orientalis,1,,\n");

		assertThat(imports.importNow(file, "admin").added()).isEqualTo(2);
		long count = sightings.count();
		ImportJob.Status again = imports.importNow(file, "admin");

		assertThat(again.added()).isZero();
		assertThat(again.alreadyImported()).isEqualTo(3);
		assertThat(sightings.count()).isEqualTo(count);
	}

	@Test
	void filesOfTheWrongShapeAreRefusedWithTheReason() throws Exception {
		assertRefused(write(""), "import.refused.empty");
		assertRefused(write(HEADER.replace(',', ';') + "a;b;c\n"), "import.refused.delimiter", ";");
		assertRefused(write(HEADER.replace(",latitude", "")), "import.refused.missingColumns", "latitude");
		Path binary = folder.resolve("photo.jpg");
		Files.write(binary,
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 });
		assertRefused(binary, "import.refused.notText");
	}

	@Test
	void theExampleInTheDocumentationImports() throws Exception {
		Path example = folder.resolve("example.csv");
		Files.copy(Path.of("docs/examples/camera-trap-observations.csv"), example);
		ImportJob.Status status = imports.importNow(example, "admin");
		assertThat(status.state()).isEqualTo(ImportJob.State.DONE);
		assertThat(status.skipped()).isEqualTo(1);
		assertThat(status.refused()).as("%s", status.problems()).isLessThanOrEqualTo(1);
	}

	private void assertRefused(Path file, String code, Object... arguments) {
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> imports.importNow(file, "admin"))
			.satisfies(ex -> {
				assertThat(ex.getCode()).isEqualTo(code);
				assertThat(ex.getArguments()).containsExactly(arguments);
			});
	}

	private String text(ImportProblem problem) {
		return messages.getMessage("import.problem.line",
				new Object[] { problem.line(),
						messages.getMessage(problem.code(), problem.arguments(), java.util.Locale.ENGLISH) },
				java.util.Locale.ENGLISH);
	}

	private Sighting imported(String observationId) {
		List<Sighting> found = sightings.findAll()
			.stream()
			.filter(s -> observationId.equals(s.getSourceObservationId()))
			.toList();
		assertThat(found).hasSize(1);
		return sightings.findWithDetailsById(found.get(0).getId()).orElseThrow();
	}

	private Path write(String content) throws Exception {
		Path file = Files.createTempFile(folder, "traps", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
