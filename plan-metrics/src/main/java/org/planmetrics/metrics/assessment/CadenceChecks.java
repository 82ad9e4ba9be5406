package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planmetrics.metrics.CadencePeriodResult;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.Cadences;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Status;
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
    int periodsShort = CadenceShortfall.periodsIn(runs);
    boolean windowEnded = !window.lastDay().isAfter(asOf);
    Status status = !runs.isEmpty() ? Status.MISSED
        : windowEnded ? Status.MET : Status.ON_TRACK;
    CadencePeriod period = requirement.period();
    String periodZh = period.chineseName();
    String periodEn = period.englishName();
    LocalizedText named = runsNamed(runs, period);
    LocalizedText explanation = LocalizedText.of(
        requirement.name().zh() + "要求每" + periodZh + "不少于" + requirement.minimumCount()
            + "次:已结束的" + periods.size() + period.chineseCounted() + "中"
            + (runs.isEmpty() ? "均达到要求"
                : periodsShort + "个未达到要求(" + named.zh() + ")")
            + "。" + status.chineseName() + "。",
        requirement.name().en() + ", at least " + requirement.minimumCount() + " per " + periodEn
            + ": " + (runs.isEmpty() ? "all " + periods.size() + " finished " + periodEn
                + "s complied" : periodsShort + " of " + periods.size() + " finished " + periodEn
                + "s fell short (" + named.en() + ")")
            + ". " + CumulativeAmountTargets.capitalised(status.englishName()) + ".");
    return CadenceAssessment.builder()
        .cadenceId(requirement.id())
        .kind(requirement.kind())
        .period(period)
        .minimumCount(requirement.minimumCount())
        .status(status)
        .periodsChecked(periods.size())
        .shortfalls(runs)
        .explanation(explanation)
        .build();
  }

  /**
   * The first {@link #RUNS_NAMED} runs, one phrase each, joined as the target explanations join
   * their years: "2022-03为1次;2022-05至2022-07每月均为0次" / "2022-03 had 1; 2022-05 to 2022-07 had 0
   * each", then 等 / "; …" if there are more. Years read "2022年", as a bare "2022" would not.
   */
  private static LocalizedText runsNamed(List<CadenceShortfall> runs, CadencePeriod period) {
    String year = period == CadencePeriod.YEAR ? "年" : "";
    List<LocalizedText> phrases = new ArrayList<>();
    for (CadenceShortfall run : runs.subList(0, Math.min(runs.size(), RUNS_NAMED))) {
      phrases.add(run.single()
          ? LocalizedText.of(run.from() + year + "为" + run.countEach() + "次",
              run.from() + " had " + run.countEach())
          : LocalizedText.of(run.from() + year + "至" + run.to() + year + "每"
                  + period.chineseName() + "均为" + run.countEach() + "次",
              run.from() + " to " + run.to() + " had " + run.countEach() + " each"));
    }
    LocalizedText named = Wording.join(phrases, ";", "; ");
    return runs.size() > RUNS_NAMED ? LocalizedText.of(named.zh() + "等", named.en() + "; …")
        : named;
  }
}
