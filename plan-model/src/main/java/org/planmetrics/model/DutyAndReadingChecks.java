package org.planmetrics.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.time.WindowReading;

/**
 * The plan rules about duties and readings, kept beside {@link PlanValidator}, which runs them
 * and reports their violations with its own: for example {@code /dutiesFrom} [after-window] when
 * the duties would start after the window has ended, so that no duty could ever count, an
 * uncounted duty whose owner is no unit of the plan, or a reading that names no target of it.
 */
final class DutyAndReadingChecks {

  /** Where a check reports a violation: {@link PlanValidator}'s own list, in document order. */
  @FunctionalInterface
  interface Sink {
    void add(String path, String rule, String message, String messageZh, String value);
  }

  /** {@link PlanValidator}'s check of a reference: reports an unknown one, answers if known. */
  @FunctionalInterface
  interface References {
    boolean check(String path, String what, String value, Set<String> known);
  }

  /** {@link PlanValidator}'s check of the ids of a list: reports duplicates, returns the ids. */
  @FunctionalInterface
  interface UniqueIds {
    Set<String> check(String path, List<String> ids);
  }

  private final Plan plan;
  private final Sink sink;
  private final References references;
  private final UniqueIds uniqueIds;

  DutyAndReadingChecks(Plan plan, Sink sink, References references, UniqueIds uniqueIds) {
    this.plan = plan;
    this.sink = sink;
    this.references = references;
    this.uniqueIds = uniqueIds;
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
          + "the window (" + lastDay + ") but was " + from.get(), "'dutiesFrom'不得晚于规划期最后一天("
          + lastDay + "),实为" + from.get(), from.get().toString());
    }
  }

  /** Uncounted duties: unique ids, and owners that are units of the plan. */
  void checkUncountedDuties(Set<String> unitIds) {
    List<UncountedDuty> duties = plan.uncountedDuties();
    uniqueIds.check("/uncountedDuties",
        duties.stream().map(UncountedDuty::id).collect(Collectors.toList()));
    for (int i = 0; i < duties.size(); i++) {
      references.check("/uncountedDuties/" + i + "/owner", "unit", duties.get(i).owner(),
          unitIds);
    }
  }

  /**
   * Readings: unique ids other than {@link Reading#RESERVED_IDS}; the targets and cadences they
   * name must be the plan's, and the reports among {@link Reading#REPORTS}.
   */
  void checkReadings() {
    List<Reading> readings = plan.readings();
    uniqueIds.check("/readings",
        readings.stream().map(Reading::id).collect(Collectors.toList()));
    Set<String> targetIds = plan.targets().stream().map(Target::id).collect(Collectors.toSet());
    Set<String> cadenceIds =
        plan.cadences().stream().map(CadenceRequirement::id).collect(Collectors.toSet());
    for (int i = 0; i < readings.size(); i++) {
      Reading reading = readings.get(i);
      String path = "/readings/" + i;
      if (Reading.RESERVED_IDS.contains(reading.id())) {
        sink.add(path + "/id", "reserved-id", "'id' must not be one of " + Reading.RESERVED_IDS
            + ", which name the readings of the window, the team-ranking rule and the "
            + "stalled-project deadlines, but was '" + reading.id() + "'", "'id'不得为"
            + String.join("、", Reading.RESERVED_IDS) + "之一(这些编号留给规划期、组团排位规则和滞缓项目"
            + "期限的解读),实为'" + reading.id() + "'", reading.id());
      }
      for (int t = 0; t < reading.targets().size(); t++) {
        references.check(path + "/targets/" + t, "target", reading.targets().get(t), targetIds);
      }
      for (int c = 0; c < reading.cadences().size(); c++) {
        references.check(path + "/cadences/" + c, "cadence", reading.cadences().get(c),
            cadenceIds);
      }
      for (int r = 0; r < reading.reports().size(); r++) {
        references.check(path + "/reports/" + r, "report", reading.reports().get(r),
            Set.copyOf(Reading.REPORTS));
      }
    }
  }
}
