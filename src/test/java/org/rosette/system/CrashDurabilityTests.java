package org.rosette.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost: the application runs in its own JVM on the embedded
 * default (an H2 file, with the production settings of {@code application.properties}),
 * takes sightings through the API and a campaign, an edit and a gift through the admin
 * forms, and is killed with SIGKILL straight after the last answer. Restarted on the same
 * files, it still holds every write it acknowledged.
 */
class CrashDurabilityTests {

	private static final String ADMIN_PASSWORD = "durable-admin-password";

	private static final int SIGHTINGS = 30;

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
		int port = freePort();
		String run = Long.toString(System.nanoTime() % 1_000_000);
		List<String> notes = new ArrayList<>();
		long campaignId;

		Process app = start(port);
		try {
			awaitUp(app, port);
			for (int i = 0; i < SIGHTINGS; i++) {
				String note = "durable " + run + " #" + i;
				HttpResponse<String> created = send(port, "POST", "/api/v1/sightings", "application/json", """
						{"observedAt":"%s","latitude":43.1,"longitude":131.3,"evidence":"TRACKS","notes":"%s"}
						""".formatted(Instant.now().minus(Duration.ofHours(1 + i)), note));
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				notes.add(note);
			}
			HttpResponse<String> campaign = send(port, "POST", "/admin/campaigns/new", FORM,
					form("title", "Camera traps " + run, "summary", "Traps for the southern valleys", "body", "",
							"goalAmount", "5000.00", "currency", "USD", "startsOn", "2026-01-01", "donateUrl", ""));
			assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(302);
			campaignId = campaignId(send(port, "GET", "/admin/campaigns", null, null).body(), "Camera traps " + run);
			HttpResponse<String> edit = send(port, "POST", "/admin/campaigns/" + campaignId + "/edit", FORM,
					form("title", "Camera traps " + run + " (edited)", "summary", "Traps for the southern valleys",
							"body", "", "goalAmount", "7500.00", "currency", "USD", "startsOn", "2026-01-01",
							"donateUrl", "", "version", "0"));
			assertThat(edit.statusCode()).as(edit.body()).isEqualTo(302);
			HttpResponse<String> gift = send(port, "POST", "/admin/campaigns/" + campaignId + "/donations", FORM,
					form("amount", "123.45", "donatedOn", "2026-02-01", "donorName", "Durable Donor " + run, "channel",
							"BANK_TRANSFER", "note", ""));
			assertThat(gift.statusCode()).as(gift.body()).isEqualTo(302);
		}
		finally {
			// SIGKILL: no shutdown hook runs, nothing is flushed on the way out.
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		Process again = start(port);
		try {
			awaitUp(again, port);
			String mine = send(port, "GET", "/api/v1/sightings?size=100", null, null).body();
			for (String note : notes) {
				assertThat(mine).as("sighting acknowledged before the kill").contains("\"" + note + "\"");
			}
			String edited = send(port, "GET", "/admin/campaigns/" + campaignId + "/edit", null, null).body();
			assertThat(edited).contains("Camera traps " + run + " (edited)").contains("7500.00");
			assertThat(send(port, "GET", "/admin/campaigns/" + campaignId + "/donations", null, null).body())
				.contains("Durable Donor " + run);
		}
		finally {
			again.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static final String FORM = "application/x-www-form-urlencoded";

	private Process start(int port) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// Only the main application.properties: the test settings (in-memory H2) must not
		// apply, the embedded default's own URL must.
		return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), "org.rosette.RosetteApplication",
				"--spring.config.location=classpath:/application.properties", "--server.port=" + port,
				"--rosette.data-dir=" + dataDir, "--rosette.demo=false", "--rosette.admin-password=" + ADMIN_PASSWORD,
				"--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("app-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private void awaitUp(Process app, int port) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			assertThat(app.isAlive()).as("the application exited; see " + logs()).isTrue();
			try {
				if (send(port, "GET", "/actuator/health", null, null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			app.waitFor(250, TimeUnit.MILLISECONDS);
		}
		throw new AssertionError("The application did not start within 3 minutes; see " + logs());
	}

	private String logs() throws IOException {
		try (var files = Files.list(dataDir)) {
			return files.filter(p -> p.toString().endsWith(".log")).map(Path::toString).toList().toString();
		}
	}

	private HttpResponse<String> send(int port, String method, String path, String type, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en");
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append(i == 0 ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	private static long campaignId(String page, String title) {
		int at = page.indexOf(title);
		assertThat(at).as("the campaign is listed").isNotNegative();
		Matcher edit = Pattern.compile("/admin/campaigns/(\\d+)/edit").matcher(page);
		long found = -1;
		int distance = Integer.MAX_VALUE;
		while (edit.find()) {
			if (Math.abs(edit.start() - at) < distance) {
				distance = Math.abs(edit.start() - at);
				found = Long.parseLong(edit.group(1));
			}
		}
		assertThat(found).isPositive();
		return found;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
