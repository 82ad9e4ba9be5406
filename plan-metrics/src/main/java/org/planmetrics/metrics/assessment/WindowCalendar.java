package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.model.time.PlanWindow;

/**
 * The plan window seen from the assessment date, for example 2022–2024 on 2023-06-30: 2022 has
 * ended, 2023 is under way through June, 2024 has not started, and 18 of 36 months are over.
 */
final class WindowCalendar {
  final PlanWindow window;
  final LocalDate asOf;

  WindowCalendar(PlanWindow window, LocalDate asOf) {
    this.window = window;
    this.asOf = asOf;
  }

  int startYear() {
    return window.startYear();
  }

  int endYear() {
    return window.endYear();
  }

  /** Whether {@code year} has not started by the assessment date. */
  boolean isPending(int year) {
    return LocalDate.of(year, 1, 1).isAfter(asOf);
  }

  /** Whether {@code year} has ended by the assessment date. */
  boolean hasEnded(int year) {
    return !LocalDate.of(year, 12, 31).isAfter(asOf);
  }

  /** The last month of {@code year} that a count up to the assessment date covers. */
  int throughMonth(int year) {
    return hasEnded(year) ? 12 : asOf.getMonthValue();
  }

  /** Whether the whole window has ended by the assessment date. */
  boolean windowHasEnded() {
    return !window.lastDay().isAfter(asOf);
  }

  /** The months of the window up to the end of the assessment date's month. */
  int monthsElapsed() {
    // Decided here for dates outside the window: PlanWindow counts months in an int, which a
    // date near LocalDate.MAX or MIN would overflow.
    if (windowHasEnded()) {
      return window.lengthInMonths();
    }
    return isPending(window.startYear()) ? 0 : window.monthsElapsedThrough(YearMonth.from(asOf));
  }

  /** Why nothing can be judged before the window starts. */
  Reason.WindowNotStarted notStarted() {
    return new Reason.WindowNotStarted(window.startYear(), window.endYear(), asOf);
  }
}
