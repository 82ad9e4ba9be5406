package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.planmetrics.metrics.CadencePeriodResult;
import org.planmetrics.metrics.Cadences;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.time.PlanWindow;

/**
 * Checks a reporting cadence for every finished period inside the window up to the assessment
 * date: MISSED if any period fell short, MET if all passed and the window has ended, ON_TRACK
 * otherwise.
 */
final class CadenceChecks {

  private CadenceChecks() {}

  /** The dates of the logged events of each kind, grouped in one pass over the log. */
  static Map<String, List<LocalDate>> datesByKind(Observations observations) {
    Map<String, List<LocalDate>> dates = new HashMap<>();
    for (LoggedEvent event : observations.events()) {
      dates.computeIfAbsent(event.kind(), kind -> new ArrayList<>()).add(event.date());
    }
    return dates;
  }

  /**
   * The check of {@code requirement} on the events of {@code datesByKind} (from {@link
   * #datesByKind}) as of {@code asOf}.
   */
  static CadenceAssessment assess(Plan plan, CadenceRequirement requirement,
      Map<String, List<LocalDate>> datesByKind, LocalDate asOf) {
    PlanWindow window = plan.window();
    List<LocalDate> dates = datesByKind.getOrDefault(requirement.kind(), List.of());
    List<CadencePeriodResult> periods = Cadences.compliance(requirement, dates,
        window.firstDay(), window.lastDay(), asOf);
    List<CadencePeriodResult> short_ = periods.stream().filter(p -> !p.met())
        .collect(Collectors.toList());
    boolean windowEnded = !window.lastDay().isAfter(asOf);
    Status status = !short_.isEmpty() ? Status.MISSED
        : windowEnded ? Status.MET : Status.ON_TRACK;
    String periodZh = requirement.period().chineseName();
    String periodEn = requirement.period().englishName();
    String shortList = short_.stream().limit(10).map(CadencePeriodResult::label)
        .collect(Collectors.joining(", "))
        + (short_.size() > 10 ? " …" : "");
    LocalizedText explanation = LocalizedText.of(
        requirement.name().zh() + "要求每" + periodZh + "不少于" + requirement.minimumCount()
            + "次:已结束的" + periods.size() + "个" + periodZh + "中"
            + (short_.isEmpty() ? "均达到要求" : short_.size() + "个未达到要求(" + shortList + ")")
            + "。" + status.chineseName() + "。",
        requirement.name().en() + ", at least " + requirement.minimumCount() + " per " + periodEn
            + ": " + (short_.isEmpty() ? "all " + periods.size() + " finished " + periodEn
                + "s complied" : short_.size() + " of " + periods.size() + " finished " + periodEn
                + "s fell short (" + shortList + ")")
            + ". " + CumulativeAmountTargets.capitalised(status.englishName()) + ".");
    return CadenceAssessment.builder()
        .cadenceId(requirement.id())
        .kind(requirement.kind())
        .period(requirement.period())
        .minimumCount(requirement.minimumCount())
        .status(status)
        .periodsChecked(periods.size())
        .shortfalls(short_)
        .explanation(explanation)
        .build();
  }
}
