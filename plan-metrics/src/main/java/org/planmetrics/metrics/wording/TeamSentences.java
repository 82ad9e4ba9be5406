package org.planmetrics.metrics.wording;

import static org.planmetrics.metrics.wording.DisplayRounding.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planmetrics.metrics.result.ActivityCount;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.TaskReview;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.quantity.Quantity;

/**
 * The sentences of the team reports, in the style of the office's monthly 通报, for example
 * "招商一组综合完成率56.3%,排名第1。签约额完成年度任务的62.5%,超序时进度20.8个百分点,排名第2。".
 * Figures are rounded here as everywhere else ({@link DisplayRounding}).
 */
public final class TeamSentences {

  private TeamSentences() {}

  /**
   * A ranked team's sentence: its overall completion and rank, then each metric it has a task
   * for, with the completion, the gap to the time progress and the rank on that metric. A metric
   * only this team has a task for gets no rank ("排名第1" at 0% would read as praise): it says
   * so instead. {@code rankedOn} is how many teams each metric ranks.
   */
  public static LocalizedText ranked(LocalizedText team, BigDecimal score, int rank,
      List<TeamMetricStanding> metrics, Map<TeamMetric, Integer> rankedOn) {
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
      boolean alone = rankedOn.getOrDefault(m.metric(), 0) == 1;
      String rankZh = alone ? ",仅本组团有此项任务"
          : m.rank().map(r -> ",排名第" + r).orElse("");
      String rankEn = alone ? ", the only team with this task"
          : m.rank().map(r -> ", ranked " + Phrases.ordinal(r)).orElse("");
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

  /**
   * A unit's line against its quota: "北区工业园签约额完成560万元,年度任务800万元,完成70.0%,超序时进度
   * 28.3个百分点,在3个单位中排名第1。进度正常。" / "North Park: signed investment 560 … of 800 …, 70.0%
   * of the annual task, 28.3 percentage points ahead of schedule, ranked 1st of 3. On track.".
   */
  public static LocalizedText quota(LocalizedText unit, TeamMetric metric, Quantity actual,
      Quantity task, BigDecimal completion, BigDecimal gapPoints, int rank, int units,
      Status status) {
    LocalizedText gap = Phrases.paceGap(gapPoints);
    return LocalizedText.of(
        unit.zh() + metric.displayName().zh() + "完成" + Phrases.amountZh(actual) + ",年度任务"
            + Phrases.amountZh(task) + ",完成" + percent(completion) + "," + gap.zh() + ",在"
            + units + "个单位中排名第" + rank + "。" + status.chineseName() + "。",
        unit.en() + ": " + metric.displayName().en() + " " + Phrases.amountEn(actual) + " of "
            + Phrases.amountEn(task) + ", " + percent(completion) + " of the annual task, "
            + gap.en() + ", ranked " + Phrases.ordinal(rank) + " of " + units + ". "
            + Phrases.capitalised(status.englishName()) + ".");
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

  /**
   * A team's week: "招商一组本周开展招商活动3次(走访客商2次、项目洽谈1次),新签约项目1个、投资额45.00亿元;
   * 年初以来签约额53.00亿元(完成年度任务的26.5%)、签约项目2个。"
   */
  public static LocalizedText week(LocalizedText team, List<ActivityCount> activities,
      int signedProjects, BigDecimal signedInvestment, List<TeamMetricStanding> yearToDate) {
    int total = activities.stream().mapToInt(ActivityCount::count).sum();
    StringBuilder zh = new StringBuilder(team.zh());
    StringBuilder en = new StringBuilder(team.en()).append(", this week: ");
    if (total == 0) {
      zh.append("本周无招商活动记录");
      en.append("no activities logged");
    } else {
      zh.append("本周开展招商活动").append(total).append("次(");
      en.append(total).append(total == 1 ? " activity (" : " activities (");
      LocalizedText kinds = Phrases.join(activities.stream().map(a -> LocalizedText.of(
          a.name().zh() + a.count() + "次", a.name().en() + " " + a.count())).toList(), "、", ", ");
      zh.append(kinds.zh()).append(")");
      en.append(kinds.en()).append(")");
    }
    String amount = DisplayRounding.amount(signedInvestment).toPlainString();
    if (signedProjects == 0) {
      zh.append(",本周无新签约项目");
      en.append("; no project signed");
    } else {
      zh.append(",新签约项目").append(signedProjects).append("个、投资额").append(amount)
          .append("亿元");
      en.append("; ").append(signedProjects).append(signedProjects == 1 ? " project" : " projects")
          .append(" signed, ").append(amount).append(" (CNY 100 million)");
    }
    TeamMetricStanding investment = find(yearToDate, TeamMetric.SIGNED_INVESTMENT);
    TeamMetricStanding projects = find(yearToDate, TeamMetric.SIGNED_PROJECTS);
    String ytd = DisplayRounding.amount(investment.actual()).toPlainString();
    zh.append(";年初以来签约额").append(ytd).append("亿元");
    en.append(". Year to date: ").append(ytd).append(" (CNY 100 million) signed");
    investment.completion().ifPresent(c -> {
      zh.append("(完成年度任务的").append(percent(c)).append(")");
      en.append(" (").append(percent(c)).append(" of the annual task)");
    });
    String count = projects.actual().stripTrailingZeros().toPlainString();
    zh.append("、签约项目").append(count).append("个。");
    en.append(", ").append(count).append(count.equals("1") ? " project." : " projects.");
    return LocalizedText.of(zh.toString(), en.toString());
  }

  /**
   * A team's tasks at a quarter's end: "招商一组2024年第二季度任务考评:签约额完成年度任务的26.5%,落后;
   * 签约项目数完成年度任务的66.7%,进度正常。"
   */
  public static LocalizedText quarter(LocalizedText team, int year, int quarter,
      List<TaskReview> tasks) {
    String[] quarterZh = {"一", "二", "三", "四"};
    String headZh = team.zh() + year + "年第" + quarterZh[quarter - 1] + "季度任务考评:";
    String headEn = team.en() + ", " + year + " Q" + quarter + ": ";
    if (tasks.isEmpty()) {
      return LocalizedText.of(headZh + year + "年未下达任务。",
          headEn + "no tasks were set for " + year + ".");
    }
    LocalizedText joined = Phrases.join(tasks.stream().map(t -> LocalizedText.of(
        t.metric().displayName().zh() + "完成年度任务的" + percent(t.completion()) + ","
            + t.status().chineseName(),
        t.metric().displayName().en() + " at " + percent(t.completion())
            + " of the annual task, " + t.status().englishName())).toList(), ";", "; ");
    return LocalizedText.of(headZh + joined.zh() + "。", headEn + joined.en() + ".");
  }

  private static TeamMetricStanding find(List<TeamMetricStanding> figures, TeamMetric metric) {
    return figures.stream().filter(f -> f.metric() == metric).findFirst().orElseThrow();
  }
}
