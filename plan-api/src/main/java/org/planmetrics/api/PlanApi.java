package org.planmetrics.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's wiring: the Javalin application with its routes, its before-handlers (CORS, path
 * escapes), the request log, Jetty's part of the limits, and the mapping of every failure to an
 * RFC 9457 problem. {@link #create} builds it without starting it, so tests can run it on a
 * random port.
 *
 * <p>The work is done by one class per job: {@link PlanRoutes} (the plans, targets and units),
 * {@link AssessmentRoutes} (scorecards and assessments, with the response cache and the gate),
 * {@link CalculatorRoutes}, {@link ApiDocs} (the OpenAPI document and Swagger UI), {@link
 * ObservationsReader} (a body to checked observations), {@link BodyProblems} (Jackson's failures
 * to problems), {@link ProblemResponses} (answering with a problem) and {@link RequestChecks}.
 */
public final class PlanApi {
  private static final Logger LOG = LoggerFactory.getLogger(PlanApi.class);

  private final ServerSettings settings;
  private final RequestChecks checks;
  private final ApiDocs docs = ApiDocs.load();
  private final PlanRoutes plans;
  private final AssessmentRoutes assessments;
  private final CalculatorRoutes calculators = new CalculatorRoutes();

  private PlanApi(Supplier<PlanCatalog> catalog, ServerSettings settings) {
    ServedPlans served = new ServedPlans(catalog);
    this.settings = settings;
    this.checks = new RequestChecks(settings.corsOrigins());
    this.plans = new PlanRoutes(served);
    this.assessments = new AssessmentRoutes(served, settings);
  }

  /** The application for {@code catalog} under {@code settings}, not yet started. */
  public static Javalin create(PlanCatalog catalog, ServerSettings settings) {
    return create(() -> catalog, settings);
  }

  /**
   * The application for the catalog {@code catalog} will supply, not yet started. Nothing asks
   * for the catalog until a request needs it, so the plans can still be loading while the server
   * starts, provided {@code catalog} waits for them (as PlanServer's does).
   */
  static Javalin create(Supplier<PlanCatalog> catalog, ServerSettings settings) {
    return new PlanApi(catalog, settings).build();
  }

  private Javalin build() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.jetty.modifyServer(this::harden);
      config.http.prefer405over404 = true;
      if (!settings.corsOrigins().isEmpty()) {
        config.routes.before(checks::cors);
      }
      // Before the routes decode path parameters: a '%' that is no escape made them throw.
      config.routes.before(RequestChecks::checkPathEscapes);
      // One line per request. The milliseconds are rounded by arithmetic: String.format took 4%
      // of the CPU time in a profile of serving cached answers.
      config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(),
          ctx.statusCode(), Math.round(ms * 10) / 10.0));
      routes(config);
      failures(config);
    });
  }

  private void routes(JavalinConfig config) {
    get(config, "/health", plans::health);
    get(config, "/openapi.json", docs::openApi);
    get(config, "/docs", docs::page);
    get(config, "/webjars/swagger-ui/{version}/{file}", docs::asset);
    get(config, "/api/v1/plans", plans::plans);
    get(config, "/api/v1/plans/{planId}", plans::plan);
    get(config, "/api/v1/plans/{planId}/targets", plans::targets);
    get(config, "/api/v1/plans/{planId}/targets/{targetId}", plans::target);
    get(config, "/api/v1/plans/{planId}/units", plans::units);
    get(config, "/api/v1/plans/{planId}/units/{unitId}", plans::unit);
    post(config, "/api/v1/plans/{planId}/scorecard", assessments::scorecard);
    post(config, "/api/v1/plans/{planId}/targets/{targetId}/assessment", assessments::assessment);
    get(config, "/api/v1/calculators/implied-base", calculators::impliedBase);
    get(config, "/api/v1/calculators/required-growth", calculators::requiredGrowth);
    get(config, "/api/v1/calculators/time-progress", calculators::timeProgress);
  }

  /**
   * Every failure becomes a problem: an {@link ApiProblem} as it is, Javalin's own refusals by
   * their status (a 405 with the {@code Allow} header), anything else as a logged 500.
   */
  private void failures(JavalinConfig config) {
    config.routes.exception(ApiProblem.class, (e, ctx) -> ProblemResponses.problem(ctx, e));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 405) {
        ctx.header("Allow", String.join(", ", allowedMethods(ctx.path())));
      }
      ProblemResponses.problem(ctx, ProblemResponses.fromHttpStatus(e.getStatus(),
          e.getMessage()));
    });
    config.routes.exception(Exception.class, (e, ctx) -> ProblemResponses.unexpected(ctx, e));
    config.routes.error(404, ctx -> ProblemResponses.ifNoProblemYet(ctx, () ->
        ApiProblem.notFound("no resource at " + ctx.path())));
    config.routes.error(405, ctx -> {
      ctx.header("Allow", String.join(", ", allowedMethods(ctx.path())));
      ProblemResponses.ifNoProblemYet(ctx, () -> new ApiProblem(405, "method-not-allowed",
          "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()
              + "; allowed: " + String.join(", ", allowedMethods(ctx.path())), List.of()));
    });
  }

  /**
   * Jetty's part of the limits: bodies gathered before a thread is used ({@link
   * RequestBodyGate}), problem bodies for what Jetty refuses itself ({@link
   * ProblemErrorHandler}), an idle timeout on every connection, and a count of the requests in
   * flight, so that a graceful stop ({@link PlanServer}) can wait for them.
   */
  private void harden(Server server) {
    server.setErrorHandler(new ProblemErrorHandler());
    server.insertHandler(new RequestBodyGate(settings.maxBodyBytes(), settings.bodyTimeout(),
        settings.maxInFlightBytes()));
    // Outermost, so that a body still being gathered counts as a request in flight.
    server.insertHandler(new GracefulHandler());
    // The connectors are made after this runs, so their idle timeout is set as the server starts.
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          if (connector instanceof AbstractConnector network) {
            network.setIdleTimeout(settings.idleTimeout().toMillis());
          }
        }
      }
    });
  }

  /** The routes as registered, method and path template, for the Allow header of a 405. */
  private final List<String[]> routes = new ArrayList<>();

  private void get(JavalinConfig config, String path, Handler handler) {
    routes.add(new String[] {"GET", path});
    config.routes.get(path, handler);
  }

  private void post(JavalinConfig config, String path, Handler handler) {
    routes.add(new String[] {"POST", path});
    config.routes.post(path, handler);
  }

  /** The methods registered for the template that matches {@code path}. */
  private List<String> allowedMethods(String path) {
    List<String> methods = new ArrayList<>();
    for (String[] route : routes) {
      String regex = route[1].replaceAll("\\{[^/]+\\}", "[^/]+");
      if (path.matches(regex) && !methods.contains(route[0])) {
        methods.add(route[0]);
      }
    }
    return methods;
  }
}
