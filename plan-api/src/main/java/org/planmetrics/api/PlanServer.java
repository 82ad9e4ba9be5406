package org.planmetrics.api;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
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
    // From a cold start, loading and validating the plans and building the web application take
    // about a second each, so they run side by side: the plans on a second thread, the
    // application here. The server starts listening only once the plans have loaded, so it never
    // serves a partial catalog (docs/performance.md, start-up).
    List<Path> planPaths = settings.planPaths();
    CompletableFuture<PlanCatalog> loading = CompletableFuture.supplyAsync(
        () -> PlanCatalog.load(planPaths), task -> {
          Thread loader = new Thread(task, "plan-loader");
          loader.setDaemon(true);
          loader.start();
        });
    Javalin unstarted = PlanApi.create(loading::join, settings);
    PlanCatalog catalog;
    try {
      catalog = loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof PlanCatalog.PlanLoadException) {
        System.err.println(e.getCause().getMessage());
        System.exit(1);
        return;
      }
      throw e;
    }
    Javalin app = start(unstarted, catalog, settings);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping");
      app.stop();
    }, "plan-api-shutdown"));
  }

  /** Creates and starts a server; the caller stops it. */
  public static Javalin start(PlanCatalog catalog, ServerSettings settings) {
    return start(PlanApi.create(catalog, settings), catalog, settings);
  }

  private static Javalin start(Javalin unstarted, PlanCatalog catalog, ServerSettings settings) {
    Javalin app = unstarted.start(settings.port());
    LOG.info("serving plans {} on port {}", catalog.plans().stream().map(p -> p.id()).toList(),
        app.port());
    return app;
  }
}
