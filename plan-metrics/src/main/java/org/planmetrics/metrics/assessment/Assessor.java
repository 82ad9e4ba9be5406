package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.projects.ProjectBreakdowns;
import org.planmetrics.metrics.projects.ProjectFunnels;
import org.planmetrics.metrics.result.ApproximateThreshold;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.ProjectBreakdown;
import org.planmetrics.metrics.result.ProjectFunnel;
import org.planmetrics.metrics.result.QuotaReport;
import org.planmetrics.metrics.result.QuarterlyTeamReview;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.StretchAssessment;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.result.UnscoredDuty;
import org.planmetrics.metrics.result.WeeklyTeamReport;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.metrics.teams.TeamRankings;
import org.planmetrics.metrics.teams.UnitQuotas;
import org.planmetrics.metrics.teams.TeamReports;
import org.planmetrics.metrics.wording.DutySentences;
import org.planmetrics.metrics.wording.ReadingSentences;
import org.planmetrics.metrics.wording.Sentences;
import org.planmetrics.model.Goal;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.StretchThreshold;
import org.planmetrics.model.Target;
import org.planmetrics.model.UncountedDuty;
import org.planmetrics.model.quantity.ComparisonOperator;

/**
 * Assesses a plan's targets against observations, for example
 * {@code Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(observations)}.
 *
 * <p>An assessor is immutable and thread-safe; it reads no clock (the date is {@link
 * Observations#asOf()}). For each target the rule of its kind decides (a status, or NOT_ASSESSABLE
 * and a {@link Reason}), and {@link Sentences} words the result.
 *
 * <p>Missing or odd data never makes it throw: each rule checks what a formula needs before it
 * calls it (a positive base, a non-empty denominator, a figure of at most 100 digits)
 * and says which documented reason stops it. Nothing here catches the formulas' exceptions, so an
 * exception is a bug and surfaces as one.
 */
public final class Assessor {

  private final Plan plan;
  /** The readings in force, worded once: every explanation names those it relies on. */
  private final List<Reading> readings;

  private Assessor(Plan plan) {
    this.plan = plan;
    this.readings = ReadingSentences.inForce(plan);
  }

  /** An assessor for {@code plan}, in the plan's selected window. */
  public static Assessor of(Plan plan) {
    return new Assessor(Objects.requireNonNull(plan, "'plan' must not be null"));
  }

  public Plan plan() {
    return plan;
  }

  /**
   * The readings the assessments rely on: the window's (when the plan weighs more than one) and
   * the plan file's, as {@link ReadingSentences#inForce} gives them.
   */
  public List<Reading> readings() {
    return readings;
  }

  /** The assessment of the target with this id, or empty if the plan has no such target. */
  public Optional<Assessment> assess(String targetId, Observations observations) {
    return plan.target(targetId).map(t -> assess(t, observations));
  }

  /** The assessment of one target of this assessor's plan. */
  public Assessment assess(Target target, Observations observations) {
    return assess(target, new ParsedObservations(plan, observations));
  }

  private Assessment assess(Target target, ParsedObservations parsed) {
    // A 左右 target is judged as the floor its tolerance makes, by the rule of its kind, so
    // that every figure of the result (pace, required growth, shortfall) is the floor's.
    Target judged = target.approximateFloor()
        .map(floor -> target.withOperator(ComparisonOperator.AT_LEAST).withThreshold(floor)
            .withTolerance(Optional.empty()))
        .orElse(target);
    TargetContext context = new TargetContext(judged, parsed);
    Finding finding = judge(context);
    Optional<StretchAssessment> stretch = judged.stretch().map(s -> stretch(judged, s, parsed));
    Optional<ApproximateThreshold> approximately = target.tolerance()
        .filter(t -> judged != target)
        .map(t -> ApproximateThreshold.builder().written(target.threshold()).tolerance(t)
            .build());
    return assessment(context, finding, approximately, stretch);
  }

  /**
   * The target judged against its stretch figure by the same rule: the same observations, only
   * the threshold and the commitment differ.
   */
  private StretchAssessment stretch(Target target, StretchThreshold stretch,
      ParsedObservations parsed) {
    Target striven = target.withThreshold(stretch.threshold())
        .withCommitment(stretch.commitment()).withStretch(Optional.empty());
    TargetContext context = new TargetContext(striven, parsed);
    Finding finding = judge(context);
    List<YearAssessment> years = finding.years().stream().map(YearFinding::toResult)
        .collect(Collectors.toList());
    return StretchAssessment.builder()
        .threshold(stretch.threshold())
        .commitment(stretch.commitment())
        .status(finding.verdict().status())
        .reason(finding.verdict().reason().map(Sentences::reason))
        .explanation(explanation(striven, finding, years, context.calendar.asOf))
        .build();
  }

