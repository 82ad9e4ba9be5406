package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * What a rule reads to judge one target: the plan, the target, the calendar of the window on the
 * assessment date and the observations parsed once for the scorecard.
 */
final class TargetContext {
  final Plan plan;
  final Target target;
  final WindowCalendar calendar;
  final ParsedObservations parsed;

  TargetContext(Target target, ParsedObservations parsed) {
    this.plan = parsed.plan;
    this.target = target;
    this.calendar = new WindowCalendar(plan.window(), parsed.asOf);
    this.parsed = parsed;
  }

  /** The target's indicator's figures usable on the assessment date. */
  Series<BigDecimal> series() {
    return parsed.series(target.indicator().orElseThrow());
  }

  /**
   * The target's indicator's figures written in {@code unit}, a scale of the indicator's
   * currency: 0.25 (亿元) reads 2500 in {@code CNY_10K}. The point moves, so nothing is rounded;
   * a valid plan gives a threshold no other unit (see {@code TargetKind.accepts}).
   */
  Series<BigDecimal> seriesIn(Unit unit) {
    String id = target.indicator().orElseThrow();
    Unit indicatorUnit = plan.indicator(id).orElseThrow().unit();
    Series<BigDecimal> series = series();
    return indicatorUnit == unit ? series
        : series.map(value -> Quantity.of(value, indicatorUnit).to(unit).value());
  }

  /**
   * The ledger projects that reached the target's stage in the window by the assessment date:
   * the stage its selection names (a share's denominator's), or else the plan's counting stage.
   */
  CountedLedger ledger() {
    return parsed.ledger(stageOf(target.projects()
        .or(() -> target.share().map(ShareDefinition::denominator)).orElseThrow()));
  }

  /** The ledger projects that reached {@code criteria}'s stage in the window by the asOf date. */
  CountedLedger ledger(ProjectCriteria criteria) {
    return parsed.ledger(stageOf(criteria));
  }

  private CountingStage stageOf(ProjectCriteria criteria) {
    return criteria.stageIn(plan);
  }

  /**
   * The finding of a ledger target when the ledger cannot be counted (see {@link
   * CountedLedger#unusable}); empty when it can.
   */
  Optional<Finding> unusableLedger() {
    return ledger().unusable().map(reason -> CountedLedger.notAssessable(reason, calendar));
  }

  /** The counted projects that meet the target's project criteria, in ledger order. */
  List<CountedLedger.Entry> matchingProjects() {
    return CountedLedger.matching(ledger().entries(), target.projects().orElseThrow());
  }
}
