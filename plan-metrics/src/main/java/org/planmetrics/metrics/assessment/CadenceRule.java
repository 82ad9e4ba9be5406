package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.CadenceSummary;
import org.planmetrics.metrics.Cadences;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Plan;
import org.planmetrics.model.time.PlanWindow;

/**
 * The rule of reporting cadences: every finished period that starts on or after the day the
 * plan's duties start ({@link Plan#dutiesStart()}) and ends inside the window up to the assessment
 * date is checked; MISSED if any period fell short, MET if all passed and the window has ended,
 * ON_TRACK otherwise.
 */
final class CadenceRule {

  /**
   * What the check of one cadence found: the first period it counts ({@code 2023-01}), the
   * periods checked and the runs of short ones.
   */
  record CadenceFinding(CadenceRequirement requirement, Status status, String countsFrom,
      int periodsChecked, List<CadenceShortfall> shortfalls) {}

  private CadenceRule() {}

  /** The dates of the logged events of each kind, grouped in one pass over the log. */
  static Map<String, List<LocalDate>> datesByKind(Observations observations) {
    Map<String, List<LocalDate>> dates = new HashMap<>();
    for (LoggedEvent event : observations.events()) {
      dates.computeIfAbsent(event.kind(), kind -> new ArrayList<>()).add(event.date());
    }
    return dates;
  }

  /**
   * The check of {@code requirement} of {@code plan} on the events of {@code datesByKind} (from
   * {@link #datesByKind}) as of {@code asOf}. Events before the duties start (a team meeting on
   * 2022-12-10 for the bundled plan) fall in no period checked and are ignored.
   */
  static CadenceFinding judge(Plan plan, CadenceRequirement requirement,
      Map<String, List<LocalDate>> datesByKind, LocalDate asOf) {
    PlanWindow window = plan.window();
    LocalDate from = plan.dutiesStart();
    List<LocalDate> dates = datesByKind.getOrDefault(requirement.kind(), List.of());
    CadenceSummary summary = Cadences.summary(requirement, dates, from, window.lastDay(), asOf);
    List<CadenceShortfall> runs = summary.shortfalls();
    boolean windowEnded = !window.lastDay().isAfter(asOf);
    Status status = !runs.isEmpty() ? Status.MISSED
        : windowEnded ? Status.MET : Status.ON_TRACK;
    return new CadenceFinding(requirement, status,
        Cadences.firstPeriodLabel(requirement.period(), from), summary.periodsChecked(), runs);
  }
}