  private static Finding judge(TargetContext context) {
    switch (context.target.kind()) {
      case ANNUAL_GROWTH:
        return GrowthRule.judge(context);
      case CUMULATIVE_AMOUNT:
        return CumulativeAmountRule.judge(context);
      case PERIOD_AMOUNT:
        return PeriodAmountRule.judge(context);
      case LEVEL:
        return LevelRule.judge(context);
      case AVERAGE_GROWTH:
        return AverageGrowthRule.judge(context);
      case ANNUAL_COUNT:
        return AnnualCountRule.judge(context);
      case CUMULATIVE_COUNT:
        return CumulativeCountRule.judge(context);
      case SHARE:
        return ShareRule.judge(context);
      case FIRST_TIER_RANK:
        return RankRule.judge(context);
      case COHORT_RATE:
        return CohortRateRule.judge(context);
      default:
        throw new AssertionError(context.target.kind());
    }
  }

  /** The rule's finding as a result, worded. */
  private Assessment assessment(TargetContext context, Finding finding,
      Optional<ApproximateThreshold> approximately, Optional<StretchAssessment> stretch) {
    List<YearAssessment> years = finding.years().stream().map(YearFinding::toResult)
        .collect(Collectors.toList());
    Optional<Reason> reason = finding.verdict().reason();
    List<Reading> relied = relied(r -> r.targets().contains(context.target.id()));
    LocalizedText explanation = Sentences.withTolerance(approximately,
        Sentences.withStretch(explanation(context.target, finding, years, context.calendar.asOf),
            context.target, stretch));
    return common(context)
        .status(finding.verdict().status())
        .actual(finding.actual())
        .years(years)
        .pace(finding.pace())
        .required(finding.required())
        .compoundGrowthRate(finding.compoundGrowthRate())
        .inputs(finding.inputs())
        .readings(ids(relied))
        .reason(reason.map(Sentences::reason))
        .approximately(approximately)
        .stretch(stretch)
        .explanation(ReadingSentences.withReadings(explanation, relied))
        .build();
  }

  /** The readings in force that {@code bearsOn} accepts, in their order. */
  private List<Reading> relied(Predicate<Reading> bearsOn) {
    return readings.stream().filter(bearsOn).collect(Collectors.toList());
  }

  private static List<String> ids(List<Reading> readings) {
    return readings.stream().map(Reading::id).collect(Collectors.toList());
  }

  /** A builder with the fields every assessment of the context's target shares. */
  private Assessment.Builder common(TargetContext context) {
    Target target = context.target;
    return Assessment.builder()
        .targetId(target.id())
        .goalId(plan.goalOf(target.id()).orElseThrow().id())
        .kind(target.kind())
        .asOf(context.calendar.asOf)
        .commitment(target.commitment())
        .operator(target.operator())
        .threshold(target.threshold());
  }

  private LocalizedText explanation(Target target, Finding finding, List<YearAssessment> years,
      LocalDate asOf) {
    Status status = finding.verdict().status();
    Optional<Reason> reason = finding.verdict().reason();
    switch (target.kind()) {
      case ANNUAL_GROWTH:
        return Sentences.annualGrowth(plan, target, years, status, reason);
      case CUMULATIVE_AMOUNT:
        return Sentences.cumulativeAmount(plan, target, finding.actual(), finding.pace(), status,
            reason);
      case PERIOD_AMOUNT:
        return Sentences.periodAmount(plan, target, years, finding.actual(), finding.pace(),
            status, reason);
      case LEVEL:
        return Sentences.level(plan, target, years, finding.actual(), status, reason);
      case AVERAGE_GROWTH:
        return Sentences.averageGrowth(plan, target, years, finding.actual(), finding.required(),
            status, reason);
      case ANNUAL_COUNT:
        return Sentences.annualCount(target, years, status, reason);
      case CUMULATIVE_COUNT:
        return target.period().isPresent()
            ? Sentences.campaignCount(target, finding.actual(), asOf, status, reason)
            : Sentences.cumulativeCount(target, finding.actual(), finding.pace(), status, reason);
      case SHARE:
        return Sentences.share(target, finding.actual(), years, status, reason);
      case FIRST_TIER_RANK:
        return Sentences.firstTier(plan, target, years, status, reason);
      case COHORT_RATE:
        return Sentences.cohortRate(plan, target, years, status, reason);
      default:
        throw new AssertionError(target.kind());
    }
  }

