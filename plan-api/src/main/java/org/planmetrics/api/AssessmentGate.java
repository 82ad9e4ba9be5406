package org.planmetrics.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.planmetrics.model.LocalizedText;

/**
 * Lets at most a fixed number of assessments compute at once (by default one per processor);
 * the other requests wait their turn, up to a bound, and then get a 503 problem.
 *
 * <p>Why: the work is pure CPU (the body is already read, the answer is written to bytes), so
 * more of it at once than there are processors only adds switching. Worse, on a 2-core machine
 * under 16 connections the request threads starved the JIT compiler: its queue held 120–210
 * methods throughout the first minute, and computed scorecards took over 2 minutes to reach full
 * speed. Through the gate they reach it in about 75 s, and 17% higher after 150 s
 * (docs/performance.md). It also bounds how many scorecards are being built in memory at once,
 * which matters at {@code -Xmx128m}; the bodies of waiting requests are already read and held.
 *
 * <p>The semaphore is fair: places go to requests in the order they started waiting, so under
 * overload the oldest are served first rather than timing out behind newer ones.
 */
final class AssessmentGate {

  private final int size;
  private final Duration wait;
  private final Semaphore permits;

  /** A gate for {@code size} assessments at once; a request waits at most {@code wait}. */
  AssessmentGate(int size, Duration wait) {
    if (size < 1) {
      throw new IllegalArgumentException("'size' must be at least 1 but was " + size);
    }
    this.size = size;
    this.wait = wait;
    this.permits = new Semaphore(size, true);
  }

  /**
   * Runs {@code work} once a place is free, and frees it after, whatever {@code work} throws.
   *
   * @throws ApiProblem 503 {@code service-unavailable} if no place came free within the wait
   */
  <T> T run(Supplier<T> work) {
    try {
      if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        boolean seconds = wait.toMillis() % 1000 == 0;
        throw busy(LocalizedText.of("服务器繁忙:等待" + (seconds ? wait.toSeconds() + "秒"
            : wait.toMillis() + "毫秒") + "仍无空闲的计算位置(同时最多计算" + size + "个),请稍后再试",
            "the server is busy: no place to compute came free in "
            + (seconds ? wait.toSeconds() + " s" : wait.toMillis() + " ms")
            + " (it computes " + size + " at once); try again later"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(LocalizedText.of("等待计算位置时被中断,请稍后再试",
          "interrupted while waiting to compute; try again later"));
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  private static ApiProblem busy(LocalizedText detail) {
    return new ApiProblem(503, "service-unavailable", "Service unavailable", detail, List.of());
  }
}
