package org.planmetrics.metrics.teams;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.Rankings;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.result.TeamStanding;
import org.planmetrics.metrics.wording.TeamSentences;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.TeamRankingRule;

/**
 * The monthly team ranking (每月通报各组团指标排位, 四.(二).5): for each roster team with tasks for
 * the month's year, each metric's figure from 1 January through the month's end against its
 * annual task, and the teams ranked by their score.
 *
 * <p>For a metric with a task: completion = actual ÷ task; time progress = months elapsed ÷ 12;
 * gap = completion − time progress. A team's score is the mean of its completions weighted by
 * the plan's {@link TeamRankingRule} (by default every task, each weighing 1). Ranks, overall and
 * per metric, are competition ranks, highest first: equal values share a rank (1, 2, 2, 4).
 *
 * <p>Worked example, May 2023 (time progress 5/12 ≈ 41.7%): a team with 31.25 亿元 signed
 * against a task of 50 has completed 62.5%, 20.8 points ahead of the time progress; with 2 of 4
 * projects signed (50.0%) its unweighted score is (0.625 + 0.5) ÷ 2 = 56.25%.
 *
 * <p>Tasks that {@link org.planmetrics.metrics.observation.ObservationChecks} would refuse (an
 * unknown metric, a task not above 0) are skipped here, so a Java caller who assesses unchecked
 * observations gets a ranking of what is usable.
 */
public final class TeamRankings {

  private TeamRankings() {}

  /**
   * The ranking of {@code observations}' roster teams for {@code month} under {@code plan}'s
   * rule.
   *
   * @throws InvalidArgumentException if {@code month} ends after the observations' {@code asOf}:
   *     a month is ranked once it is over
   * @throws NullPointerException if an argument is null
   */
  public static TeamRanking ranking(Plan plan, Observations observations, YearMonth month) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    requireNonNull(month, "'month' must not be null");
    ReportMonth over = ReportMonth.over(observations, month, "ranked", "排位");
    LocalDate through = over.through();
    BigDecimal progress = over.progress();
    int year = month.getYear();
    Map<String, Map<TeamMetric, BigDecimal>> actuals =
        TeamActuals.of(plan, observations, year, through);
    List<RosterTeam> teams = observations.teams();

    // Per metric: each team's completion, then the ranks among the teams that have one.
    List<Map<TeamMetric, BigDecimal>> completions = new ArrayList<>();
    for (RosterTeam team : teams) {
      Map<TeamMetric, BigDecimal> completion = new EnumMap<>(TeamMetric.class);
      TeamTasks.of(team, year).forEach((metric, task) -> completion.put(metric,
          Pacing.completionRate(actuals.get(team.id()).get(metric), task)));
      completions.add(completion);
    }
    Map<TeamMetric, Map<Integer, Integer>> metricRanks = new EnumMap<>(TeamMetric.class);
    for (TeamMetric metric : TeamMetric.values()) {
      metricRanks.put(metric, ranksOf(completions, c -> Optional.ofNullable(c.get(metric))));
    }

    TeamRankingRule rule = plan.teamRanking();
    List<Optional<BigDecimal>> scores = new ArrayList<>();
    for (Map<TeamMetric, BigDecimal> completion : completions) {
      scores.add(score(completion, rule));
    }
    Map<Integer, Integer> overallRanks = ranksOf(scores, s -> s);

    Map<TeamMetric, Integer> rankedOn = new EnumMap<>(TeamMetric.class);
    metricRanks.forEach((metric, ranks) -> rankedOn.put(metric, ranks.size()));
    List<TeamStanding> standings = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      RosterTeam team = teams.get(i);
      Map<TeamMetric, BigDecimal> tasks = TeamTasks.of(team, year);
      List<TeamMetricStanding> metrics = new ArrayList<>();
      for (TeamMetric metric : TeamMetric.values()) {
        TeamMetricStanding.Builder standing = TeamMetricStanding.builder()
            .metric(metric)
            .unit(metric.unit())
            .actual(actuals.get(team.id()).get(metric));
        BigDecimal completion = completions.get(i).get(metric);
        if (completion != null) {
          standing.task(tasks.get(metric))
              .completion(completion)
              .gapPercentagePoints(Pacing.gapInPercentagePoints(completion, progress))
              .rank(Optional.ofNullable(metricRanks.get(metric).get(i)));
        }
        metrics.add(standing.build());
      }
      TeamStanding.Builder standing = TeamStanding.builder()
          .team(team.id())
          .name(team.name())
          .metrics(metrics);
      Integer rank = overallRanks.get(i);
      if (rank != null) {
        BigDecimal score = scores.get(i).orElseThrow();
        standing.rank(rank).score(score)
            .summary(TeamSentences.ranked(team.name(), score, rank, metrics, rankedOn));
      } else {
        LocalizedText reason = tasks.isEmpty() ? TeamSentences.noTasks(year)
            : TeamSentences.noRankedTask(year);
        standing.unranked(reason).summary(TeamSentences.unranked(team.name(), reason));
      }
      standings.add(standing.build());
    }
    // Ranked teams by rank (a stable sort keeps roster order among ties), unranked ones last.
    standings.sort(Comparator.comparing(s -> s.rank().orElse(Integer.MAX_VALUE)));
    return TeamRanking.builder()
        .planId(plan.id())
        .month(month)
        .through(through)
        .timeProgress(progress)
        .rule(rule)
        .teams(standings)
        .build();
  }

  /**
   * The weighted mean of the completions the rule counts, each capped at the rule's cap if it has
   * one; empty if it counts none of them.
   */
  private static Optional<BigDecimal> score(Map<TeamMetric, BigDecimal> completions,
      TeamRankingRule rule) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Map.Entry<TeamMetric, BigDecimal> entry : completions.entrySet()) {
      Optional<BigDecimal> weight = rule.weightOf(entry.getKey());
      if (weight.isPresent()) {
        weighted = weighted.add(rule.scored(entry.getValue()).multiply(weight.get()));
        weights = weights.add(weight.get());
      }
    }
    return weights.signum() == 0 ? Optional.empty()
        : Optional.of(weighted.divide(weights, Precision.MATH_CONTEXT));
  }

  /** Index → competition rank among the items that have a value; items without one are absent. */
  private static <T> Map<Integer, Integer> ranksOf(List<T> items,
      java.util.function.Function<T, Optional<BigDecimal>> value) {
    List<Integer> indexes = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<BigDecimal> v = value.apply(items.get(i));
      if (v.isPresent()) {
        indexes.add(i);
        values.add(v.get());
      }
    }
    List<Integer> ranks = Rankings.competitionRanks(values);
    Map<Integer, Integer> byIndex = new HashMap<>();
    for (int k = 0; k < indexes.size(); k++) {
      byIndex.put(indexes.get(k), ranks.get(k));
    }
    return byIndex;
  }
}
