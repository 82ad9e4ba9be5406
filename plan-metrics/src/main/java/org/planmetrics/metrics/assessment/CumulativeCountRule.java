package org.planmetrics.metrics.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;

/**
 * The rule of project counts over the window ("三年累计引进“50·20”项目15个以上"): MET once the count
 * is reached; MISSED if the window has ended; else ON_TRACK if count ≥ threshold × months elapsed
 * ÷ months in the window, else BEHIND. Each started year reports its own count.
 */
final class CumulativeCountRule {

  private CumulativeCountRule() {}

  static Finding judge(TargetContext context) {
    Optional<Finding> unusable = context.unusableLedger();
    if (unusable.isPresent()) {
      return unusable.get();
    }
    List<CountedLedger.Entry> counted = context.matchingProjects();
    int[] countsByYear = context.ledger().countsByYear(counted);
    WindowCalendar calendar = context.calendar;
    List<YearFinding> years = new ArrayList<>();
    for (int year = calendar.startYear(); year <= calendar.endYear(); year++) {
      years.add(calendar.isPending(year) ? YearFinding.Pending.notStarted(year)
          : YearFinding.Figures.of(year, Quantity.count(countsByYear[year - calendar.startYear()]),
              calendar.throughMonth(year)));
    }
    List<String> inputs = CountedLedger.pointers(counted);
    int months = calendar.monthsElapsed();
    if (months == 0) {
      return Finding.of(Verdict.notAssessable(calendar.notStarted()), Optional.empty(), years,
          inputs);
    }
    Quantity threshold = context.target.threshold();
    Quantity actual = Quantity.count(counted.size());
    int span = calendar.window.lengthInMonths();
    ComparisonOperator operator = context.target.operator();
    Status status = ScheduleProgress.countStatus(operator, actual.value(), threshold.value(),
        months, span, calendar.windowHasEnded());
    // Being far under a ceiling is no progress towards it: a ceiling has no pace.
    Optional<Pace> pace = operator.higherIsBetter()
        ? ScheduleProgress.pace(actual.value(), threshold, months, span) : Optional.empty();
    return Finding.of(Verdict.of(status), Optional.of(actual), years, inputs).withPace(pace);
  }
}
