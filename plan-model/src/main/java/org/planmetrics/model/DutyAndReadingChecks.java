package org.planmetrics.model;

import java.time.LocalDate;
import java.util.Optional;
import org.planmetrics.model.time.WindowReading;

/**
 * The plan rules about duties and readings, kept beside {@link PlanValidator}, which runs them
 * and reports their violations with its own: for example {@code /dutiesFrom} [after-window] when
 * the duties would start after the window has ended, so that no duty could ever count.
 */
final class DutyAndReadingChecks {

  /** Where a check reports a violation: {@link PlanValidator}'s own list, in document order. */
  @FunctionalInterface
  interface Sink {
    void add(String path, String rule, String message, String value);
  }

  private final Plan plan;
  private final Sink sink;

  DutyAndReadingChecks(Plan plan, Sink sink) {
    this.plan = plan;
    this.sink = sink;
  }

  /**
   * {@code dutiesFrom} must not be after the last day of the window in force: duties counted only
   * from periods that start after the window would never count.
   */
  void checkDutiesFrom() {
    Optional<LocalDate> from = plan.dutiesFrom();
    // An unknown selected reading is reported by the window check; nothing to compare then.
    Optional<WindowReading> selected =
        plan.windowSelection().reading(plan.windowSelection().selected());
    if (from.isEmpty() || selected.isEmpty()) {
      return;
    }
    LocalDate lastDay = selected.get().window().lastDay();
    if (from.get().isAfter(lastDay)) {
      sink.add("/dutiesFrom", "after-window", "'dutiesFrom' must not be after the last day of "
          + "the window (" + lastDay + ") but was " + from.get(), from.get().toString());
    }
  }
}
