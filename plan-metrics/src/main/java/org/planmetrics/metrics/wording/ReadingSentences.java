package org.planmetrics.metrics.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.MetricWeight;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.StalledProjectRule;
import org.planmetrics.model.Target;
import org.planmetrics.model.TeamRankingRule;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;

/**
 * The readings an assessment relies on, and how its explanation says so, for example "…。落后。
 * 依据的解读:规划期按2022—2024年计。" / "… Behind. Readings relied on: the window is read as
 * 2022–2024.". The readings in force are the window's, worded here from the reading selected,
 * then those of the plan file ({@link Plan#readings()}), then the team-ranking rule's and the
 * stalled-project deadlines', worded here from the plan's rules.
 */
public final class ReadingSentences {

  private ReadingSentences() {}

  /**
   * The readings the assessments and reports of {@code plan} rely on: first the window's, when
   * the plan weighs more than one reading of its period (a window the text states is no
   * reading), then the plan file's, in file order, then the team-ranking rule's and the
   * stalled-project deadlines'. The window's bears on every target and every cadence.
   */
  public static List<Reading> inForce(Plan plan) {
    List<Reading> readings = new ArrayList<>();
    if (plan.windowSelection().readings().size() > 1) {
      readings.add(window(plan));
    }
    readings.addAll(plan.readings());
    // The text gives neither rule, so both are always readings, the defaults included.
    readings.add(teamRankingRule(plan.teamRanking()));
    readings.add(stalledProjectDeadlines(plan.stalledProjects()));
    return List.copyOf(readings);
  }

  /**
   * The reading of the team-ranking rule, for example "组团按各项任务完成率的算术平均数排位,超额完成不设上限"
   * / "teams are ranked by the plain mean of their task completions, a completion over 100%
   * counting in full".
   */
  static Reading teamRankingRule(TeamRankingRule rule) {
    LocalizedText summary;
    if (rule.metrics().isEmpty()) {
      summary = LocalizedText.of("组团按各项任务完成率的算术平均数排位",
          "teams are ranked by the plain mean of their task completions");
    } else {
      LocalizedText weights = Phrases.join(rule.metrics().stream()
          .map(ReadingSentences::weight).collect(Collectors.toList()), "、", ", ");
      summary = LocalizedText.of("组团按" + weights.zh() + "完成率的加权平均数排位",
          "teams are ranked by the weighted mean of their completions: " + weights.en());
    }
    LocalizedText cap = rule.completionCap()
        .map(c -> LocalizedText.of(",单项完成率最高按" + Phrases.thresholdPercent(c) + "计",
            ", each completion counting for at most " + Phrases.thresholdPercent(c)))
        .orElse(LocalizedText.of(",超额完成不设上限", ", a completion over 100% counting in full"));
    summary = LocalizedText.of(summary.zh() + cap.zh(), summary.en() + cap.en());
    return Reading.builder()
        .id(Reading.TEAM_RANKING_RULE_ID)
        .clause("四.(二).5")
        .text(LocalizedText.of("每月通报各组团指标排位",
            "every month, report each team's standing on its indicators"))
        .summary(summary)
        .rationale(rule.rationale())
        .addReports("team-ranking", "bulletin")
        .build();
  }

  private static LocalizedText weight(MetricWeight w) {
    String weight = w.weight().stripTrailingZeros().toPlainString();
    return LocalizedText.of(w.metric().displayName().zh() + "(权重" + weight + ")",
        w.metric().displayName().en() + " × " + weight);
  }

