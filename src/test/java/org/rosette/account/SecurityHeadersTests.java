package org.rosette.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rosette.system.MapTiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Every answer tells the browser what it may run and share: scripts from the site only,
 * no framing, referrers cut to the origin across sites, geolocation for the site alone,
 * HSTS once the request came over TLS (directly or through a proxy that says so).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAndTheApiCarryThePolicies() throws Exception {
		for (String path : List.of("/", "/leopards", "/login", "/api/v1/leopards", "/swagger-ui/index.html")) {
			mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("script-src 'self';"), containsString("frame-ancestors 'none'"),
								containsString("img-src 'self' data: https://tile.openstreetmap.org"),
								not(containsString("unsafe-eval")))))
				.andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe"))))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=(self)")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
	}

	@Test
	void overTlsTheBrowserIsToldToStayOnIt() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void tilesFromAnotherServerAreAllowedAsImagesOnly() {
		assertThat(new MapTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "").cspSource())
			.isEqualTo("https://*.tiles.example.org");
		assertThat(new MapTiles("http://10.0.0.5:8081/tiles/{z}/{x}/{y}.png", "").cspSource())
			.isEqualTo("http://10.0.0.5:8081");
		assertThat(new MapTiles("/tiles/{z}/{x}/{y}.png", "").cspSource()).isEqualTo("'self'");
	}

	@Test
	void noTemplateHoldsInlineScriptOrHandlers() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> inline = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
				Document page = Jsoup.parse(read(p));
				Stream<String> scripts = page.select("script:not([src]):not([th:src])")
					.stream()
					.map(s -> p + ": inline <script>");
				Stream<String> handlers = page.getAllElements()
					.stream()
					.flatMap(e -> e.attributes().asList().stream())
					.map(Attribute::getKey)
					.filter(key -> key.startsWith("on") || key.startsWith("th:on"))
					.map(key -> p + ": " + key);
				Stream<String> urls = page.select("[href^=javascript:]").stream().map(e -> p + ": javascript: link");
				return Stream.concat(Stream.concat(scripts, handlers), urls);
			}).toList();
			assertThat(inline).isEmpty();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
