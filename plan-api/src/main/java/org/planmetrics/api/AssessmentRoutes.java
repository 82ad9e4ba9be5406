package org.planmetrics.api;

import static org.planmetrics.api.JsonResponses.announce;
import static org.planmetrics.api.JsonResponses.bytes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Language;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.PlanJson;

/**
 * The routes that assess observations posted in the body: {@code POST
 * /api/v1/plans/{planId}/scorecard}, {@code POST
 * /api/v1/plans/{planId}/targets/{targetId}/assessment}, {@code POST
 * /api/v1/plans/{planId}/teams/ranking} and the two project reports under {@code POST
 * /api/v1/plans/{planId}/projects/}. An answer comes from the {@link
 * ResponseCache} when the same plan, target, language and body were answered before; otherwise it
 * is computed once the {@link AssessmentGate} lets it, and the {@code Cache-Status} header (RFC
 * 9211) says which.
 */
final class AssessmentRoutes {

  /** How long a request waits for its turn to compute before it gets a 503 problem. */
  static final Duration ASSESSMENT_WAIT = Duration.ofSeconds(30);
  /** This server's name in Cache-Status headers. */
  static final String CACHE_NAME = "plan-api";

  /** For scorecards and assessments: writes the {@code <member>Text} siblings as it goes. */
  private final ObjectMapper localizingMapper = Localizer.withTextSiblings(PlanJson.mapper());
  private final ServedPlans plans;
  private final ObservationsReader reader;
  private final ResponseCache responseCache;
  private final AssessmentGate gate;

  AssessmentRoutes(ServedPlans plans, ServerSettings settings) {
    this.plans = plans;
    this.reader = new ObservationsReader(settings);
    this.responseCache = new ResponseCache(settings.responseCacheBytes());
    this.gate = new AssessmentGate(settings.maxConcurrentAssessments(), ASSESSMENT_WAIT);
  }

  /** {@code POST /api/v1/plans/{planId}/scorecard}: every target and goal. */
  void scorecard(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    answer(ctx, assessor, "", assessor::scorecard);
  }

  /** {@code POST /api/v1/plans/{planId}/targets/{targetId}/assessment}: one target. */
  void assessment(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    String targetId = ctx.pathParam("targetId");
    if (assessor.plan().target(targetId).isEmpty()) {
      throw ApiProblem.notFound("plan '" + assessor.plan().id() + "' has no target '" + targetId
          + "'");
    }
    answer(ctx, assessor, targetId,
        observations -> assessor.assess(targetId, observations).orElseThrow());
  }

  /**
   * {@code POST /api/v1/plans/{planId}/teams/ranking?month=YYYY-MM}: the monthly team ranking of
   * the roster in the body. The month must be over by the body's {@code asOf} (else 422).
   */
  void teamRanking(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    YearMonth month = month(ctx);
    answer(ctx, assessor, "teams/ranking?month=" + month, observations -> {
      if (month.atEndOfMonth().isAfter(observations.asOf())) {
        // The body's date, not the query, is what falls short: it is checked like the body.
        String message = "'asOf' must be on or after the end of the month ranked ("
            + month.atEndOfMonth() + ") but was " + observations.asOf()
            + ": a month is ranked once it is over";
        throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
            "the observations end before month " + month + " does", List.of(Violation.of(
                JsonPointers.of("asOf"), "month-not-over", message,
                Optional.of(observations.asOf().toString()))));
      }
      return assessor.teamRanking(observations, month);
    });
  }

  /** {@code POST /api/v1/plans/{planId}/projects/funnel}: signed → started → producing, stalled. */
  void projectFunnel(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    answer(ctx, assessor, "projects/funnel", assessor::projectFunnel);
  }

  /** {@code POST /api/v1/plans/{planId}/projects/breakdown}: by key direction and by team. */
  void projectBreakdown(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    answer(ctx, assessor, "projects/breakdown", assessor::projectBreakdown);
  }

  /** The required {@code month} query parameter, {@code YYYY-MM}. */
  private static YearMonth month(Context ctx) {
    String month = ctx.queryParam("month");
    if (month == null || month.isBlank()) {
      throw ApiProblem.badParameter("month", "is required: the month to rank, as YYYY-MM", null);
    }
    try {
      if (month.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(month);
      }
    } catch (DateTimeParseException e) {
      // Reported below, with the form that is accepted.
    }
    throw ApiProblem.badParameter("month", "must be a month YYYY-MM, for example 2023-05, but "
        + "was '" + month + "'", month);
  }

  /**
   * Answers an assessment request: from the response cache when the same plan, {@code subject}
   * (a target id, a ranking and its month, or empty for the scorecard), language and body were
   * answered before, else, once the gate lets it compute, by checking the body,
   * running {@code assessment} and writing its result with localized siblings.
   */
  private void answer(Context ctx, Assessor assessor, String subject,
      Function<Observations, Object> assessment) {
    byte[] body = reader.body(ctx);
    Language language = Localizer.language(ctx);
    ResponseCache.Key key = responseCache.enabled()
        ? ResponseCache.key(assessor.plan().id(), subject, language, body) : null;
    Optional<byte[]> cached = key == null ? Optional.empty() : responseCache.get(key);
    byte[] answer;
    String cacheStatus = null;
    if (cached.isPresent()) {
      answer = cached.get();
      cacheStatus = "hit";
    } else {
      ObjectWriter writer = localizingMapper.writer().withAttribute(Language.class, language);
      answer = gate.run(() ->
          bytes(writer, assessment.apply(reader.read(body, assessor.plan()))));
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
}
