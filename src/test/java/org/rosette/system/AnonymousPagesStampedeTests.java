package org.rosette.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;
import org.rosette.support.MovableClock;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When a shared page is missing (a change has just been published, or it expired) and
 * many visitors ask for it at once, it is rendered once and every visitor gets it. When
 * it is only due to be rendered again, one visitor renders it and nobody waits.
 */
class AnonymousPagesStampedeTests {

	private final AtomicInteger renders = new AtomicInteger();

	private final CountDownLatch firstRenderStarted = new CountDownLatch(1);

	private final CountDownLatch finishRendering = new CountDownLatch(1);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T12:00:00Z"));

	private final AnonymousPages pages = new AnonymousPages(new CaffeineCache("pages", Caffeine.newBuilder().build()),
			new AcceptHeaderLocaleResolver(), clock, Duration.ofSeconds(15));

	private volatile String map = "<p>the map</p>";

	@Test
	void visitorsArrivingWhileAPageIsRenderedWaitForItInsteadOfRenderingItAgain() throws Exception {
		List<MockHttpServletResponse> answers = new ArrayList<>();
		List<Thread> visitors = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			MockHttpServletResponse answer = new MockHttpServletResponse();
			answers.add(answer);
			visitors.add(new Thread(() -> visit(answer)));
		}
		visitors.get(0).start();
		assertThat(firstRenderStarted.await(10, TimeUnit.SECONDS)).isTrue();
		visitors.subList(1, visitors.size()).forEach(Thread::start);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> visitors.subList(1, visitors.size())
				.stream()
				.allMatch(visitor -> visitor.getState() == Thread.State.TIMED_WAITING));

		finishRendering.countDown();
		for (Thread visitor : visitors) {
			visitor.join(10_000);
		}

		assertThat(renders).hasValue(1);
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getContentAsString()).isEqualTo("<p>the map</p>");
		});
	}

	@Test
	void aPageDueToBeRenderedAgainIsRenderedByOneVisitorWhileTheOthersGetItAsItWas() throws Exception {
		finishRendering.countDown();
		MockHttpServletResponse first = new MockHttpServletResponse();
		visit(first);
		assertThat(first.getContentAsString()).isEqualTo("<p>the map</p>");

		clock.advance(Duration.ofSeconds(10));
		map = "<p>the map, one more cell</p>";
		MockHttpServletResponse early = new MockHttpServletResponse();
		visit(early);
		assertThat(early.getContentAsString()).as("not due yet").isEqualTo("<p>the map</p>");
		assertThat(renders).hasValue(1);

		clock.advance(Duration.ofSeconds(10));
		CountDownLatch slowRender = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		MockHttpServletResponse renderer = new MockHttpServletResponse();
		Thread refreshing = new Thread(() -> visit(renderer, () -> {
			slowRender.countDown();
			release.await(10, TimeUnit.SECONDS);
		}));
		refreshing.start();
		assertThat(slowRender.await(10, TimeUnit.SECONDS)).isTrue();
		MockHttpServletResponse meanwhile = new MockHttpServletResponse();
		visit(meanwhile);
		assertThat(meanwhile.getContentAsString()).as("answered at once with the kept page")
			.isEqualTo("<p>the map</p>");

		release.countDown();
		refreshing.join(10_000);
		assertThat(renderer.getContentAsString()).isEqualTo("<p>the map, one more cell</p>");
		MockHttpServletResponse after = new MockHttpServletResponse();
		visit(after);
		assertThat(after.getContentAsString()).isEqualTo("<p>the map, one more cell</p>");
		assertThat(renders).hasValue(2);
	}

	private void visit(MockHttpServletResponse answer) {
		visit(answer, () -> finishRendering.await(10, TimeUnit.SECONDS));
	}

	private void visit(MockHttpServletResponse answer, Rendering rendering) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sightings/map");
		try {
			pages.doFilter(request, answer, (req, res) -> {
				renders.incrementAndGet();
				firstRenderStarted.countDown();
				String page = map;
				try {
					rendering.takesItsTime();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				res.setContentType("text/html;charset=UTF-8");
				res.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface Rendering {

		void takesItsTime() throws InterruptedException;

	}

}
