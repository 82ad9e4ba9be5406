package org.planmetrics.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.util.MethodNotAllowedUtil;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.planmetrics.model.LocalizedText;
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
 * WebPage} (the page at {@code /} and its files), {@link
 * ObservationsReader} (a body to checked observations), {@link BodyProblems} (Jackson's failures
 * to problems), {@link ProblemResponses} (answering with a problem), {@link RequestChecks},
 * {@link QueryParameters} (each read once), {@link FixedAnswers} (ETags and 304 for the plans)
 * and {@link BearerToken} (the optional token of POST requests).
 */
public final class PlanApi {
  private static final Logger LOG = LoggerFactory.getLogger(PlanApi.class);

  private final ServerSettings settings;
  private final RequestChecks checks;
  private final ApiDocs docs = ApiDocs.load();
  private final WebPage page =
      new WebPage(BundledProperties.load().getProperty("echarts.version"));
  private final PlanRoutes plans;
  private final AssessmentRoutes assessments;
  private final CalculatorRoutes calculators = new CalculatorRoutes();
  private final DraftRoutes drafts;

  private PlanApi(Supplier<PlanCatalog> catalog, ServerSettings settings) {
    ServedPlans served = new ServedPlans(catalog);
    this.settings = settings;
    this.drafts = new DraftRoutes(settings.maxBodyBytes());
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
      settings.apiToken().map(BearerToken::new)
          .ifPresent(token -> config.routes.before(token::check));
      // One line per request. The milliseconds are rounded by arithmetic: String.format took 4%
      // of the CPU time in a profile of serving cached answers.
      config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(),
          ctx.statusCode(), Math.round(ms * 10) / 10.0));
      routes(config);
      failures(config);
    });
  }

  private void routes(JavalinConfig config) {
    get(config, "/", page::index);
    get(config, "/page/{file}", page::pageFile);
    get(config, "/webjars/echarts/{version}/dist/{file}", page::echartsFile);
    get(config, "/health", plans::health);
    get(config, "/openapi.json", docs::openApi);
    get(config, "/docs", docs::page);
    get(config, "/docs/swagger-init.js", docs::init);
    get(config, "/webjars/swagger-ui/{version}/{file}", docs::asset);
    get(config, "/api/v1/plans", plans::plans);
    get(config, "/api/v1/plans/{planId}", plans::plan);
    get(config, "/api/v1/plans/{planId}/targets", plans::targets);
    get(config, "/api/v1/plans/{planId}/targets/{targetId}", plans::target);
    get(config, "/api/v1/plans/{planId}/readings", plans::readings);
    get(config, "/api/v1/plans/{planId}/units", plans::units);
    get(config, "/api/v1/plans/{planId}/units/{unitId}", plans::unit);
    get(config, "/api/v1/plans/{planId}/observations-template.xlsx",
        plans::observationsTemplate);
    config.routes.post("/api/v1/plans/{planId}/scorecard", assessments::scorecard);
    config.routes.post("/api/v1/plans/{planId}/targets/{targetId}/assessment",
        assessments::assessment);
    config.routes.post("/api/v1/plans/{planId}/teams/ranking", assessments::teamRanking);
    config.routes.post("/api/v1/plans/{planId}/quotas/report", assessments::quotaReport);
    config.routes.post("/api/v1/plans/{planId}/teams/weekly", assessments::weeklyTeamReport);
    config.routes.post("/api/v1/plans/{planId}/teams/quarterly",
        assessments::quarterlyTeamReview);
    config.routes.post("/api/v1/plans/{planId}/bulletin", assessments::bulletin);
    config.routes.post("/api/v1/plans/{planId}/projects/funnel", assessments::projectFunnel);
    config.routes.post("/api/v1/plans/{planId}/projects/breakdown",
        assessments::projectBreakdown);
    config.routes.post("/api/v1/plan-drafts", drafts::draft);
    get(config, "/api/v1/calculators/implied-base", calculators::impliedBase);
    get(config, "/api/v1/calculators/required-growth", calculators::requiredGrowth);
    get(config, "/api/v1/calculators/time-progress", calculators::timeProgress);
  }

  /**
   * Routes GET and HEAD of {@code path} to {@code handler}. Javalin itself answers a HEAD with an
   * empty 200 wherever a GET route exists, even where the GET would be a 404 or a 400; run as a
   * HEAD route, the GET handler sets the same status and headers, and Jetty leaves the body out
   * (RFC 9110 §9.3.2). Being a route of its own, HEAD is also in the {@code Allow} of a 405.
   */
  private static void get(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /**
   * Every failure becomes a problem: an {@link ApiProblem} as it is, Javalin's own refusals by
   * their status (a 405 with the {@code Allow} header), anything else as a logged 500.
   */
  private static void failures(JavalinConfig config) {
    // Javalin's own router answers which methods a path has: the table it decided the 405 by.
    JavalinState state = config.unsafe;
    config.routes.exception(ApiProblem.class, (e, ctx) -> ProblemResponses.problem(ctx, e));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 405) {
        ctx.header("Allow", allowedMethods(state, ctx.path()));
      }
      ProblemResponses.problem(ctx, ProblemResponses.fromHttpStatus(e.getStatus(),
          e.getMessage()));
    });
    config.routes.exception(Exception.class, (e, ctx) -> ProblemResponses.unexpected(ctx, e));
    config.routes.error(404, ctx -> ProblemResponses.ifNoProblemYet(ctx, () ->
        ApiProblem.notFound(LocalizedText.of("此处没有资源:" + ctx.path(),
            "no resource at " + ctx.path()))));
    config.routes.error(405, ctx -> {
      String allowed = allowedMethods(state, ctx.path());
      ctx.header("Allow", allowed);
      ProblemResponses.ifNoProblemYet(ctx, () -> new ApiProblem(405, "method-not-allowed",
          "Method not allowed", LocalizedText.of(ctx.path() + "不支持" + ctx.method()
              + "请求;支持的请求方法:" + allowed, ctx.method() + " is not allowed on " + ctx.path()
              + "; allowed: " + allowed), List.of()));
    });
  }

  /**
   * The methods with a route for {@code path}, for example {@code GET} for {@code
   * /api/v1/plans/gongqingcheng-2022}, as Javalin finds them when it decides that a request is a
   * 405: from the routes it holds, matched its own way (a trailing slash included).
   */
  private static String allowedMethods(JavalinState state, String path) {
    return MethodNotAllowedUtil.INSTANCE.findAvailableHttpHandlerTypes(state.internalRouter, path)
        .stream().map(HandlerType::name).collect(Collectors.joining(", "));
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
    server.insertHandler(new RequestsInFlight());
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
}
