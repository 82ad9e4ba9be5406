package org.planmetrics.api;

import io.javalin.Javalin;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.planmetrics.model.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the REST server: {@code java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar}
 * serves the bundled plan on port 7070. See {@link ServerSettings} for the options.
 *
 * <p>Invalid plan files stop start-up with every error listed (exit code 1); a bad option exits
 * with 2. On SIGTERM or Ctrl-C the server stops accepting connections, finishes the requests in
 * flight (for at most {@code --shutdown-grace}), and exits with 0.
 */
public final class PlanServer {
  private static final Logger LOG = LoggerFactory.getLogger(PlanServer.class);

  /** How long a request waits for the plans while they load at start-up. */
  static final Duration PLANS_WAIT = Duration.ofSeconds(30);

  /** Set by the first stop; guarded by the class's lock, as {@link #stop} is. */
  private static boolean stopping;

  private PlanServer() {}

  /**
   * Serves with the settings of {@code args} and the environment: {@code serve} without the
   * other commands of the jar's tool ({@code org.planmetrics.api.cli.PlanTool}), for a process
   * started on this class.
   */
  public static void main(String[] args) {
    if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
      System.out.println(ServerSettings.usage());
      return;
    }
    ServerSettings settings;
    try {
      settings = ServerSettings.from(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    serve(settings);
  }

  /**
   * Starts the server as an operator runs it, and returns once it listens: the plans load while
   * the port opens, a stop (SIGTERM, Ctrl-C) finishes the requests in flight and exits with 0,
   * and bad plan files or a port that cannot be opened exit with 1, every error listed. The
   * process lives on in the server's threads.
   */
  public static void serve(ServerSettings settings) {
    warnIfHeapIsSmall(settings, Runtime.getRuntime().maxMemory());
    // From a cold start, loading and validating the plans and starting the web server take about
    // a second each, so they run side by side: the plans on a second thread, the server here.
    // Requests that arrive before the plans have loaded wait for them (waitingFor, at most
    // PLANS_WAIT), so the server never answers from a partial catalog; if loading fails, the
    // process exits with 1 and every error (docs/performance.md, start-up).
    List<Path> planPaths = settings.planPaths();
    long maxPlanFileBytes = settings.maxPlanFileBytes();
    CompletableFuture<PlanCatalog> loading = CompletableFuture.supplyAsync(
        () -> PlanCatalog.load(planPaths, maxPlanFileBytes), task -> {
          Thread loader = new Thread(task, "plan-loader");
          loader.setDaemon(true);
          loader.start();
        });
    Javalin app;
    try {
      app = PlanApi.create(waitingFor(loading, PLANS_WAIT), settings).start(settings.port());
    } catch (RuntimeException e) {
      // For example the port is taken: report bad plan files too, as before the port was opened.
      loadErrors(loading).ifPresent(System.err::println);
      System.err.println("拒绝启动:无法监听端口" + settings.port() + ":" + e.getMessage()
          + " / refusing to start: cannot listen on port " + settings.port() + ": "
          + e.getMessage());
      System.exit(1);
      return;
    }
    // Registered at once, so that a stop during loading still finishes the requests in flight:
    // the signals for an operator's stop, the hook for an exit after bad plan files.
    // The hook first: a signal between the two would make adding the hook throw.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, settings),
        "plan-api-shutdown"));
    stopOnSignal(app, settings, "TERM");
    stopOnSignal(app, settings, "INT");
    Optional<String> errors = loadErrors(loading);
    if (errors.isPresent()) {
      System.err.println(errors.get());
      System.exit(1);
      return;
    }
    logServing(app, loading.join());
  }

  /**
   * On the signal {@code name}, a graceful stop and then exit status 0. Without a handler the JVM
   * would run the shutdown hook and exit with 128 + the signal's number (143 for SIGTERM), which a
   * service manager reads as a failure although every request was finished.
   *
   * <p>{@code sun.misc.Signal} (module jdk.unsupported, there on every JDK since 9) is reached by
   * reflection: named in code, it makes javac warn "internal proprietary API", a warning that no
   * {@code @SuppressWarnings} or {@code -Xlint} option silences, and the build fails on warnings.
   */
  private static void stopOnSignal(Javalin app, ServerSettings settings, String name) {
    try {
      Class<?> signalType = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object signal = signalType.getConstructor(String.class).newInstance(name);
      InvocationHandler onSignal = (proxy, method, args) -> switch (method.getName()) {
        case "handle" -> {
          new Thread(() -> {
            stop(app, settings);
            System.exit(0);
          }, "plan-api-stop").start();
          yield null;
        }
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> "plan-api stop on SIG" + name;
      };
      Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(),
          new Class<?>[] {handlerType}, onSignal);
      signalType.getMethod("handle", signalType, handlerType).invoke(null, signal, handler);
    } catch (InvocationTargetException e) {
      // The signal does not exist here, or the JVM keeps it (-Xrs): the shutdown hook still stops.
      LOG.warn("cannot handle SIG{}: {}", name, e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      LOG.warn("cannot handle SIG{}: this JVM has no sun.misc.Signal ({})", name, e.toString());
    }
  }

  /**
   * Stops accepting connections and waits for requests in flight, at most the grace. Connections
   * that stay silent for the idle timeout meanwhile are closed. Only the operator's process stops
   * this way; an application embedded in tests or
   * another program stops at once unless its owner sets a stop timeout.
   */
  private static synchronized void stop(Javalin app, ServerSettings settings) {
    if (stopping) {
      // The signal's stop ends in System.exit, which runs the shutdown hook: stop once.
      return;
    }
    stopping = true;
    LOG.info("stopping: finishing requests in flight (at most {} s)",
        settings.shutdownGrace().toSeconds());
    try {
      Server jetty = app.jettyServer().server();
      jetty.setStopTimeout(settings.shutdownGrace().toMillis());
      for (Connector connector : jetty.getConnectors()) {
        if (connector instanceof AbstractConnector network) {
          // Jetty would cut every connection to 1 s of silence; on a loaded machine that cut
          // uploads still in progress. An idle keep-alive connection may now hold the stop up
          // for the idle timeout, within the grace.
          network.setShutdownIdleTimeout(settings.idleTimeout().toMillis());
        }
      }
      app.stop();
    } catch (RuntimeException e) {
      LOG.warn("the server did not stop cleanly: {}", e.getMessage());
    }
  }

  /**
   * Warns when the bodies in flight and the response cache may together take more than half the
   * heap: at -Xmx128m, 128 MiB of bodies in flight ran out of memory where 64 MiB did not
   * (docs/reliability.md).
   */
  static boolean warnIfHeapIsSmall(ServerSettings settings, long maxHeapBytes) {
    long wanted = settings.maxInFlightBytes() + settings.responseCacheBytes();
    if (wanted > maxHeapBytes / 2) {
      LOG.warn("--max-in-flight-bytes ({}) and --response-cache-bytes ({}) together exceed half "
          + "the heap ({} bytes); under load the server may run out of memory: raise -Xmx or "
          + "lower them (docs/reliability.md)", settings.maxInFlightBytes(),
          settings.responseCacheBytes(), maxHeapBytes);
      return true;
    }
    return false;
  }

  /**
   * Waits for the plans; what went wrong if they could not be loaded, in words for the operator
   * that name no Java class.
   */
  static Optional<String> loadErrors(CompletableFuture<PlanCatalog> loading) {
    try {
      loading.join();
      return Optional.empty();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof PlanCatalog.PlanLoadException) {
        return Optional.of(cause.getMessage());
      }
      if (cause instanceof OutOfMemoryError) {
        // Outside any one plan file (a file's own is reported with the file's name).
        return Optional.of("拒绝启动:加载方案时服务器内存不足,请调大-Xmx或调小--max-plan-file-bytes / "
            + "refusing to start: the server ran out of memory while loading the plans; raise "
            + "-Xmx or lower --max-plan-file-bytes");
      }
      LOG.debug("loading the plans failed", cause);
      return Optional.of("拒绝启动:加载方案时出现了不应有的错误(程序缺陷),请报告 / refusing to start: "
          + "loading the plans failed in a way it should not (a bug); please report it");
    }
  }

  /**
   * The catalog for the handlers, each call waiting up to {@code wait} for {@code loading} to
   * finish. A request gets a 503 problem rather than a partial answer if the plans cannot be
   * loaded (the process is stopping) or are still loading after that wait, so a stalled plan file
   * cannot hold request threads forever.
   */
  static Supplier<PlanCatalog> waitingFor(CompletableFuture<PlanCatalog> loading,
      Duration wait) {
    return () -> {
      try {
        return loading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | CancellationException e) {
        throw unavailable(LocalizedText.of("方案未能载入,服务器正在停止",
            "the plans could not be loaded and the server is stopping"));
      } catch (TimeoutException e) {
        String waited = wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s"
            : wait.toMillis() + " ms";
        String waitedZh = wait.toMillis() % 1000 == 0 ? wait.toSeconds() + "秒"
            : wait.toMillis() + "毫秒";
        throw unavailable(LocalizedText.of("等待" + waitedZh + "后方案仍在载入,请稍后再试",
            "the plans are still loading after " + waited + "; try again later"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable(LocalizedText.of("等待方案载入时被中断",
            "interrupted while waiting for the plans to load"));
      }
    };
  }

  private static ApiProblem unavailable(LocalizedText detail) {
    return new ApiProblem(503, "service-unavailable", "Service unavailable", detail, List.of());
  }

  /** Creates and starts a server; the caller stops it. */
  public static Javalin start(PlanCatalog catalog, ServerSettings settings) {
    Javalin app = PlanApi.create(catalog, settings).start(settings.port());
    logServing(app, catalog);
    return app;
  }

  private static void logServing(Javalin app, PlanCatalog catalog) {
    LOG.info("serving plans {} on port {}", catalog.plans().stream().map(p -> p.id()).toList(),
        app.port());
  }
}
