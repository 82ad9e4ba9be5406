package org.planmetrics.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Counts the requests in flight, from the moment Jetty hands one over until its answer is
 * written, so that a graceful stop ({@link PlanServer}) waits for them; and, unlike Jetty's
 * {@code GracefulHandler}, serves a request that reaches it while the server stops.
 *
 * <p>Why not Jetty's: it answers 503 to any request it is handed once the stop has begun. But a
 * request its client sent before the signal may still be waiting for a thread then: under load,
 * 2 of 20 uploads sent before SIGTERM got that 503 (ServerProcessIT). The connectors accept no
 * new connection once the stop begins, and the grace bounds the wait, so serving what arrives on
 * the open connections costs at most the grace.
 */
final class RequestsInFlight extends Handler.Wrapper implements Graceful {

  private final AtomicLong requests = new AtomicLong();
  private final Graceful.Shutdown shutdown = new Graceful.Shutdown(this) {
    @Override
    public boolean isShutdownDone() {
      return requests.get() == 0;
    }
  };

  /** The requests handed over and not yet answered, for tests and the operator. */
  long count() {
    return requests.get();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    requests.incrementAndGet();
    // Once per request, whether the answer is written, fails, or the handler throws instead.
    AtomicBoolean counted = new AtomicBoolean();
    Runnable finished = () -> {
      if (counted.compareAndSet(false, true)) {
        requests.decrementAndGet();
        shutdown.check();
      }
    };
    try {
      boolean handled = super.handle(request, response, Callback.from(callback, finished));
      if (!handled) {
        finished.run();
      }
      return handled;
    } catch (Throwable failure) {
      finished.run();
      throw failure;
    }
  }

  @Override
  public CompletableFuture<Void> shutdown() {
    return shutdown.shutdown();
  }

  @Override
  public boolean isShutdown() {
    return shutdown.isShutdown();
  }

  @Override
  protected void doStart() throws Exception {
    // A server started again after a stop counts afresh.
    shutdown.cancel();
    super.doStart();
  }
}
