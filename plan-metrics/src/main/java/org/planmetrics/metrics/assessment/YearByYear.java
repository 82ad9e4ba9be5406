package org.planmetrics.metrics.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.Quantity;

/**
 * The part that targets judged year by year (growth, annual counts, first tier) share: every
 * window year gets a finding, pending if it has not started, and the target's verdict follows
 * from the years, for example MET for 2022 and ON_TRACK for 2023 give ON_TRACK.
 */
final class YearByYear {

  /** Judges one window year that has started, adding the pointers of the inputs it uses. */
  interface YearRule {
    YearFinding judge(int year, Set<String> inputs);
  }

  private YearByYear() {}

  /**
   * The years judged by {@code rule}, the verdict of {@link #verdict}, the latest judged figure
   * as the headline and the inputs in pointer order (which is period order).
   */
  static Finding judge(WindowCalendar calendar, YearRule rule) {
    List<YearFinding> years = new ArrayList<>();
    Set<String> inputs = new TreeSet<>();
    Optional<Quantity> latest = Optional.empty();
    Optional<Reason> firstReason = Optional.empty();
    for (int year = calendar.startYear(); year <= calendar.endYear(); year++) {
      YearFinding finding = calendar.isPending(year) ? YearFinding.Pending.notStarted(year)
          : rule.judge(year, inputs);
      years.add(finding);
      if (finding instanceof YearFinding.Judged judged) {
        latest = Optional.of(judged.actual());
      } else if (firstReason.isEmpty()) {
        firstReason = reasonOf(finding);
      }
    }
    return Finding.of(verdict(years, firstReason.orElseGet(calendar::notStarted)), latest, years,
        List.copyOf(inputs));
  }

  /**
   * The rule for annual targets: the worst status of the years that have one; ON_TRACK instead
   * of MET while years are pending; NOT_ASSESSABLE, for {@code reason}, when no year has a status
   * or the worst is NOT_ASSESSABLE.
   */
  static Verdict verdict(List<YearFinding> years, Reason reason) {
    List<Status> statuses = new ArrayList<>();
    boolean pending = false;
    for (YearFinding year : years) {
      if (year instanceof YearFinding.Judged judged) {
        statuses.add(judged.status());
      } else if (year instanceof YearFinding.NotAssessable) {
        statuses.add(Status.NOT_ASSESSABLE);
      } else if (year instanceof YearFinding.Pending) {
        pending = true;
      }
    }
    Status worst = Status.worst(statuses);
    if (statuses.isEmpty() || worst == Status.NOT_ASSESSABLE) {
      return Verdict.notAssessable(reason);
    }
    return Verdict.of(worst == Status.MET && pending ? Status.ON_TRACK : worst);
  }

  private static Optional<Reason> reasonOf(YearFinding year) {
    if (year instanceof YearFinding.NotAssessable notAssessable) {
      return Optional.of(notAssessable.reason());
    }
    return year instanceof YearFinding.Pending pending ? pending.waitingFor() : Optional.empty();
  }
}