  /**
   * The projects followed from signing to production, as of the observations' date: see {@link
   * ProjectFunnels#funnel}.
   */
  public ProjectFunnel projectFunnel(Observations observations) {
    return ProjectFunnels.funnel(plan, observations);
  }

  /** The projects by key direction and by team: see {@link ProjectBreakdowns#breakdown}. */
  public ProjectBreakdown projectBreakdown(Observations observations) {
    return ProjectBreakdowns.breakdown(plan, observations);
  }

  /**
   * The weekly team report for ISO week {@code week} of {@code weekYear}: see {@link
   * TeamReports#weekly}.
   */
  public WeeklyTeamReport weeklyTeamReport(Observations observations, int weekYear, int week) {
    return TeamReports.weekly(plan, observations, weekYear, week);
  }

  /** The quarterly review of the teams' tasks: see {@link TeamReports#quarterly}. */
  public QuarterlyTeamReview quarterlyTeamReview(Observations observations, int year,
      int quarter) {
    return TeamReports.quarterly(plan, observations, year, quarter);
  }

  /**
   * The monthly team ranking of {@code observations}' roster for {@code month}: see {@link
   * TeamRankings#ranking}.
   *
   * @throws org.planmetrics.model.InvalidArgumentException if {@code month} ends after the
   *     observations' {@code asOf}
   */
  public TeamRanking teamRanking(Observations observations, YearMonth month) {
    return TeamRankings.ranking(plan, observations, month);
  }

  /**
   * Each unit, park or township against the figures the plan's quotas assign it, for {@code
   * month}: see {@link UnitQuotas#report}.
   *
   * @throws org.planmetrics.model.InvalidArgumentException if {@code month} ends after the
   *     observations' {@code asOf}
   */
  public QuotaReport quotaReport(Observations observations, YearMonth month) {
    return UnitQuotas.report(plan, observations, month);
  }

  /**
   * Every target in plan order, each goal's status, the cadences, the duties without a number
   * (listed, not scored) and the counts by status.
   */
  public Scorecard scorecard(Observations observations) {
    // The targets share one parse of the period keys and one pass over the ledger.
    ParsedObservations parsed = new ParsedObservations(plan, observations);
    List<Assessment> assessments = plan.targets().stream()
        .map(t -> assess(t, parsed))
        .collect(Collectors.toList());
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, 0);
    }
    assessments.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
    Map<String, List<LocalDate>> eventDates = CadenceRule.datesByKind(observations);
    return Scorecard.builder()
        .planId(plan.id())
        .asOf(observations.asOf())
        .window(plan.window())
        .dutiesStart(plan.dutiesStart())
        .assessments(assessments)
        .goals(plan.goals().stream().map(goal -> goalStatus(goal, assessments))
            .collect(Collectors.toList()))
        .cadences(plan.cadences().stream()
            .map(c -> cadence(CadenceRule.judge(plan, c, eventDates, observations.asOf())))
            .collect(Collectors.toList()))
        .uncountedDuties(plan.uncountedDuties().stream().map(Assessor::unscored)
            .collect(Collectors.toList()))
        .countsByStatus(counts)
        .build();
  }

  private static UnscoredDuty unscored(UncountedDuty duty) {
    return UnscoredDuty.builder()
        .dutyId(duty.id())
        .clause(duty.clause())
        .owner(duty.owner())
        .name(duty.name())
        .explanation(DutySentences.uncounted(duty))
        .build();
  }

  private CadenceAssessment cadence(CadenceRule.CadenceFinding finding) {
    List<Reading> relied = relied(r -> r.cadences().contains(finding.requirement().id()));
    return CadenceAssessment.builder()
        .cadenceId(finding.requirement().id())
        .kind(finding.requirement().kind())
        .period(finding.requirement().period())
        .minimumCount(finding.requirement().minimumCount())
        .countsFrom(finding.countsFrom())
        .status(finding.status())
        .periodsChecked(finding.periodsChecked())
        .shortfalls(finding.shortfalls())
        .readings(ids(relied))
        .explanation(ReadingSentences.withReadings(DutySentences.cadence(finding.requirement(),
            finding.countsFrom(), finding.periodsChecked(), finding.shortfalls(),
            finding.status()), relied))
        .build();
  }

  private static GoalStatus goalStatus(Goal goal, List<Assessment> assessments) {
    List<Status> statuses = assessments.stream().filter(a -> a.goalId().equals(goal.id()))
        .map(Assessment::status).collect(Collectors.toList());
    return GoalStatus.builder().goalId(goal.id()).title(goal.title())
        .status(statuses.isEmpty() ? Status.NOT_ASSESSABLE : Status.worst(statuses)).build();
  }
}
