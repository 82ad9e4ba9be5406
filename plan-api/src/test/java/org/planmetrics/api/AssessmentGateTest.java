package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate in front of the computing: its bound, its wait, and that it always lets go. */
class AssessmentGateTest {

  @Test
  void neverMoreThanItsSizeRunAtOnceAndEveryTaskRuns() throws Exception {
    AssessmentGate gate = new AssessmentGate(2, Duration.ofSeconds(20));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    // The first two tasks in wait for each other, so two are certainly inside together once.
    CountDownLatch firstTwo = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        int task = i;
        results.add(pool.submit(() -> {
          go.await();
          return gate.run(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
              firstTwo.countDown();
              firstTwo.await(10, TimeUnit.SECONDS);
              Thread.sleep(5);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return task;
          });
        }));
      }
      go.countDown();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
      }
    } finally {
      pool.shutdownNow();
    }
    // 8 threads competed for 2 places: exactly 2 at the busiest moment, never more.
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aRequestThatWaitsTooLongGetsA503AndTheGateStillWorksAfter() throws Exception {
    AssessmentGate gate = new AssessmentGate(1, Duration.ofMillis(100));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = new Thread(() -> gate.run(() -> {
      holding.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    holder.start();
    try {
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> gate.run(() -> "never"))
          .isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status).isEqualTo(503);
            assertThat(p.slug).isEqualTo("service-unavailable");
            assertThat(p.getMessage()).contains("busy", "100 ms", "1 at once");
          });
    } finally {
      release.countDown();
      holder.join(10_000);
    }
    assertThat(gate.run(() -> "after")).isEqualTo("after");
  }

  @Test
  void aFailingTaskGivesItsPlaceBack() {
    AssessmentGate gate = new AssessmentGate(1, Duration.ofMillis(100));
    for (int i = 0; i < 3; i++) {
      // A lost place would make the next call wait and fail with 503 instead of this 422.
      assertThatThrownBy(() -> gate.run(() -> {
        throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
            "refused", List.of());
      })).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status).isEqualTo(422));
    }
    // With one place, a place lost to each failure would make this wait and get a 503.
    assertThat(gate.run(() -> "free")).isEqualTo("free");
  }

  @Test
  void aGateNeedsAtLeastOnePlace() {
    assertThatThrownBy(() -> new AssessmentGate(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'size'")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> ServerSettings.defaults().withMaxConcurrentAssessments(0))
        .hasMessageContaining("maxConcurrentAssessments");
  }
}
