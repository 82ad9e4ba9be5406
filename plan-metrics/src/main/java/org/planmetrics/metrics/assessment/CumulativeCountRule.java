package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;

/**
 * The rule of project counts over the window ("三年累计引进“50·20”项目15个以上"): MET once the count
 * is reached; MISSED if the window has ended; else ON_TRACK if count ≥ threshold × months elapsed
 * ÷ months in the window, else BEHIND. Each started year reports its own count. A count with a
 * campaign's dates counts within them ({@link #campaign}).
 */
final class CumulativeCountRule {

  private CumulativeCountRule() {}

  static Finding judge(TargetContext context) {
    Optional<Finding> unusable = context.unusableLedger();
    if (unusable.isPresent()) {
      return unusable.get();
    }
    Optional<TargetPeriod> campaign = context.target.period();
    if (campaign.isPresent()) {
      return campaign(context, campaign.get());
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

  /**
   * A count within a campaign's dates ("百日攻坚期间引进…10个以上"): the projects that reached the
   * counting stage from its first to its last day, judged once by {@link
   * ScheduleProgress#countStatus} with the days of the campaign for months, since the ledger
   * dates each project: 4 of 10 after 50 of 100 days is behind the 5 due. No years, no pace.
   */
  private static Finding campaign(TargetContext context, TargetPeriod period) {
    LocalDate from = period.firstDay().orElseThrow();
    LocalDate to = period.lastDay().orElseThrow();
    LocalDate asOf = context.calendar.asOf;
    List<CountedLedger.Entry> counted = context.matchingProjects().stream()
        .filter(e -> !e.counted.isBefore(from) && !e.counted.isAfter(to))
        .collect(Collectors.toList());
    List<String> inputs = CountedLedger.pointers(counted);
    if (from.isAfter(asOf)) {
      return Finding.notAssessable(new Reason.PeriodNotStarted(from, asOf), inputs);
    }
    // A valid plan's campaign lies in its window, so its days fit an int.
    int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
    boolean over = !to.isAfter(asOf);
    int elapsed = over ? days : (int) ChronoUnit.DAYS.between(from, asOf) + 1;
    Quantity actual = Quantity.count(counted.size());
    Status status = ScheduleProgress.countStatus(context.target.operator(), actual.value(),
        context.target.threshold().value(), elapsed, days, over);
    return Finding.of(Verdict.of(status), Optional.of(actual), List.of(), inputs);
  }
}
