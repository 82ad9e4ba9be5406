package org.planmetrics.api.page;

import io.javalin.Javalin;
import org.planmetrics.api.PlanCatalog;
import org.planmetrics.api.PlanServer;
import org.planmetrics.api.ServerSettings;

/**
 * The real plan-api application with the bundled plan, in this JVM, on a free port: what the
 * browser loads its pages and data from. Started as the other server tests start it ({@link
 * PlanServer#start}), so the page is tested with the routes, headers and limits it is served with.
 *
 * <pre>{@code
 * server = PlanApiServer.start();
 * chromium.open(server.url("/docs"));
 * ...
 * server.close();
 * }</pre>
 */
public final class PlanApiServer implements AutoCloseable {

  private final Javalin app;

  private PlanApiServer(Javalin app) {
    this.app = app;
  }

  /** The bundled plan with the default settings. */
  public static PlanApiServer start() {
    return start(ServerSettings.defaults());
  }

  /** The bundled plan with {@code settings}, except that the port is a free one. */
  public static PlanApiServer start(ServerSettings settings) {
    return new PlanApiServer(PlanServer.start(PlanCatalog.bundled(), settings.withPort(0)));
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** {@code http://localhost:PORT}, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + port();
  }

  /** The URL of {@code path} (which starts with '/') on this server. */
  public String url(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with '/': " + path);
    }
    return baseUrl() + path;
  }

  /** The running application, for tests that need more than its address. */
  public Javalin app() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
  }
}
