package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planmetrics.metrics.CadencePeriodResult;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.Cadences;
import org.planmetrics.model.CadencePeriod;
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

  /**
   * The most runs an explanation names; the rest are in {@code shortfalls}. Five keeps the
   * sentence readable aloud, and in a typical log the first runs are where the gaps began.
   */
  static final int RUNS_NAMED = 5;

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
    List<CadenceShortfall> runs = Cadences.shortfalls(periods);
    int periodsShort = 0;
    for (CadenceShortfall run : runs) {
      periodsShort += run.periods();
    }
    boolean windowEnded = !window.lastDay().isAfter(asOf);
    Status status = !runs.isEmpty() ? Status.MISSED
        : windowEnded ? Status.MET : Status.ON_TRACK;
    CadencePeriod period = requirement.period();
    String periodZh = period.chineseName();
    String periodEn = requirement.period().englishName();
    LocalizedText explanation = LocalizedText.of(
        requirement.name().zh() + "要求每" + periodZh + "不少于" + requirement.minimumCount()
            + "次:已结束的" + periods.size() + period.chineseCounted() + "中"
            + (runs.isEmpty() ? "均达到要求"
                : periodsShort + "个未达到要求(" + runsZh(runs, period) + ")")
            + "。" + status.chineseName() + "。",
        requirement.name().en() + ", at least " + requirement.minimumCount() + " per " + periodEn
            + ": " + (runs.isEmpty() ? "all " + periods.size() + " finished " + periodEn
                + "s complied" : periodsShort + " of " + periods.size() + " finished " + periodEn
                + "s fell short (" + runsEn(runs) + ")")
            + ". " + CumulativeAmountTargets.capitalised(status.englishName()) + ".");
    return CadenceAssessment.builder()
        .cadenceId(requirement.id())
        .kind(requirement.kind())
        .period(requirement.period())
        .minimumCount(requirement.minimumCount())
        .status(status)
        .periodsChecked(periods.size())
        .periodsShort(periodsShort)
        .shortfalls(runs)
        .explanation(explanation)
        .build();
  }

  /**
   * "2022-03为1次;2022-05至2022-07每月均为0次", the first {@link #RUNS_NAMED} runs, then 等 if
   * there are more. Years read "2022年", as a bare "2022" would not.
   */
  private static String runsZh(List<CadenceShortfall> runs, CadencePeriod period) {
    String year = period == CadencePeriod.YEAR ? "年" : "";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(runs.size(), RUNS_NAMED); i++) {
      CadenceShortfall run = runs.get(i);
      text.append(i == 0 ? "" : ";").append(run.from()).append(year);
      if (run.single()) {
        text.append("为").append(run.countEach()).append("次");
      } else {
        text.append("至").append(run.to()).append(year).append("每").append(period.chineseName())
            .append("均为").append(run.countEach()).append("次");
      }
    }
    return text.append(runs.size() > RUNS_NAMED ? "等" : "").toString();
  }

  /** "2022-03 had 1; 2022-05 to 2022-07 had 0 each", the first {@link #RUNS_NAMED} runs. */
  private static String runsEn(List<CadenceShortfall> runs) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(runs.size(), RUNS_NAMED); i++) {
      CadenceShortfall run = runs.get(i);
      text.append(i == 0 ? "" : "; ").append(run.from());
      if (run.single()) {
        text.append(" had ").append(run.countEach());
      } else {
        text.append(" to ").append(run.to()).append(" had ").append(run.countEach())
            .append(" each");
      }
    }
    return text.append(runs.size() > RUNS_NAMED ? "; …" : "").toString();
  }
}
