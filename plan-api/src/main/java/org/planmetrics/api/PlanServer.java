package org.planmetrics.api;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the REST server: {@code java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar}
 * serves the bundled plan on port 7070. See {@link ServerSettings} for the options.
 *
 * <p>Invalid plan files stop start-up with every error listed (exit code 1); a bad option exits
 * with 2. The server stops gracefully on SIGTERM or Ctrl-C, finishing requests in flight.
 */
public final class PlanServer {
  private static final Logger LOG = LoggerFactory.getLogger(PlanServer.class);

  private PlanServer() {}

  public static void main(String[] args) {
    if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
      System.out.println(ServerSettings.USAGE);
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
    // From a cold start, loading and validating the plans and starting the web server take about
    // a second each, so they run side by side: the plans on a second thread, the server here.
    // Requests that arrive before the plans have loaded wait for them (plansOnceLoaded), so the
    // server never answers from a partial catalog; if loading fails, the process exits with 1
    // and every error (docs/performance.md, start-up).
    List<Path> planPaths = settings.planPaths();
    CompletableFuture<PlanCatalog> loading = CompletableFuture.supplyAsync(
        () -> PlanCatalog.load(planPaths), task -> {
          Thread loader = new Thread(task, "plan-loader");
          loader.setDaemon(true);
          loader.start();
        });
    Javalin app = PlanApi.create(() -> plansOnceLoaded(loading), settings)
        .start(settings.port());
    PlanCatalog catalog;
    try {
      catalog = loading.join();
    } catch (CompletionException e) {
      System.err.println(e.getCause() instanceof PlanCatalog.PlanLoadException
          ? e.getCause().getMessage() : "refusing to start: cannot load the plans: " + e.getCause());
      System.exit(1);
      return;
    }
    logServing(app, catalog);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping");
      app.stop();
    }, "plan-api-shutdown"));
  }

  /**
   * The catalog, waiting for it to finish loading; a request that arrives while the process is
   * giving up on bad plan files gets a 503 problem rather than a partial answer.
   */
  private static PlanCatalog plansOnceLoaded(CompletableFuture<PlanCatalog> loading) {
    try {
      return loading.join();
    } catch (CompletionException | CancellationException e) {
      throw new ApiProblem(503, "service-unavailable", "Service unavailable",
          "the plans could not be loaded and the server is stopping", List.of());
    }
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
