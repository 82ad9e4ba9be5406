package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.Shares;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of cohort rates (履约率, 开工率, 投产率), for example "2022年签约项目当年开工率60%以上":
 * for each window year Y, the cohort is the projects that reached the cohort's stage in Y (by the
 * assessment date), and the rate is the share of them that reached {@code reached.stage} by the
 * deadline (31 December of Y for {@code SAME_YEAR}, of Y + 1 for {@code NEXT_YEAR}) or by the
 * assessment date, whichever is earlier.
 *
 * <p>Each year is judged on its own: MET or MISSED once its deadline has passed; before that,
 * ON_TRACK while the rate so far meets the threshold and BEHIND while it does not. A year under
 * way whose cohort is still empty waits (pending, with its reason); a year that has ended with an
 * empty cohort has no rate and is NOT_ASSESSABLE. The target's status is the worst of its years
 * (see {@link YearByYear#verdict}).
 *
 * <p>Example: 5 projects signed in 2023, 3 of them started by 2023-12-31: 3 ÷ 5 = 0.6, which
 * meets AT_LEAST 0.6, so 2023 is MET on 2023-12-31; on 2023-09-30, with 2 of 4 signed so far
 * started, 0.5 is BEHIND.
 */
final class CohortRateRule {

  private CohortRateRule() {}

  static Finding judge(TargetContext context) {
    ProjectCriteria cohortCriteria = context.target.cohort().orElseThrow();
    CountedLedger ledger = context.ledger(cohortCriteria);
    Optional<Reason> unusable = ledger.unusable();
    if (unusable.isPresent()) {
      return CountedLedger.notAssessable(unusable.get(), context.calendar);
    }
    CohortReach reach = context.target.reached().orElseThrow();
    List<CountedLedger.Entry> cohort = CountedLedger.matching(ledger.entries(), cohortCriteria);
    WindowCalendar calendar = context.calendar;
    BigDecimal threshold = context.target.threshold().value();
    Finding years = YearByYear.judge(calendar, (year, inputs) -> {
      LocalDate deadline = LocalDate.of(reach.within().lastYear(year), 12, 31);
      LocalDate by = deadline.isBefore(calendar.asOf) ? deadline : calendar.asOf;
      List<CountedLedger.Entry> members = new ArrayList<>();
      long reached = 0;
      for (CountedLedger.Entry entry : cohort) {
        if (entry.year == year) {
          members.add(entry);
          if (entry.project.reached(reach.stage()).filter(d -> !d.isAfter(by)).isPresent()) {
            reached++;
          }
        }
      }
      if (members.isEmpty()) {
        Reason none = new Reason.EmptyCohort(year, calendar.asOf);
        return calendar.hasEnded(year) ? new YearFinding.NotAssessable(year, none,
            Optional.of(12)) : new YearFinding.Pending(year, Optional.of(none));
      }
      BigDecimal rate = Shares.share(reached, members.size());
      boolean passes = context.target.operator().test(rate, threshold);
      boolean decided = !deadline.isAfter(calendar.asOf);
      Status status = decided ? (passes ? Status.MET : Status.MISSED)
          : (passes ? Status.ON_TRACK : Status.BEHIND);
      return new YearFinding.Judged(year, status, Quantity.of(rate, Unit.RATIO),
          calendar.throughMonth(year), Optional.empty(), Optional.of(reached),
          Optional.of((long) members.size()));
    });
    return years.withInputs(CountedLedger.pointers(cohort));
  }
}
