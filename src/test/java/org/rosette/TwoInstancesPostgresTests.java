package org.rosette;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.job.JobCheckpointed;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.support.PostgresAvailability;
import org.rosette.support.PostgresAvailableCondition;
import org.testcontainers.postgresql.PostgreSQLContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the whole application on random ports against one PostgreSQL, as
 * behind a balancer: a browser signed in on one carries on on the other with the same
 * cookie, a photo uploaded to one is served by the other, a sighting verified on one
 * shows on the other's public view, and an import whose instance is shut down mid-way is
 * finished by the other with no row lost or doubled.
 * <p>
 * Both run in this JVM as separate Spring contexts: they share no bean, cache, session
 * store or photo folder (each has its own data folder), only the database. Shutting a
 * context down interrupts its import without ending the job, which leaves the job's lease
 * to run out exactly as a killed process would.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailableCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesPostgresTests {

	private static final String PASSWORD = "cluster-password";

	private static final int IMPORTED_ROWS = 9_000;

	private static final String SCHEMA = "rosette_cluster";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<Instance> instances = new ArrayList<>();

	// The first instance to commit a batch of the import holds on to it until it is shut
	// down; the other one must then finish it.
	private final AtomicReference<String> importHolder = new AtomicReference<>();

	private final CountDownLatch firstBatchCommitted = new CountDownLatch(1);

	private final CountDownLatch never = new CountDownLatch(1);

	private PostgreSQLContainer container;

	@BeforeAll
	void startTwoInstances() {
		String url = PostgresAvailability.url();
		String username = PostgresAvailability.username();
		String password = PostgresAvailability.password();
		if (PostgresAvailability.source() == PostgresAvailability.Source.DOCKER) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			url = container.getJdbcUrl();
			username = container.getUsername();
			password = container.getPassword();
		}
		// A schema of their own: other application contexts the test run keeps open on
		// the
		// same database run background jobs too, and must not take this test's import.
		url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
		Flyway.configure().dataSource(url, username, password).schemas(SCHEMA).cleanDisabled(false).load().clean();
		instances.add(new Instance("a", url, username, password));
		instances.add(new Instance("b", url, username, password));
		PasswordEncoder encoder = instances.get(0).context.getBean(PasswordEncoder.class);
		AccountRepository accounts = instances.get(0).context.getBean(AccountRepository.class);
		accounts.save(new Account("ranger", encoder.encode(PASSWORD), "Ranger", Role.RANGER));
		accounts.save(new Account("boss", encoder.encode(PASSWORD), "Boss", Role.ADMIN));
	}

	@AfterAll
	void stopInstances() {
		never.countDown();
		instances.forEach(Instance::close);
		if (container != null) {
			container.stop();
		}
	}

	@Test
	@Order(1)
	void aSignInOnOneInstanceCarriesOnOnTheOther() throws Exception {
		Instance a = instances.get(0);
		Instance b = instances.get(1);
		String cookie = signIn(a, "ranger");

		HttpResponse<String> onB = send(b, get(b, "/ranger/sightings").header("Cookie", cookie));
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(onB.body()).getElementById("signed-in-as").text()).contains("ranger");

		HttpResponse<String> withoutCookie = send(b, get(b, "/ranger/sightings"));
		assertThat(withoutCookie.statusCode()).as("the cookie is what signs in").isEqualTo(302);
	}

	@Test
	@Order(2)
	void aPhotoUploadedToOneInstanceIsServedByTheOther() throws Exception {
		Instance a = instances.get(0);
		Instance b = instances.get(1);
		long leopard = a.context.getBean(LeopardRepository.class)
			.save(new Leopard("LEO-C01", "Cluster", Sex.FEMALE, 2015, null, null))
			.getId();
		String cookie = signIn(a, "boss");
		String token = csrf(a, "/admin/leopards/" + leopard + "/edit", cookie);
		byte[] jpeg = jpeg();

		Multipart form = new Multipart().field("_csrf", token).field("flank", "LEFT").file("photo", "left.jpg", jpeg);
		HttpResponse<String> upload = send(a,
				HttpRequest.newBuilder(a.uri("/admin/leopards/" + leopard + "/photos"))
					.header("Cookie", cookie)
					.header("Content-Type", form.contentType())
					.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
		assertThat(upload.statusCode()).isEqualTo(302);

		HttpResponse<byte[]> onB = http.send(get(b, "/leopards/" + leopard + "/photos/LEFT.jpg").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(onB.body()).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(b.dataDir.resolve("photos")).as("not from b's own disk").doesNotExist();
	}

	@Test
	@Order(3)
	void aSightingVerifiedOnOneInstanceShowsOnTheOthersPublicView() throws Exception {
		Instance a = instances.get(0);
		Instance b = instances.get(1);
		long publicBefore = publicSightings(b);
		String observedAt = Instant.now().minus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> created = send(a, post(a, "/api/v1/sightings", "ranger", """
				{"observedAt": "%s", "latitude": 43.1, "longitude": 131.2, "evidence": "TRACKS"}"""
			.formatted(observedAt)));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();
		assertThat(send(b, get(b, "/api/v1/sightings/" + id)).statusCode()).as("pending: not public").isEqualTo(404);

		HttpResponse<String> verified = send(a,
				post(a, "/api/v1/sightings/" + id + "/review", "boss", "{\"decision\": \"VERIFY\"}"));
		assertThat(verified.statusCode()).isEqualTo(200);

		awaitUpTo(Duration.ofSeconds(60), () -> publicSightings(b) == publicBefore + 1);
		assertThat(send(b, get(b, "/api/v1/sightings/" + id)).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void anImportWhoseInstanceStopsIsFinishedByTheOtherWithNoRowLostOrDoubled() throws Exception {
		Instance a = instances.get(0);
		String cookie = signIn(a, "boss");
		String token = csrf(a, "/admin/import", cookie);
		Multipart form = new Multipart().field("_csrf", token).file("file", "season.csv", cameraTrapFile());
		HttpResponse<String> upload = send(a,
				HttpRequest.newBuilder(a.uri("/admin/import"))
					.header("Cookie", cookie)
					.header("Content-Type", form.contentType())
					.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
		assertThat(upload.statusCode()).isEqualTo(302);
		String job = upload.headers().firstValue("Location").orElseThrow().replaceAll(".*job=", "");

		assertThat(firstBatchCommitted.await(60, TimeUnit.SECONDS)).as("a batch committed").isTrue();
		Instance holder = instance(importHolder.get());
		Instance other = instances.stream().filter(i -> i != holder).findFirst().orElseThrow();
		JsonNode midway = progress(other, job, cookie);
		assertThat(midway.get("state").asString()).as("progress seen from the other instance").isEqualTo("RUNNING");
		assertThat(midway.get("added").asLong()).isPositive().isLessThan(IMPORTED_ROWS);

		holder.close();

		awaitUpTo(Duration.ofSeconds(45), () -> progress(other, job, cookie).get("over").asBoolean());
		JsonNode done = progress(other, job, cookie);
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("rows").asLong()).isEqualTo(IMPORTED_ROWS);
		assertThat(done.get("added").asLong()).isEqualTo(IMPORTED_ROWS);
		assertThat(done.get("alreadyImported").asLong()).isZero();
		JdbcTemplate jdbc = other.context.getBean(JdbcTemplate.class);
		List<Long> stored = jdbc.queryForObject(
				"SELECT COUNT(*), COUNT(DISTINCT source_observation_id) FROM sightings WHERE source_observation_id LIKE 'cl-%'",
				(rs, row) -> List.of(rs.getLong(1), rs.getLong(2)));
		assertThat(stored).as("rows, distinct observations")
			.containsExactly((long) IMPORTED_ROWS, (long) IMPORTED_ROWS);
		assertThat(jdbc.queryForObject("SELECT attempts FROM background_jobs WHERE id = ?", Integer.class, job))
			.as("taken over once")
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM blob_parts WHERE blob_id = ?", Long.class, "job/" + job))
			.as("the uploaded file is removed once imported")
			.isZero();
	}

	private long publicSightings(Instance instance) throws Exception {
		HttpResponse<String> page = send(instance, get(instance, "/api/v1/sightings?size=1"));
		return json.readTree(page.body()).get("total").asLong();
	}

	private JsonNode progress(Instance instance, String job, String cookie) throws Exception {
		HttpResponse<String> status = send(instance,
				get(instance, "/admin/import/jobs/" + job).header("Cookie", cookie));
		assertThat(status.statusCode()).isEqualTo(200);
		return json.readTree(status.body());
	}

	private String signIn(Instance instance, String username) throws Exception {
		HttpResponse<String> form = send(instance, get(instance, "/login"));
		String anonymous = cookie(form);
		String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
		HttpResponse<String> signedIn = send(instance,
				HttpRequest.newBuilder(instance.uri("/login"))
					.header("Cookie", anonymous)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("username=" + username + "&password=" + PASSWORD + "&_csrf=" + token)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return cookie(signedIn);
	}

	private String csrf(Instance instance, String page, String cookie) throws Exception {
		HttpResponse<String> response = send(instance, get(instance, page).header("Cookie", cookie));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("input[name=_csrf]").attr("value");
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private HttpResponse<String> send(Instance instance, HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder get(Instance instance, String path) {
		return HttpRequest.newBuilder(instance.uri(path))
			.header("Accept-Language", "en")
			.header("Accept", "text/html,application/json")
			.GET();
	}

	private static HttpRequest.Builder post(Instance instance, String path, String user, String body) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(instance.uri(path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private Instance instance(String name) {
		return instances.stream().filter(i -> i.name.equals(name)).findFirst().orElseThrow();
	}

	private static void awaitUpTo(Duration limit, Check check) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!check.holds()) {
			assertThat(System.nanoTime()).as("condition within %s", limit).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static byte[] cameraTrapFile() {
		StringBuilder csv = new StringBuilder(
				"observationID,deploymentID,timestamp,latitude,longitude,scientificName,count\n");
		for (int i = 0; i < IMPORTED_ROWS; i++) {
			csv.append("cl-")
				.append(i)
				.append(",trap-7,2025-01-")
				.append(String.format("%02d", 1 + i % 28))
				.append("T03:04:05Z,43.1,131.2,Panthera pardus orientalis,1\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] jpeg() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	@FunctionalInterface
	interface Check {

		boolean holds() throws Exception;

	}

	/** One instance: its own context, port and data folder; only the database shared. */
	private final class Instance {

		private final String name;

		private final Path dataDir;

		private final ConfigurableApplicationContext context;

		private final int port;

		private boolean closed;

		Instance(String name, String url, String username, String password) {
			this.name = name;
			this.dataDir = Path.of(System.getProperty("java.io.tmpdir"),
					"rosette-cluster-" + name + "-" + UUID.randomUUID());
			this.context = new SpringApplicationBuilder(RosetteApplication.class)
				.initializers(context -> context.addApplicationListener(this::holdTheImport))
				.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
						"--spring.datasource.password=" + password, "--rosette.data-dir=" + dataDir,
						"--rosette.demo=false", "--rosette.admin-password=" + PASSWORD,
						"--rosette.photos.store=database", "--rosette.jobs.lease=2s",
						"--rosette.jobs.poll-interval=200ms", "--rosette.cache.time-to-live=2s",
						"--spring.flyway.schemas=" + SCHEMA, "--spring.main.banner-mode=off",
						"--logging.level.root=WARN");
			this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
		}

		private void holdTheImport(org.springframework.context.ApplicationEvent event) {
			if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof JobCheckpointed
					&& (importHolder.compareAndSet(null, name) || name.equals(importHolder.get()))) {
				firstBatchCommitted.countDown();
				try {
					never.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Instance " + name + " is shutting down", ex);
				}
			}
		}

		URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		void close() {
			if (!closed) {
				closed = true;
				context.close();
			}
		}

	}

	/** A multipart/form-data body. */
	private static final class Multipart {

		private final String boundary = "----rosette" + UUID.randomUUID();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		Multipart file(String name, String fileName, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + boundary;
		}

		byte[] body() {
			write("--" + boundary + "--\r\n");
			return body.toByteArray();
		}

		private void write(String text) {
			body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
