package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.Quantity;

/**
 * The rule of annual project counts ("每年引进“100”项目1个以上"): each window year, a finished year
 * is MET or MISSED; the current year is MET once the count is reached, else ON_TRACK if count ≥
 * threshold × month(asOf) ÷ 12, else BEHIND; a ceiling (不超过) is judged the other way round
 * ({@link ScheduleProgress#countStatus}). A project counts in the year it reached the plan's
 * counting stage (signing, by default), if it did so by the assessment date.
 */
final class AnnualCountRule {

  private AnnualCountRule() {}

  static Finding judge(TargetContext context) {
    Optional<Finding> unusable = context.unusableLedger();
    if (unusable.isPresent()) {
      return unusable.get();
    }
    List<CountedLedger.Entry> counted = context.matchingProjects();
    int[] countsByYear = context.ledger().countsByYear(counted);
    WindowCalendar calendar = context.calendar;
    BigDecimal threshold = context.target.threshold().value();
    Finding years = YearByYear.judge(calendar, (year, inputs) -> {
      int count = countsByYear[year - calendar.startYear()];
      BigDecimal actual = BigDecimal.valueOf(count);
      int month = calendar.throughMonth(year);
      Status status = ScheduleProgress.countStatus(context.target.operator(), actual, threshold,
          month, 12, calendar.hasEnded(year));
      return new YearFinding.Judged(year, status, Quantity.count(count), month);
    });
    // Every counted project is in a year that has started, so the inputs are all of them, in
    // ledger order.
    return years.withInputs(CountedLedger.pointers(counted));
  }
}
