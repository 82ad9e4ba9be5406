package org.planmetrics.metrics.wording;

import static org.planmetrics.metrics.wording.DisplayRounding.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.model.LocalizedText;

/**
 * The sentences of the team reports, in the style of the office's monthly 通报, for example
 * "招商一组综合完成率56.3%,排名第1。签约额完成年度任务的62.5%,超序时进度20.8个百分点,排名第2。".
 * Figures are rounded here as everywhere else ({@link DisplayRounding}).
 */
public final class TeamSentences {

  private TeamSentences() {}

  /**
   * A ranked team's sentence: its overall completion and rank, then each metric it has a task
   * for, with the completion, the gap to the time progress and the rank on that metric.
   */
  public static LocalizedText ranked(LocalizedText team, BigDecimal score, int rank,
      List<TeamMetricStanding> metrics) {
    StringBuilder zh = new StringBuilder(team.zh()).append("综合完成率").append(percent(score))
        .append(",排名第").append(rank).append("。");
    StringBuilder en = new StringBuilder(team.en()).append(": overall completion ")
        .append(percent(score)).append(", ranked ").append(Phrases.ordinal(rank)).append(". ");
    List<LocalizedText> parts = new ArrayList<>();
    for (TeamMetricStanding m : metrics) {
      if (m.completion().isEmpty()) {
        continue;
      }
      LocalizedText gap = Phrases.paceGap(m.gapPercentagePoints().orElseThrow());
      String rankZh = m.rank().map(r -> ",排名第" + r).orElse("");
      String rankEn = m.rank().map(r -> ", ranked " + Phrases.ordinal(r)).orElse("");
      parts.add(LocalizedText.of(
          m.metric().displayName().zh() + "完成年度任务的" + percent(m.completion().get()) + ","
              + gap.zh() + rankZh,
          m.metric().displayName().en() + " at "
              + percent(m.completion().get()) + " of the annual task, " + gap.en() + rankEn));
    }
    LocalizedText joined = Phrases.join(parts, ";", "; ");
    zh.append(joined.zh()).append("。");
    en.append(Phrases.capitalised(joined.en())).append(".");
    return LocalizedText.of(zh.toString(), en.toString());
  }

  /** An unranked team's sentence: "招商三组未参与排名:2023年未下达任务。" */
  public static LocalizedText unranked(LocalizedText team, LocalizedText reason) {
    return LocalizedText.of(team.zh() + "未参与排名:" + reason.zh() + "。",
        team.en() + ": not ranked; " + reason.en() + ".");
  }

  /** Why a team is not ranked: no tasks set for the year. */
  public static LocalizedText noTasks(int year) {
    return LocalizedText.of(year + "年未下达任务", "no tasks were set for " + year);
  }

  /** Why a team is not ranked: none of its tasks is a metric the ranking rule counts. */
  public static LocalizedText noRankedTask(int year) {
    return LocalizedText.of(year + "年的任务均不在排位指标之内",
        "none of its " + year + " tasks is a metric the ranking counts");
  }
}
