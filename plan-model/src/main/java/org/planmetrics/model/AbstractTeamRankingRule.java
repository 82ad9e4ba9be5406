package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the monthly team ranking (每月通报各组团指标排位, 四.(二).5) orders the teams: by the mean of
 * each team's completions (actual ÷ annual task), over the metrics listed here with their
 * weights, or, when none are listed, over every metric the team has a task for, unweighted.
 *
 * <p>The text asks for a ranking but gives no formula, so the rule is a reading of this project:
 * {@link #rationale()} says so, and every ranking shows it.
 */
@Value.Immutable
@JsonSerialize(as = TeamRankingRule.class)
@JsonDeserialize(as = TeamRankingRule.class)
public abstract class AbstractTeamRankingRule {

  /** The metrics that count and their weights; empty: every task, each weighing 1. */
  public abstract List<MetricWeight> metrics();

  /**
   * The most a single completion counts for in the score, as a fraction (1 is 100%, 1.2 is
   * 120%); absent, completions count in full. With no cap a team far over one task can outrank a
   * team that met all of its tasks, so offices that reward balance set one; the completion each
   * metric shows is never capped.
   */
  public abstract Optional<BigDecimal> completionCap();

  /**
   * The completion {@code completion} counts for in the score: itself, or the cap if it is above
   * it.
   */
  public BigDecimal scored(BigDecimal completion) {
    return completionCap().filter(cap -> completion.compareTo(cap) > 0).orElse(completion);
  }

  /** Why the ranking is computed this way, since the text does not say. */
  public abstract LocalizedText rationale();

  /**
   * The weight of {@code metric} in a team's score, or empty if it does not count: 1 for every
   * metric when the rule lists none.
   */
  public Optional<BigDecimal> weightOf(TeamMetric metric) {
    if (metrics().isEmpty()) {
      return Optional.of(BigDecimal.ONE);
    }
    return metrics().stream().filter(w -> w.metric() == metric).map(MetricWeight::weight)
        .findFirst();
  }

  /** The rule a plan has when its file gives none: the unweighted mean of every task. */
  public static TeamRankingRule unweightedMean() {
    return TeamRankingRule.builder()
        .rationale(LocalizedText.of(
            "原文只要求“每月通报各组团指标排位”,未给出排位方法。本项目的理解:按各组团各项任务完成率"
                + "(截至当月末实际值÷年度任务)的算术平均数排位,超额完成的按实际完成率计、不设上限,完成率相同者名次相同"
                + "(1、2、2、4)。",
            "The text asks only that a bulletin report each team's standing on its indicators "
                + "every month, and gives no method. This project's reading: teams are ranked by the "
                + "plain mean of their completions (actual through the month's end ÷ annual task), "
                + "a completion over 100% counting in full; equal completions share a rank (1, 2, "
                + "2, 4)."))
        .build();
  }
}
