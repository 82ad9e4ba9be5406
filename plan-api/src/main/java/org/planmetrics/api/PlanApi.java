package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application: routes, request limits, language negotiation and RFC 9457 problem
 * responses. {@link #create} builds it without starting it, so tests can run it on a random port.
 */
public final class PlanApi {
  private static final Logger LOG = LoggerFactory.getLogger(PlanApi.class);

  static final String PROBLEM_JSON = ProblemBody.MEDIA_TYPE;

  /**
   * Limits on untrusted JSON, refused by the parser before any value is built: 64 levels of
   * nesting, numbers of at most 100 characters, strings of at most 100,000, member names of at
   * most 1,000. Names are ids and period keys; an error echoes its name in the pointer and the
   * message, so a longer name would only make the answer larger.
   */
  static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(64)
      .maxNumberLength(100)
      .maxStringLength(100_000)
      .maxNameLength(1_000)
      .build();

  /** The largest scale or precision a number may have; 1e999999999 is refused, not computed. */
  static final int MAX_NUMBER_SCALE = 40;
  /** How long a request waits for its turn to compute before it gets a 503 problem. */
  static final Duration ASSESSMENT_WAIT = Duration.ofSeconds(30);
  /** The Retry-After of a 503 problem, in seconds. */
  static final int RETRY_AFTER_SECONDS = 5;
  /** This server's name in Cache-Status headers. */
  static final String CACHE_NAME = "plan-api";

  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  /** The plans; a supplier, so that they can load while the server starts (see PlanServer). */
  private final Supplier<PlanCatalog> catalog;
  private final ServerSettings settings;
  private final ObjectMapper mapper = PlanJson.newMapper(READ_LIMITS);
  /** For scorecards and assessments: writes the {@code <member>Text} siblings as it goes. */
  private final ObjectMapper localizingMapper = Localizer.withTextSiblings(mapper);
  private final byte[] openApi;
  private final byte[] docsPage;
  private final DocsAssets docsAssets;
  private final ResponseCache responseCache;
  private final AssessmentGate gate;

  private PlanApi(Supplier<PlanCatalog> catalog, ServerSettings settings) {
    this.catalog = catalog;
    this.settings = settings;
    this.openApi = resource("/openapi.json");
    Properties properties = new Properties();
    try (InputStream in = PlanApi.class.getResourceAsStream("/plan-api.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String swaggerUiVersion = properties.getProperty("swagger-ui.version");
    this.docsPage = new String(resource("/docs/index.html"), StandardCharsets.UTF_8)
        .replace("SWAGGER_UI_VERSION", swaggerUiVersion)
        .getBytes(StandardCharsets.UTF_8);
    this.docsAssets = new DocsAssets(swaggerUiVersion);
    this.responseCache = new ResponseCache(settings.responseCacheBytes());
    this.gate = new AssessmentGate(settings.maxConcurrentAssessments(), ASSESSMENT_WAIT);
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
        // A small before-handler rather than Javalin's CORS plugin: the plugin answers a foreign
        // origin with status 400 yet still runs the endpoint, an inconsistent response. Here a
        // foreign origin simply gets no CORS headers, and the browser enforces the rest.
        config.routes.before(this::cors);
      }
      // Before the routes decode path parameters: a '%' that is no escape made them throw.
      config.routes.before(PlanApi::checkPathEscapes);
      // One line per request. The milliseconds are rounded by arithmetic: String.format took 4%
      // of the CPU time in a profile of serving cached answers.
      config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(),
          ctx.statusCode(), Math.round(ms * 10) / 10.0));

      get(config, "/health", this::health);
      get(config, "/openapi.json", ctx -> ctx.contentType("application/json")
          .result(openApi));
      get(config, "/docs", ctx -> ctx.contentType("text/html; charset=utf-8")
          .result(docsPage));
      get(config, "/webjars/swagger-ui/{version}/{file}", docsAssets::serve);
      get(config, "/api/v1/plans", this::plans);
      get(config, "/api/v1/plans/{planId}", this::plan);
      get(config, "/api/v1/plans/{planId}/targets", this::targets);
      get(config, "/api/v1/plans/{planId}/targets/{targetId}", this::target);
      get(config, "/api/v1/plans/{planId}/units", this::units);
      get(config, "/api/v1/plans/{planId}/units/{unitId}", this::unit);
      post(config, "/api/v1/plans/{planId}/scorecard", this::scorecard);
      post(config, "/api/v1/plans/{planId}/targets/{targetId}/assessment", this::assessment);
      get(config, "/api/v1/calculators/implied-base", this::impliedBase);
      get(config, "/api/v1/calculators/required-growth", this::requiredGrowth);
      get(config, "/api/v1/calculators/time-progress", this::timeProgress);

      config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> {
        if (e.getStatus() == 405) {
          ctx.header("Allow", String.join(", ", allowedMethods(ctx.path())));
        }
        problem(ctx, fromHttpStatus(e.getStatus(), e.getMessage()));
      });
      config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
      config.routes.error(404, ctx -> ifNoProblemYet(ctx, () -> ApiProblem.notFound(
          "no resource at " + ctx.path())));
      config.routes.error(405, ctx -> {
        ctx.header("Allow", String.join(", ", allowedMethods(ctx.path())));
        ifNoProblemYet(ctx, () -> new ApiProblem(405, "method-not-allowed",
            "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()
                + "; allowed: " + String.join(", ", allowedMethods(ctx.path())), List.of()));
      });
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

  private void get(io.javalin.config.JavalinConfig config, String path,
      io.javalin.http.Handler handler) {
    routes.add(new String[] {"GET", path});
    config.routes.get(path, handler);
  }

  private void post(io.javalin.config.JavalinConfig config, String path,
      io.javalin.http.Handler handler) {
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

  /**
   * Refuses a path with a {@code %} that is not followed by two hex digits, such as {@code
   * /api/v1/plans/%u002e}, with a 400 problem.
   */
  static void checkPathEscapes(Context ctx) {
    String path = ctx.req().getRequestURI();
    for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
      if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
          || Character.digit(path.charAt(i + 2), 16) < 0) {
        String escape = path.substring(i, Math.min(path.length(), i + 3));
        String detail = "the path has '" + escape + "', which is not a percent-escape (%XX with "
            + "two hex digits)";
        throw new ApiProblem(400, "invalid-request", "Bad Request", detail,
            List.of(Violation.of("", "bad-path", detail, Optional.of(escape))));
      }
    }
  }

  private void cors(Context ctx) {
    String origin = ctx.header("Origin");
    boolean any = settings.corsOrigins().contains("*");
    if (origin == null || !(any || settings.corsOrigins().contains(origin))) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", any ? "*" : origin);
    if (!any) {
      ctx.header("Vary", "Origin");
    }
    if ("OPTIONS".equals(ctx.method().name())
        && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", "GET, POST");
      ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept-Language");
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }

  // ---- endpoints

  private void health(Context ctx) {
    ObjectNode body = mapper.createObjectNode().put("status", "UP");
    ArrayNode plans = body.putArray("plans");
    catalog.get().plans().forEach(p -> plans.add(p.id()));
    json(ctx, body);
  }

  private void plans(Context ctx) {
    ObjectNode body = mapper.createObjectNode();
    ArrayNode list = body.putArray("plans");
    for (Plan plan : catalog.get().plans()) {
      ObjectNode entry = list.addObject().put("id", plan.id());
      entry.set("title", mapper.valueToTree(plan.title()));
      entry.set("window", mapper.valueToTree(plan.window()));
      entry.put("windowReading", plan.windowSelection().selected());
    }
    localizedJson(ctx, body);
  }

  private void plan(Context ctx) {
    Plan plan = plan(ctx.pathParam("planId"));
    negotiateLanguage(ctx);
    // The plan-file JSON as is: it already holds both languages.
    json(ctx, mapper.valueToTree(plan));
  }

  private void targets(Context ctx) {
    Plan plan = plan(ctx.pathParam("planId"));
    ObjectNode body = mapper.createObjectNode().put("planId", plan.id());
    ArrayNode list = body.putArray("targets");
    plan.targets().forEach(t -> list.add(targetView(plan, t.id())));
    localizedJson(ctx, body);
  }

  private void target(Context ctx) {
    Plan plan = plan(ctx.pathParam("planId"));
    String targetId = ctx.pathParam("targetId");
    if (plan.target(targetId).isEmpty()) {
      throw ApiProblem.notFound("plan '" + plan.id() + "' has no target '" + targetId + "'");
    }
    localizedJson(ctx, targetView(plan, targetId));
  }

  private ObjectNode targetView(Plan plan, String targetId) {
    ObjectNode view = mapper.createObjectNode();
    view.put("goalId", plan.goalOf(targetId).orElseThrow().id());
    view.setAll((ObjectNode) mapper.valueToTree(plan.target(targetId).orElseThrow()));
    return view;
  }

  private void units(Context ctx) {
    Plan plan = plan(ctx.pathParam("planId"));
    ObjectNode body = mapper.createObjectNode().put("planId", plan.id());
    ArrayNode list = body.putArray("units");
    plan.units().forEach(u -> list.add(mapper.valueToTree(u)));
    localizedJson(ctx, body);
  }

  private void unit(Context ctx) {
    Plan plan = plan(ctx.pathParam("planId"));
    String unitId = ctx.pathParam("unitId");
    ObjectNode view = mapper.valueToTree(plan.unit(unitId).orElseThrow(() ->
        ApiProblem.notFound("plan '" + plan.id() + "' has no unit '" + unitId + "'")));
    view.set("responsibilities", mapper.valueToTree(plan.responsibilitiesOf(unitId)));
    localizedJson(ctx, view);
  }

  private void scorecard(Context ctx) {
    Assessor assessor = assessor(ctx.pathParam("planId"));
    answer(ctx, assessor, "", assessor::scorecard);
  }

  private void assessment(Context ctx) {
    Assessor assessor = assessor(ctx.pathParam("planId"));
    String targetId = ctx.pathParam("targetId");
    if (assessor.plan().target(targetId).isEmpty()) {
      throw ApiProblem.notFound("plan '" + assessor.plan().id() + "' has no target '" + targetId
          + "'");
    }
    answer(ctx, assessor, targetId,
        observations -> assessor.assess(targetId, observations).orElseThrow());
  }

  /**
   * Answers an assessment request: from the response cache when the same plan, target, language
   * and body were answered before, else, once the gate lets it compute, by checking the body,
   * running {@code assessment} and writing its result with localized siblings. The Cache-Status
   * header (RFC 9211) says which.
   */
  private void answer(Context ctx, Assessor assessor, String targetId,
      java.util.function.Function<Observations, Object> assessment) {
    byte[] body = jsonBody(ctx);
    Language language = Localizer.language(ctx);
    ResponseCache.Key key = responseCache.enabled()
        ? ResponseCache.key(assessor.plan().id(), targetId, language, body) : null;
    Optional<byte[]> cached = key == null ? Optional.empty() : responseCache.get(key);
    byte[] answer;
    String cacheStatus = null;
    if (cached.isPresent()) {
      answer = cached.get();
      cacheStatus = "hit";
    } else {
      ObjectWriter writer = localizingMapper.writer().withAttribute(Language.class, language);
      answer = gate.run(() ->
          bytes(writer, assessment.apply(observations(body, assessor.plan()))));
      if (key != null) {
        cacheStatus = responseCache.put(key, answer) ? "fwd=miss; stored" : "fwd=miss";
      }
    }
    announce(ctx, language);
    if (cacheStatus != null) {
      ctx.header("Cache-Status", CACHE_NAME + "; " + cacheStatus);
    }
    ctx.contentType("application/json").result(answer);
  }

  private void impliedBase(Context ctx) {
    BigDecimal total = decimal(ctx, "total");
    BigDecimal rate = decimal(ctx, "rate");
    int years = integer(ctx, "years", 1, 100);
    BigDecimal base = calculate(() -> Compounding.impliedBaseValue(total, rate, years),
        Map.of("total", "total", "rate", "rate", "years", "years"));
    json(ctx, mapper.createObjectNode().put("total", total).put("rate", rate).put("years", years)
        .put("impliedBase", base));
  }

  private void requiredGrowth(Context ctx) {
    BigDecimal base = decimal(ctx, "base");
    BigDecimal total = decimal(ctx, "total");
    int years = integer(ctx, "years", 1, 100);
    BigDecimal rate = calculate(() -> Compounding.requiredGrowthRate(base, total, years),
        Map.of("base", "base", "total", "total", "years", "years"));
    json(ctx, mapper.createObjectNode().put("base", base).put("total", total).put("years", years)
        .put("requiredGrowthRate", rate));
  }

  private void timeProgress(Context ctx) {
    BigDecimal actual = decimal(ctx, "actual");
    BigDecimal target = decimal(ctx, "target");
    int monthsTotal = integer(ctx, "monthsTotal", 1, 1200);
    int monthsElapsed = integer(ctx, "monthsElapsed", 0, monthsTotal);
    BigDecimal completion = calculate(() -> Pacing.completionRate(actual, target),
        Map.of("actual", "actual", "target", "target"));
    BigDecimal progress = Pacing.timeProgress(monthsElapsed, monthsTotal);
    json(ctx, mapper.createObjectNode().put("actual", actual).put("target", target)
        .put("monthsElapsed", monthsElapsed).put("monthsTotal", monthsTotal)
        .put("completion", completion).put("timeProgress", progress)
        .put("gapPercentagePoints", Pacing.gapInPercentagePoints(completion, progress)));
  }

  // ---- request reading

  private Plan plan(String planId) {
    return assessor(planId).plan();
  }

  private Assessor assessor(String planId) {
    return catalog.get().assessor(planId).orElseThrow(() ->
        ApiProblem.notFound("no plan '" + planId + "' is served"));
  }

  /**
   * The bytes of a JSON body, or a problem: 415 without a JSON content type, 413 over the size
   * limit.
   */
  private byte[] jsonBody(Context ctx) {
    String contentType = ctx.contentType();
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    if (!mediaType.equalsIgnoreCase("application/json")) {
      String detail = "the body must be application/json but the Content-Type was "
          + (contentType == null ? "missing" : "'" + contentType + "'");
      throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", detail,
          List.of(Violation.of("", "unsupported-media-type", detail,
              Optional.ofNullable(contentType))));
    }
    long declared = ctx.contentLength();
    if (declared > settings.maxBodyBytes()) {
      throw ApiProblem.payloadTooLarge(declared, settings.maxBodyBytes());
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > settings.maxBodyBytes()) {
      throw ApiProblem.payloadTooLarge(body.length, settings.maxBodyBytes());
    }
    return body;
  }

  /**
   * {@code body} as observations for {@code plan}, or a problem: 413 over the item limits, 400
   * for malformed JSON, wrong types, unknown fields and numbers out of range, 422 for
   * observations that do not fit the plan.
   */
  private Observations observations(byte[] body, Plan plan) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (StreamConstraintsException e) {
      throw invalidBody(pointerOfFailure(body), "limit-exceeded", limitMessage(e), null);
    } catch (NumberFormatException e) {
      // Jackson throws this, unwrapped, for an exponent beyond an int, e.g. 1e2147483648.
      throw numberOutOfRange(pointerOfFailure(body));
    } catch (JsonProcessingException e) {
      throw new ApiProblem(400, "malformed-json", "Malformed JSON", "the body is not valid JSON"
          + location(e) + ": " + e.getOriginalMessage(),
          List.of(Violation.of(parserPointer(e), "malformed-json", e.getOriginalMessage(),
              Optional.empty())));
    } catch (IOException e) {
      throw new ApiProblem(400, "malformed-json", "Malformed JSON", "the body cannot be read: "
          + e.getMessage(), List.of(Violation.of("", "malformed-json", String.valueOf(
              e.getMessage()), Optional.empty())));
    }
    if (tree == null || !tree.isObject()) {
      throw invalidBody("", "wrong-type", "the body must be a JSON object (observations)", null);
    }
    List<Violation> numbers = new ArrayList<>();
    checkNumbers(tree, "", numbers);
    if (!numbers.isEmpty()) {
      throw new ApiProblem(400, "invalid-body", "Invalid request body",
          numbers.size() + " value(s) out of range or null", numbers);
    }
    checkCount(tree, "projects", settings.maxProjects());
    checkCount(tree, "events", settings.maxEvents());
    Observations observations;
    try {
      observations = mapper.treeToValue(tree, Observations.class);
    } catch (JsonProcessingException e) {
      throw bindingProblem(e);
    } catch (IllegalArgumentException e) {
      throw invalidBody("", "invalid-value", e.getMessage(), null);
    }
    List<Violation> violations = ObservationChecks.violations(observations, plan);
    if (!violations.isEmpty()) {
      throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
          violations.size() + " problem(s) with the observations for plan '" + plan.id() + "'",
          violations);
    }
    return observations;
  }

  private static void checkCount(JsonNode tree, String field, int max) {
    JsonNode items = tree.get(field);
    if (items != null && items.isArray() && items.size() > max) {
      throw new ApiProblem(413, "too-many-items", "Too many items", "'" + field + "' has "
          + items.size() + " items but at most " + max + " are accepted in one request",
          List.of(Violation.of("/" + field, "too-many-items", "'" + field + "' must have at most "
              + max + " items but had " + items.size(), Optional.of(String.valueOf(items.size())))));
    }
  }

  /** Refuses numbers whose scale or precision would make arithmetic on them explode. */
  private static void checkNumbers(JsonNode node, String pointer, List<Violation> out) {
    if (node.isNull()) {
      // Observations have no nullable fields: an optional one is left out instead.
      out.add(Violation.of(pointer, "null-value", "'" + (pointer.isEmpty() ? "body"
          : pointer.substring(pointer.lastIndexOf('/') + 1)) + "' must not be null; leave an "
          + "optional field out instead", Optional.empty()));
    } else if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      if (Math.abs(value.scale()) > MAX_NUMBER_SCALE || value.precision() > MAX_NUMBER_SCALE) {
        String text = node.asText();
        out.add(Violation.of(pointer, "number-out-of-range", "a number must have at most "
            + MAX_NUMBER_SCALE + " digits and an exponent within ±" + MAX_NUMBER_SCALE
            + " but was " + (text.length() > 60 ? text.substring(0, 60) + "…" : text),
            Optional.of(text.length() > 60 ? text.substring(0, 60) + "…" : text)));
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checkNumbers(field.getValue(), pointer + "/" + PlanJson.pointerSegment(field.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static ApiProblem bindingProblem(JsonProcessingException e) {
    String pointer = mappingPointer(e);
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      Matcher missing = MISSING_ATTRIBUTES.matcher(cause.getMessage());
      if (missing.find()) {
        List<Violation> errors = new ArrayList<>();
        for (String name : missing.group(1).split(",\\s*")) {
          errors.add(Violation.of(pointer + "/" + name, "missing-field", "'" + name
              + "' is required but missing", Optional.empty()));
        }
        return new ApiProblem(400, "invalid-body", "Invalid request body", errors.size()
            + " required field(s) missing", errors);
      }
    }
    String field = pointer.isEmpty() ? "body" : pointer.substring(pointer.lastIndexOf('/') + 1);
    String rule = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
        ? "unknown-field"
        : e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException
            ? "invalid-value" : "wrong-type";
    Object value = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException
        ? ((com.fasterxml.jackson.databind.exc.InvalidFormatException) e).getValue() : null;
    String message;
    String refused = rule.equals("invalid-value") ? refusedValueRule(
        ((com.fasterxml.jackson.databind.exc.InvalidFormatException) e).getTargetType()) : null;
    if (rule.equals("unknown-field")) {
      message = "'" + field + "' is not a field of observations";
    } else if (refused != null) {
      // Say what the field must hold and what it had, not which Java type was being built.
      message = "'" + field + "' must be " + refused + " but was " + shown(value);
    } else if (rule.equals("wrong-type")
        && e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
        && ((com.fasterxml.jackson.databind.exc.MismatchedInputException) e).getTargetType()
            != null) {
      // Name the JSON type expected, not the Java class Jackson was building.
      message = "'" + field + "' must be " + jsonTypeOf(
          ((com.fasterxml.jackson.databind.exc.MismatchedInputException) e).getTargetType());
    } else {
      message = "'" + field + "' " + firstLine(e.getOriginalMessage());
    }
    return invalidBody(pointer, rule, message, value == null ? null : String.valueOf(value));
  }

  /**
   * What a field of {@code type} must hold when a value of it was refused (a fraction for a
   * rank, a date-time for a date), or null where Jackson's own words are kept.
   */
  private static String refusedValueRule(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number, written without a decimal point or exponent,";
    }
    if (type == java.time.LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    return null;
  }

  /** A refused value as a message shows it: text quoted, at most 60 characters. */
  private static String shown(Object value) {
    String text = String.valueOf(value);
    String shortened = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return value instanceof String ? "'" + shortened + "'" : shortened;
  }

  private static String jsonTypeOf(Class<?> type) {
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == java.time.LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    return "an object";
  }

  private static ApiProblem invalidBody(String pointer, String rule, String message,
      String value) {
    return new ApiProblem(400, "invalid-body", "Invalid request body", message,
        List.of(Violation.of(pointer, rule, message, Optional.ofNullable(value))));
  }

  private static String mappingPointer(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException)) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
      pointer.append('/').append(ref.getFieldName() != null ? PlanJson.pointerSegment(ref.getFieldName())
          : String.valueOf(ref.getIndex()));
    }
    return pointer.toString();
  }

  private static String parserPointer(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser) {
      try {
        return ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        // The parser may be closed or broken; the location in the message still helps.
      }
    }
    return "";
  }

  /**
   * Where in the body a read limit was hit. The limit's exception does not carry the parser, so
   * the body is read again token by token, cheaply, up to the failure.
   */
  private String pointerOfFailure(byte[] body) {
    JsonParser parser = null;
    try {
      parser = mapper.getFactory().createParser(body);
      com.fasterxml.jackson.core.JsonToken token;
      while ((token = parser.nextToken()) != null) {
        // Strings are only checked against the length limit when their text is read.
        if (token == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          parser.getText();
        } else if (token == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
          // Numbers are only converted when their value is asked for.
          parser.getDecimalValue();
        }
      }
    } catch (IOException | NumberFormatException e) {
      if (parser != null) {
        return parser.getParsingContext().pathAsPointer().toString();
      }
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Closing a parser over a byte array cannot fail in a way that matters here.
        }
      }
    }
    return "";
  }

  private static ApiProblem numberOutOfRange(String pointer) {
    String message = "a number must have at most " + MAX_NUMBER_SCALE + " digits and an exponent "
        + "within ±" + MAX_NUMBER_SCALE;
    return new ApiProblem(400, "invalid-body", "Invalid request body", message,
        List.of(Violation.of(pointer, "number-out-of-range", message, Optional.empty())));
  }

  private static String limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("Number value length")) {
      return "a number must have at most " + READ_LIMITS.getMaxNumberLength() + " characters";
    }
    if (message.contains("nesting depth")) {
      return "the body must not nest deeper than " + READ_LIMITS.getMaxNestingDepth() + " levels";
    }
    if (message.contains("String value length")) {
      return "a string must have at most " + READ_LIMITS.getMaxStringLength() + " characters";
    }
    if (message.contains("Name length")) {
      return "a member name must have at most " + READ_LIMITS.getMaxNameLength() + " characters";
    }
    return "the body exceeds a read limit";
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr();
  }

  private static String firstLine(String message) {
    String line = message == null ? "is invalid" : message.split("\n")[0];
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }


  private static BigDecimal decimal(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      throw ApiProblem.badParameter(name, "is required", null);
    }
    if (text.length() > 50) {
      throw ApiProblem.badParameter(name, "must be a decimal number of at most 50 characters",
          text.substring(0, 50) + "…");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "must be a decimal number but was '" + text + "'", text);
    }
    if (Math.abs(value.scale()) > MAX_NUMBER_SCALE) {
      throw ApiProblem.badParameter(name, "must have an exponent within ±" + MAX_NUMBER_SCALE
          + " but was '" + text + "'", text);
    }
    return value;
  }

  private static int integer(Context ctx, String name, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      throw ApiProblem.badParameter(name, "is required", null);
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "must be a whole number but was '" + text + "'", text);
    }
    if (value < min || value > max) {
      throw ApiProblem.badParameter(name, "must be between " + min + " and " + max + " but was "
          + value, text);
    }
    return value;
  }

  private static BigDecimal calculate(java.util.function.Supplier<BigDecimal> formula,
      Map<String, String> parameters) {
    try {
      return formula.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      // The formulas name the argument they refuse ("'rate' must be above -1 but was -2"); the
      // formula's argument names are the query parameters' names, mapped where they differ.
      String message = String.valueOf(e.getMessage());
      Matcher named = Pattern.compile("^'(\\w+)'").matcher(message);
      String parameter = named.find() ? parameters.getOrDefault(named.group(1), named.group(1))
          : "";
      throw new ApiProblem(400, "bad-parameter", "Bad query parameter", message,
          List.of(Violation.of(parameter.isEmpty() ? "" : "/query/" + parameter,
              "bad-parameter", message, Optional.empty())));
    }
  }

  // ---- responses

  /** The request's language, announced in the Content-Language header of the response. */
  private static Language negotiateLanguage(Context ctx) {
    return announce(ctx, Localizer.language(ctx));
  }

  private static Language announce(Context ctx, Language language) {
    ctx.header("Content-Language", language == Language.EN ? "en" : "zh");
    return language;
  }

  private void localizedJson(Context ctx, JsonNode body) {
    json(ctx, Localizer.localize(body, negotiateLanguage(ctx)));
  }

  private void json(Context ctx, JsonNode body) {
    write(ctx, mapper.writer(), body);
  }

  private static void write(Context ctx, ObjectWriter writer, Object body) {
    ctx.contentType("application/json").result(bytes(writer, body));
  }

  private static byte[] bytes(ObjectWriter writer, Object body) {
    try {
      return writer.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response", e);
    }
  }

  private void problem(Context ctx, ApiProblem problem) {
    if (problem.status == 503) {
      // Both causes (plans still loading, every place to compute taken) pass within seconds.
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
    ctx.status(problem.status).contentType(PROBLEM_JSON).result(ProblemBody.of(problem,
        ctx.path()));
  }

  private void unexpected(Context ctx, Exception e) {
    String id = UUID.randomUUID().toString();
    LOG.error("problem {} on {} {}", id, ctx.method(), ctx.path(), e);
    ctx.status(500).contentType(PROBLEM_JSON).result(ProblemBody.internalError(ctx.path(), id));
  }

  private void ifNoProblemYet(Context ctx, java.util.function.Supplier<ApiProblem> problem) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(PROBLEM_JSON)) {
      problem(ctx, problem.get());
    }
  }

  private static ApiProblem fromHttpStatus(int status, String message) {
    switch (status) {
      case 413:
        return new ApiProblem(413, "payload-too-large", "Payload too large",
            "the body is larger than the server accepts", List.of());
      case 404:
        return ApiProblem.notFound(message);
      case 405:
        return new ApiProblem(405, "method-not-allowed", "Method not allowed", message, List.of());
      default:
        return new ApiProblem(status, status >= 500 ? "internal-error" : "invalid-body",
            message == null ? "Error" : message, message == null ? "" : message, List.of());
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PlanApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
