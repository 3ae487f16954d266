package org.rosette.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When a shared page is missing (a change has just been published, or it expired) and
 * many visitors ask for it at once, it is rendered once and every visitor gets it.
 */
class AnonymousPagesStampedeTests {

	private final AtomicInteger renders = new AtomicInteger();

	private final CountDownLatch firstRenderStarted = new CountDownLatch(1);

	private final CountDownLatch finishRendering = new CountDownLatch(1);

	private final AnonymousPages pages = new AnonymousPages(new CaffeineCache("pages", Caffeine.newBuilder().build()),
			new AcceptHeaderLocaleResolver());

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

	private void visit(MockHttpServletResponse answer) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sightings/map");
		try {
			pages.doFilter(request, answer, (req, res) -> {
				renders.incrementAndGet();
				firstRenderStarted.countDown();
				try {
					finishRendering.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				res.setContentType("text/html;charset=UTF-8");
				res.getOutputStream().write("<p>the map</p>".getBytes(StandardCharsets.UTF_8));
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
