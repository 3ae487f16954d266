package org.rosette.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy on the same host or network, the proxy's {@code X-Forwarded-Proto}
 * makes a request count as HTTPS: the browser is told to stay on HTTPS and the session
 * cookie is sent only over it. Through the real server, since the proxy headers are read
 * by Tomcat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rosette.demo=true", "rosette.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png" })
class BehindTlsProxyTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void overTheProxysTlsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<Void> page = signInPage("https");
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
		assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void plainHttpGetsNeitherHstsNorASecureCookie() throws Exception {
		HttpResponse<Void> page = signInPage(null);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(page)).doesNotContain("Secure").contains("HttpOnly");
	}

	private HttpResponse<Void> signInPage(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<Void> page = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(page.statusCode()).isEqualTo(200);
		return page;
	}

	private static String sessionCookie(HttpResponse<Void> page) {
		List<String> cookies = page.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie among " + cookies));
	}

}