  /**
   * The reading of the stalled-project deadlines, for example "签约超过180天未开工、开工超过540天未投产
   * 的项目列为滞缓项目" / "a project not started more than 180 days after signing, or not producing
   * more than 540 days after its start, is stalled".
   */
  static Reading stalledProjectDeadlines(StalledProjectRule rule) {
    return Reading.builder()
        .id(Reading.STALLED_PROJECT_DEADLINES_ID)
        .clause("四.(二).5")
        .text(LocalizedText.of("从项目签约到投产实行全过程督查",
            "projects are supervised throughout, from signing to production"))
        .summary(LocalizedText.of("签约超过" + rule.daysToStart() + "天未开工、开工超过"
                + rule.daysToProduce() + "天未投产的项目列为滞缓项目",
            "a project not started more than " + rule.daysToStart() + " days after signing, or "
                + "not producing more than " + rule.daysToProduce() + " days after its start, "
                + "is stalled"))
        .rationale(rule.rationale())
        .addReports("project-funnel", "bulletin")
        .build();
  }

  /**
   * The reading of the window in force, for example "规划期按2022—2024年计" / "the window is read as
   * 2022–2024", with the selected reading's rationale and then the others'.
   */
  static Reading window(Plan plan) {
    String selected = plan.windowSelection().selected();
    PlanWindow w = plan.window();
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    WindowReading chosen = plan.windowSelection().reading(selected).orElseThrow();
    zh.append(chosen.rationale().zh());
    en.append(chosen.rationale().en());
    for (WindowReading other : plan.windowSelection().readings()) {
      if (!other.id().equals(selected)) {
        zh.append("另一读法:").append(other.rationale().zh());
        en.append(" Another reading: ").append(other.rationale().en());
      }
    }
    return Reading.builder()
        .id(Reading.WINDOW_ID)
        .summary(LocalizedText.of("规划期按" + w.startYear() + "—" + w.endYear() + "年计",
            "the window is read as " + w.startYear() + "–" + w.endYear()))
        .rationale(LocalizedText.of(zh.toString(), en.toString()))
        .targets(plan.targets().stream().map(Target::id).collect(Collectors.toList()))
        .cadences(plan.cadences().stream().map(CadenceRequirement::id)
            .collect(Collectors.toList()))
        // The funnel and the breakdown count over the window, and the bulletin lists the
        // funnel's stalled projects; team figures are by calendar year.
        .addReports("project-funnel", "project-breakdown", "bulletin")
        .build();
  }

  /**
   * {@code explanation} followed by the readings it relies on, by their summaries: "…。依据的解读:
   * 规划期按2022—2024年计;…。" / "… Readings relied on: the window is read as 2022–2024; ….".
   * Without readings, the explanation as it is.
   */
  public static LocalizedText withReadings(LocalizedText explanation, List<Reading> readings) {
    if (readings.isEmpty()) {
      return explanation;
    }
    LocalizedText suffix = suffix(readings);
    // An explanation that is a bare reason has no full stop yet: the readings follow one.
    String zh = explanation.zh().endsWith("。") ? explanation.zh() : explanation.zh() + "。";
    String en = explanation.en().endsWith(".") ? explanation.en() : explanation.en() + ".";
    return LocalizedText.of(zh + suffix.zh(), en + suffix.en());
  }

  /**
   * {@code explanation} without the readings {@link #withReadings} put after it, for a document
   * that lists its readings once at the end, as the weekly bulletin does. An explanation that
   * does not end with exactly those readings is returned as it is.
   */
  public static LocalizedText withoutReadings(LocalizedText explanation,
      List<Reading> readings) {
    if (readings.isEmpty()) {
      return explanation;
    }
    LocalizedText suffix = suffix(readings);
    if (!explanation.zh().endsWith(suffix.zh()) || !explanation.en().endsWith(suffix.en())) {
      return explanation;
    }
    return LocalizedText.of(
        explanation.zh().substring(0, explanation.zh().length() - suffix.zh().length()),
        explanation.en().substring(0, explanation.en().length() - suffix.en().length()));
  }

  private static LocalizedText suffix(List<Reading> readings) {
    LocalizedText summaries = Phrases.join(
        readings.stream().map(Reading::summary).collect(Collectors.toList()), ";", "; ");
    return LocalizedText.of("依据的解读:" + summaries.zh() + "。",
        " Readings relied on: " + summaries.en() + ".");
  }
}
