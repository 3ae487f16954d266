package org.rosette.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages and public JSON answers are the same for every anonymous visitor in a
 * language, so each is rendered once per address and language and then answered from
 * memory, with an ETag (304 when the browser holds that answer already).
 * <p>
 * The one rule of what is shared: a GET of a page or of the JSON API (not a download, an
 * export or a file) by someone who is not signed in and brings no session (so no CSRF
 * token and no notice meant for one visitor), answered 200 in HTML or JSON without
 * setting a cookie or starting a session. A page is forgotten after any write by a
 * signed-in user and after every {@link PublicContentChanged}, both once committed: an
 * admin's change is public at once. Otherwise it is rendered again once it is older than
 * {@code refreshAfter}: by the first visitor who finds it so, while everyone else is
 * still answered with the page as it was, so that nobody waits for the counts behind it
 * (the cache drops a page nobody asked for again when it expires).
 */
class AnonymousPages extends OncePerRequestFilter {

	static final String CACHE = "anonymous-pages";

	private static final Duration RENDER_WAIT = Duration.ofSeconds(5);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Cache pages;

	private final LocaleResolver locales;

	private final Clock clock;

	private final Duration refreshAfter;

	/**
	 * Moves on at every eviction: a page whose rendering spans one may hold what was
	 * there before, and is not kept.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** The pages being rendered now, each by the first visitor who asked for it. */
	private final ConcurrentMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

	AnonymousPages(Cache pages, LocaleResolver locales, Clock clock, Duration refreshAfter) {
		this.pages = pages;
		this.locales = locales;
		this.clock = clock;
		this.refreshAfter = refreshAfter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!shared(request)) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (!READS.contains(request.getMethod()) && signedIn()) {
					evict();
				}
			}
			return;
		}
		String key = key(request);
		RenderedPage kept = pages.get(key, RenderedPage.class);
		if (kept == null) {
			kept = renderedMeanwhile(key);
		}
		if (kept != null && !due(kept)) {
			send(kept, request, response);
			return;
		}
		CountDownLatch mine = new CountDownLatch(1);
		boolean first = rendering.putIfAbsent(key, mine) == null;
		if (kept != null && !first) {
			// Someone is rendering it again already: the page as it was will do
			// meanwhile.
			send(kept, request, response);
			return;
		}
		try {
			render(key, request, response, chain);
		}
		finally {
			if (first) {
				rendering.remove(key, mine);
				mine.countDown();
			}
		}
	}

	/**
	 * When many visitors ask for a page nobody holds (after a change, or when it
	 * expires), one renders it and the others wait for that page instead of rendering it
	 * again.
	 */
	private @Nullable RenderedPage renderedMeanwhile(String key) {
		CountDownLatch other = rendering.get(key);
		if (other == null) {
			return null;
		}
		try {
			if (!other.await(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return null;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		return pages.get(key, RenderedPage.class);
	}

	private boolean due(RenderedPage page) {
		return !page.renderedAt().plus(refreshAfter).isAfter(clock.instant());
	}

	private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long generationSeen = generation.get();
		Instant renderedAt = clock.instant();
		Capture capture = new Capture(response);
		chain.doFilter(request, capture);
		RenderedPage rendered = capture.sharedPage(request, renderedAt);
		if (rendered == null) {
			capture.copyBodyToResponse();
			return;
		}
		if (generation.get() == generationSeen) {
			pages.put(key, rendered);
		}
		send(rendered, request, response);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void evict(PublicContentChanged change) {
		evict();
	}

	private void evict() {
		generation.incrementAndGet();
		pages.invalidate();
	}

	private boolean shared(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null || signedIn()) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String lastSegment = path.substring(path.lastIndexOf('/') + 1);
		return !path.startsWith("/export/") && !path.startsWith("/actuator/") && !lastSegment.contains(".");
	}

	private boolean signedIn() {
		return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Language, address and parameters in name order: the same question asked with its
	 * parameters in another order is the same answer.
	 */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(locales.resolveLocale(request).toLanguageTag()).append(' ')
			.append(request.getRequestURL());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			for (String value : parameter.getValue()) {
				key.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return key.toString();
	}

	private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Accept-Encoding, Cookie, Authorization");
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		byte[] body = page.body();
		if (acceptsGzip(request) && page.gzipped().length < body.length) {
			// Tomcat compresses no answer that already names its encoding.
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		for (Enumeration<String> accepted = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); accepted
			.hasMoreElements();) {
			for (String coding : accepted.nextElement().split(",")) {
				String[] nameAndWeight = coding.trim().split(";");
				if (nameAndWeight[0].trim().equalsIgnoreCase("gzip")
						&& !(nameAndWeight.length > 1 && nameAndWeight[1].trim().matches("q=0(\\.0*)?"))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sharedType(String contentType) {
		return contentType.startsWith("text/html") || contentType.startsWith("application/json");
	}

	/**
	 * The page as it is rendered, held back until it is known whether it may be shared.
	 */
	private static final class Capture extends ContentCachingResponseWrapper {

		private boolean setsCookie;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addCookie(Cookie cookie) {
			setsCookie = true;
			super.addCookie(cookie);
		}

		@Nullable RenderedPage sharedPage(HttpServletRequest request, Instant renderedAt) {
			String type = getContentType();
			if (getStatus() != HttpServletResponse.SC_OK || type == null || !sharedType(type) || setsCookie
					|| containsHeader(HttpHeaders.SET_COOKIE) || request.getSession(false) != null) {
				return null;
			}
			byte[] body = getContentAsByteArray();
			return RenderedPage.of(body, type, getHeader(HttpHeaders.CONTENT_LANGUAGE),
					"W/\"" + DigestUtils.md5DigestAsHex(body) + "\"", renderedAt);
		}

	}

}
