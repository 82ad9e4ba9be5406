package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.Goal;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;

/**
 * Assesses a plan's targets against observations, for example
 * {@code Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(observations)}.
 *
 * <p>An assessor is immutable and thread-safe; it reads no clock (the date is {@link
 * Observations#asOf()}) and never throws for missing or odd data: what it cannot use makes a
 * target NOT_ASSESSABLE, with the reason.
 */
public final class Assessor {

  private final Plan plan;

  private Assessor(Plan plan) {
    this.plan = plan;
  }

  /** An assessor for {@code plan}, in the plan's selected window. */
  public static Assessor of(Plan plan) {
    return new Assessor(java.util.Objects.requireNonNull(plan, "'plan' must not be null"));
  }

  public Plan plan() {
    return plan;
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
    TargetContext context = new TargetContext(target, parsed);
    try {
      switch (target.kind()) {
        case ANNUAL_GROWTH:
          return GrowthTargets.assess(context);
        case CUMULATIVE_AMOUNT:
          return CumulativeAmountTargets.assess(context);
        case ANNUAL_COUNT:
          return ProjectTargets.assessAnnualCount(context);
        case CUMULATIVE_COUNT:
          return ProjectTargets.assessCumulativeCount(context);
        case SHARE:
          return ProjectTargets.assessShare(context);
        case FIRST_TIER_RANK:
          return RankTargets.assess(context);
        default:
          throw new AssertionError(target.kind());
      }
    } catch (ArithmeticException | IllegalArgumentException e) {
      // Figures the formulas cannot take (a negative level under a root, a base of zero) must
      // not crash a scorecard: the target says why it cannot be assessed instead.
      LocalizedText reason = LocalizedText.of("数据无法计算:" + e.getMessage(),
          "the figures cannot be computed: " + e.getMessage());
      return context.assessment().status(Status.NOT_ASSESSABLE).reason(reason)
          .explanation(reason).build();
    }
  }

  /** Every target in plan order, each goal's status, the cadences and the counts by status. */
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
    Map<String, List<LocalDate>> eventDates = CadenceChecks.datesByKind(observations);
    return Scorecard.builder()
        .planId(plan.id())
        .asOf(observations.asOf())
        .window(plan.window())
        .assessments(assessments)
        .goals(plan.goals().stream().map(goal -> goalStatus(goal, assessments))
            .collect(Collectors.toList()))
        .cadences(plan.cadences().stream()
            .map(c -> CadenceChecks.assess(plan, c, eventDates, observations.asOf()))
            .collect(Collectors.toList()))
        .countsByStatus(counts)
        .build();
  }

  private static GoalStatus goalStatus(Goal goal, List<Assessment> assessments) {
    List<Status> statuses = assessments.stream().filter(a -> a.goalId().equals(goal.id()))
        .map(Assessment::status).collect(Collectors.toList());
    return GoalStatus.builder().goalId(goal.id()).title(goal.title())
        .status(statuses.isEmpty() ? Status.NOT_ASSESSABLE : Status.worst(statuses)).build();
  }
}
