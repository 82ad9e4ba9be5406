package org.planmetrics.api;

import static org.planmetrics.api.JsonResponses.announce;
import static org.planmetrics.api.JsonResponses.bytes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.api.workbook.ObservationsWorkbook;
import org.planmetrics.api.workbook.ScorecardWorkbook;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.bulletin.Bulletins;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.WeeklyBulletin;
import org.planmetrics.metrics.teams.TeamReports;
import org.planmetrics.metrics.wording.BulletinText;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
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
 * 9211) says which. Every route also takes the observations as the CSV files the tool reads
 * from a folder, sent as {@code multipart/form-data} with the {@code asOf} query parameter; the
 * scorecard and the assessment also take them as a workbook (the plan's template filled in), and
 * the scorecard answers with a workbook when {@code Accept} prefers one ({@code
 * org.planmetrics.api.workbook}).
 */
final class AssessmentRoutes {

  /** How long a request waits for its turn to compute before it gets a 503 problem. */
  static final Duration ASSESSMENT_WAIT = Duration.ofSeconds(30);
  /** This server's name in Cache-Status headers. */
  static final String CACHE_NAME = "plan-api";

  /** For scorecards and assessments: writes the {@code <member>Text} siblings as it goes. */
  private static final String JSON = "application/json";
  private static final String MARKDOWN = "text/markdown";
  private static final String XLSX = ObservationsWorkbook.MEDIA_TYPE;
  // Years from 1000: year 0000 would be echoed back as "0-W01".
  private static final Pattern WEEK = Pattern.compile("([1-9]\\d{3})-W(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("([1-9]\\d{3})-Q([1-4])");

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

  /**
   * {@code POST /api/v1/plans/{planId}/scorecard}: every target and goal. The body may be JSON or
   * a workbook (the template filled in); the answer is JSON, or a workbook when {@code Accept}
   * prefers {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} to JSON.
   */
  void scorecard(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    JsonResponses.vary(ctx, "Accept", "Accept-Language");
    boolean workbook = MediaRanges.preferred(ctx.header("Accept"), List.of(JSON, XLSX))
        .filter(XLSX::equals).isPresent();
    if (workbook) {
      answer(ctx, assessor, "scorecard.xlsx", XLSX, true, (observations, language) ->
          ScorecardWorkbook.write(assessor.scorecard(observations), assessor.plan(), language));
    } else {
      answer(ctx, assessor, "", true, assessor::scorecard);
    }
  }

  /**
   * {@code POST /api/v1/plans/{planId}/targets/{targetId}/assessment}: one target. The body may
   * be JSON or a workbook.
   */
  void assessment(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    String targetId = ctx.pathParam("targetId");
    if (assessor.plan().target(targetId).isEmpty()) {
      throw ApiProblem.notFound(LocalizedText.of("方案'" + assessor.plan().id() + "'没有目标'"
          + targetId + "'", "plan '" + assessor.plan().id() + "' has no target '" + targetId
          + "'"));
    }
    answer(ctx, assessor, targetId, true,
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
      requireOver(month.toString(), month.atEndOfMonth(), observations);
      return assessor.teamRanking(observations, month);
    });
  }

  /**
   * {@code POST /api/v1/plans/{planId}/quotas/report?month=YYYY-MM}: each unit, park or township
   * against the figures the plan's quotas assign it. The month must be over by the body's {@code
   * asOf} (else 422).
   */
  void quotaReport(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    YearMonth month = month(ctx);
    answer(ctx, assessor, "quotas/report?month=" + month, observations -> {
      requireOver(month.toString(), month.atEndOfMonth(), observations);
      return assessor.quotaReport(observations, month);
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

  /**
   * {@code POST /api/v1/plans/{planId}/teams/weekly?week=YYYY-Www}: each team's activities and
   * signings in an ISO week, with its year so far.
   */
  void weeklyTeamReport(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    IsoWeek week = IsoWeek.of(ctx);
    answer(ctx, assessor, "teams/weekly?week=" + week.label, observations -> {
      requireOver(week.label, week.sunday, observations);
      return assessor.weeklyTeamReport(observations, week.year, week.number);
    });
  }

  /**
   * {@code POST /api/v1/plans/{planId}/bulletin?week=YYYY-Www}: the weekly bulletin (招商简讯), as
   * JSON with its sections, or, for {@code Accept: text/markdown}, as Markdown in the request's
   * language.
   */
  void bulletin(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    IsoWeek week = IsoWeek.of(ctx);
    String accept = ctx.header("Accept");
    JsonResponses.vary(ctx, "Accept", "Accept-Language");
    Function<Observations, WeeklyBulletin> bulletin = observations -> {
      requireOver(week.label, week.sunday, observations);
      return Bulletins.weekly(assessor.plan(), observations, week.year, week.number);
    };
    String type = MediaRanges.preferred(accept, List.of(JSON, MARKDOWN)).orElseThrow(() -> {
      return ApiProblem.of(406, "not-acceptable", "Not acceptable", "/headers/Accept",
          "not-acceptable", LocalizedText.of("简讯以" + JSON + "或" + MARKDOWN + "格式提供,但'Accept'两者"
              + "都不接受:'" + accept + "'", "the bulletin is sent as " + JSON + " or " + MARKDOWN
              + ", but 'Accept' allows neither: '" + accept + "'"), accept);
    });
    if (type.equals(MARKDOWN)) {
      answer(ctx, assessor, "bulletin.md?week=" + week.label, "text/markdown; charset=utf-8",
          (observations, language) -> BulletinText.markdown(bulletin.apply(observations))
              .in(language).getBytes(StandardCharsets.UTF_8));
    } else {
      answer(ctx, assessor, "bulletin?week=" + week.label, bulletin::apply);
    }
  }

  /** The required {@code week} query parameter: an ISO week that its year has. */
  private record IsoWeek(String label, int year, int number, LocalDate sunday) {

    static IsoWeek of(Context ctx) {
      String week = QueryParameters.required(ctx, "week", "the ISO week, as YYYY-Www",
          "ISO周,写作YYYY-Www");
      Matcher parts = WEEK.matcher(week);
      if (!parts.matches()) {
        throw ApiProblem.badParameter("week", "must be an ISO week YYYY-Www, for example "
            + "2024-W16, but was '" + week + "'", "须为ISO周YYYY-Www,如2024-W16,实为'" + week + "'",
            week);
      }
      int weekYear = Integer.parseInt(parts.group(1));
      int number = Integer.parseInt(parts.group(2));
      int weeks = TeamReports.weeksIn(weekYear);
      if (number < 1 || number > weeks) {
        throw ApiProblem.badParameter("week", "must name a week of " + weekYear + ", which has "
            + weeks + ", but was '" + week + "'", "须为" + weekYear + "年的一周(该年共" + weeks
            + "周),实为'" + week + "'", week);
      }
      return new IsoWeek(week, weekYear, number,
          TeamReports.monday(weekYear, number).plusDays(6));
    }
  }

  /**
   * {@code POST /api/v1/plans/{planId}/teams/quarterly?quarter=YYYY-Qn}: each team's tasks
   * judged at the quarter's end.
   */
  void quarterlyTeamReview(Context ctx) {
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    String quarter = QueryParameters.required(ctx, "quarter", "the quarter to review, as YYYY-Qn",
        "要考评的季度,写作YYYY-Qn");
    Matcher parts = QUARTER.matcher(quarter);
    if (!parts.matches()) {
      throw ApiProblem.badParameter("quarter", "must be a quarter YYYY-Qn (n from 1 to 4), for "
          + "example 2024-Q2, but was '" + quarter + "'", "须为季度YYYY-Qn(n为1至4),如2024-Q2,实为'"
          + quarter + "'", quarter);
    }
    int year = Integer.parseInt(parts.group(1));
    int number = Integer.parseInt(parts.group(2));
    LocalDate end = YearMonth.of(year, number * 3).atEndOfMonth();
    answer(ctx, assessor, "teams/quarterly?quarter=" + quarter, observations -> {
      requireOver(quarter, end, observations);
      return assessor.quarterlyTeamReview(observations, year, number);
    });
  }

  /**
   * A 422 at {@code /asOf} if {@code period} ends after the body's date: the body, not the
   * query, is what falls short, so it is reported like the body's other problems.
   */
  private static void requireOver(String period, LocalDate end, Observations observations) {
    if (end.isAfter(observations.asOf())) {
      LocalizedText message = LocalizedText.of("'asOf'(数据截至日期)不得早于" + period + "的最后一天("
          + end + "),实为" + observations.asOf() + ":一个时期结束后才能报告", "'asOf' must be on or "
          + "after the end of " + period + " (" + end + ") but was " + observations.asOf()
          + ": a period is reported once it is over");
      throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
          LocalizedText.of("观测数据截至" + period + "结束之前", "the observations end before "
              + period + " does"), List.of(ApiProblem.violation(JsonPointers.of("asOf"),
              "period-not-over", message, observations.asOf().toString())));
    }
  }

  /**
   * The optional {@code asOf} query parameter: a date that stands in for the body's own, as the
   * tool's {@code --as-of} does, so that a client can assess the same file at another date (a
   * workbook cannot be edited by a page that only posts it).
   */
  private static Optional<LocalDate> asOf(Context ctx) {
    // Given twice, it is refused there; given empty, it is no date and refused below.
    String value = QueryParameters.optional(ctx, "asOf");
    if (value == null) {
      return Optional.empty();
    }
    try {
      if (value.matches("[1-9]\\d{3}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(value));
      }
    } catch (DateTimeParseException e) {
      // Reported below, with the form that is accepted.
    }
    throw ApiProblem.badParameter("asOf", "must be a date YYYY-MM-DD, for example 2024-06-30, "
        + "but was '" + value + "'", "须为日期YYYY-MM-DD,如2024-06-30,实为'" + value + "'", value);
  }

  /** The required {@code month} query parameter, {@code YYYY-MM}. */
  private static YearMonth month(Context ctx) {
    String month = QueryParameters.required(ctx, "month", "the month to rank, as YYYY-MM",
        "要排位的月份,写作YYYY-MM");
    try {
      if (month.matches("[1-9]\\d{3}-\\d{2}")) {
        return YearMonth.parse(month);
      }
    } catch (DateTimeParseException e) {
      // Reported below, with the form that is accepted.
    }
    throw ApiProblem.badParameter("month", "must be a month YYYY-MM, for example 2023-05, but "
        + "was '" + month + "'", "须为月份YYYY-MM,如2023-05,实为'" + month + "'", month);
  }

  /**
   * Answers an assessment request: from the response cache when the same plan, {@code subject}
   * (a target id, a ranking and its month, or empty for the scorecard), language and body were
   * answered before, else, once the gate lets it compute, by checking the body,
   * running {@code assessment} and writing its result with localized siblings.
   */
  private void answer(Context ctx, Assessor assessor, String subject,
      Function<Observations, Object> assessment) {
    answer(ctx, assessor, subject, false, assessment);
  }

  /** As above; {@code workbookAccepted} lets the body be a workbook as well as JSON or CSV. */
  private void answer(Context ctx, Assessor assessor, String subject, boolean workbookAccepted,
      Function<Observations, Object> assessment) {
    answer(ctx, assessor, subject, "application/json", workbookAccepted,
        (observations, language) -> bytes(
            localizingMapper.writer().withAttribute(Language.class, language),
            assessment.apply(observations)));
  }

  private void answer(Context ctx, Assessor assessor, String subject, String contentType,
      BiFunction<Observations, Language, byte[]> render) {
    answer(ctx, assessor, subject, contentType, false, render);
  }

  /**
   * Answers with the bytes {@code render} makes of the checked body in the request's language,
   * as {@code contentType}: from the response cache when {@code subject} was answered for the
   * same plan, language and body before, else once the gate lets it compute.
   */
  private void answer(Context ctx, Assessor assessor, String subject, String contentType,
      boolean workbookAccepted, BiFunction<Observations, Language, byte[]> render) {
    Optional<LocalDate> asOf = asOf(ctx);
    ObservationsReader.Body body = reader.body(ctx, workbookAccepted);
    if (body.form() == ObservationsReader.Form.CSV_FILES && asOf.isEmpty()) {
      throw ApiProblem.badParameter("asOf", "is required with CSV files, which carry no date: "
          + "give it as YYYY-MM-DD, for example 2024-06-30", "为必填项:CSV文件不含数据截至日期,"
          + "请写作YYYY-MM-DD,如2024-06-30", null);
    }
    Language language = Localizer.language(ctx);
    String keySubject = body.cacheKeyPrefix() + subject
        + asOf.map(date -> " asOf=" + date).orElse("");
    ResponseCache.Key key = responseCache.enabled()
        ? ResponseCache.key(assessor.plan().id(), keySubject, language, body.bytes()) : null;
    Optional<byte[]> cached = key == null ? Optional.empty() : responseCache.get(key);
    byte[] answer;
    String cacheStatus = null;
    if (cached.isPresent()) {
      answer = cached.get();
      cacheStatus = "hit";
    } else {
      answer = gate.run(() -> render.apply(reader.read(body, assessor.plan(), asOf), language));
      if (key != null) {
        cacheStatus = responseCache.put(key, answer) ? "fwd=miss; stored" : "fwd=miss";
      }
    }
    announce(ctx, language);
    if (contentType.equals(XLSX)) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + assessor.plan().id()
          + "-scorecard.xlsx\"");
    }
    if (cacheStatus != null) {
      ctx.header("Cache-Status", CACHE_NAME + "; " + cacheStatus);
    }
    ctx.contentType(contentType).result(answer);
  }

}
