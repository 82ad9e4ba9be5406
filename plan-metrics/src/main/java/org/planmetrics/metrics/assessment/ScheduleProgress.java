package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;

/**
 * Progress against elapsed time (序时进度) for targets over a span, for example 3.36 of 7 after 18
 * of 36 months: completion 0.48 against time progress 0.5, 2.0 points behind.
 */
final class ScheduleProgress {

  private ScheduleProgress() {}

  /**
   * Completion against time progress after {@code months} of {@code span}; none for a zero or
   * negative target, whose completion is undefined. {@code months} is between 1 and {@code span}.
   */
  static Optional<Pace> pace(BigDecimal achieved, Quantity threshold, int months, int span) {
    if (threshold.value().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal completion = Pacing.completionRate(achieved, threshold.value());
    BigDecimal progress = Pacing.timeProgress(months, span);
    return Optional.of(Pace.builder()
        .completion(completion)
        .timeProgress(progress)
        .gapPercentagePoints(Pacing.gapInPercentagePoints(completion, progress))
        .monthsCovered(months)
        .monthsInSpan(span)
        .remaining(Quantity.of(Pacing.remainingAmount(achieved, threshold.value()),
            threshold.unit()))
        .build());
  }

  /**
   * The status of a ceiling (不超过, 以内, 以下, 低于: {@code AT_MOST} or {@code LESS_THAN}) on a
   * figure that only grows as the period goes on, such as a count or a sum of amounts: over the
   * ceiling is MISSED at once, since the figure cannot come back under it; under it is MET only
   * when the period is over, and ON_TRACK until then. Pacing does not apply: being far under a
   * ceiling early is not "behind".
   */
  static Status ceilingStatus(boolean withinCeiling, boolean periodOver) {
    return !withinCeiling ? Status.MISSED : periodOver ? Status.MET : Status.ON_TRACK;
  }

  /**
   * The status of a project count, which only grows, after {@code elapsed} of the {@code span}
   * months of its period (a year, or the window): a ceiling by {@link #ceilingStatus}; a floor
   * MET once reached, MISSED when the period ended short, else ON_TRACK or BEHIND by {@link
   * #isOnPace}.
   */
  static Status countStatus(ComparisonOperator operator, BigDecimal actual, BigDecimal threshold,
      int elapsed, int span, boolean periodOver) {
    boolean passes = operator.test(actual, threshold);
    if (!operator.higherIsBetter()) {
      return ceilingStatus(passes, periodOver);
    }
    return passes ? Status.MET
        : periodOver ? Status.MISSED
        : isOnPace(actual, threshold, elapsed, span) ? Status.ON_TRACK
        : Status.BEHIND;
  }

  /** actual × span ≥ threshold × elapsed, in exact arithmetic: on pace for the time elapsed. */
  static boolean isOnPace(BigDecimal actual, BigDecimal threshold, int elapsed, int span) {
    return actual.multiply(BigDecimal.valueOf(span))
        .compareTo(threshold.multiply(BigDecimal.valueOf(elapsed))) >= 0;
  }
}
