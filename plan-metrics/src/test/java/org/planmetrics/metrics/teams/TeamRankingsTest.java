package org.planmetrics.metrics.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.result.TeamStanding;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.MetricWeight;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.TeamRankingRule;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The monthly team ranking for May 2023 on the bundled plan, worked by hand. Time progress is
 * 5/12 = 41.67%. The four teams:
 *
 * <pre>
 * team    tasks 2023                     counted through 31 May                 completions        score
 * team-1  50 亿元, 4 signed              25 + 6.25 = 31.25 亿元, 2 signed        0.625, 0.5         0.5625
 * team-2  40 亿元, 2 signed, 1 started   25 亿元, 1 signed, 1 started            0.625, 0.5, 1      0.7083…
 * team-3  (tasks for 2024 only)          –                                       –                  unranked
 * team-4  80 亿元, 8 signed              50 + 5 + 5 = 60 亿元, 3 signed          0.75, 0.375        0.5625
 * </pre>
 *
 * So team-2 ranks 1st and team-1 and team-4 share 2nd. Projects signed on 31 May count; those
 * signed in 2022 or on 1 June do not.
 */
class TeamRankingsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final YearMonth MAY_2023 = YearMonth.of(2023, 5);

  private static RosterTeam team(String id, String zh, String en, Map<String, Integer> tasks2023) {
    RosterTeam.Builder team = RosterTeam.builder().id(id).name(LocalizedText.of(zh, en))
        .addUnits("commerce-bureau");
    if (!tasks2023.isEmpty()) {
      team.putTasks("2023", Map.copyOf(tasks2023.entrySet().stream().collect(
          java.util.stream.Collectors.toMap(Map.Entry::getKey,
              e -> BigDecimal.valueOf(e.getValue())))));
    }
    return team.build();
  }

  private static LedgerProject project(String id, String team, String signedOn, String investment) {
    return LedgerProject.builder().id(id).team(team).signedOn(LocalDate.parse(signedOn))
        .investment(new BigDecimal(investment)).build();
  }

  private static Observations may2023() {
    return Observations.builder()
        .asOf(LocalDate.of(2023, 6, 5))
        .addTeams(team("team-1", "招商一组", "Team 1",
            Map.of("signed-investment", 50, "signed-projects", 4)))
        .addTeams(team("team-2", "招商二组", "Team 2",
            Map.of("signed-investment", 40, "signed-projects", 2, "started-projects", 1)))
        .addTeams(RosterTeam.builder().id("team-3").name(LocalizedText.of("招商三组", "Team 3"))
            .putTasks("2024", Map.of("signed-projects", BigDecimal.TEN)).build())
        .addTeams(team("team-4", "招商四组", "Team 4",
            Map.of("signed-investment", 80, "signed-projects", 8)))
        .addProjects(
            project("P0", "team-1", "2022-12-31", "10"),
            project("P1", "team-1", "2023-02-10", "25"),
            project("P2", "team-1", "2023-05-31", "6.25"),
            project("P3", "team-1", "2023-06-01", "30"),
            LedgerProject.builder().from(project("Q1", "team-2", "2022-11-01", "120"))
                .startedOn(LocalDate.of(2023, 3, 1)).build(),
            project("Q2", "team-2", "2023-04-01", "25"),
            project("R1", "team-4", "2023-01-05", "50"),
            project("R2", "team-4", "2023-03-03", "5"),
            project("R3", "team-4", "2023-05-20", "5"),
            LedgerProject.builder().id("N1").signedOn(LocalDate.of(2023, 1, 9))
                .investment(new BigDecimal("500")).build())
        .addEvents(
            LoggedEvent.builder().kind("TEAM_MEETING").date(LocalDate.of(2023, 1, 9))
                .team("team-1").build(),
            LoggedEvent.builder().kind("TEAM_MEETING").date(LocalDate.of(2023, 5, 31))
                .team("team-1").build(),
            LoggedEvent.builder().kind("TEAM_MEETING").date(LocalDate.of(2023, 6, 1))
                .team("team-1").build(),
            LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, 2, 1)))
        .build();
  }

  private static TeamStanding standing(TeamRanking ranking, String team) {
    return ranking.teams().stream().filter(t -> t.team().equals(team)).findFirst().orElseThrow();
  }

  private static TeamMetricStanding metric(TeamStanding standing, TeamMetric metric) {
    return standing.metrics().stream().filter(m -> m.metric() == metric).findFirst()
        .orElseThrow();
  }

  @Test
  void mayRanksTeam2FirstThenTeams1And4TiedSecondThenTeam3Unranked() {
    TeamRanking ranking = TeamRankings.ranking(PLAN, may2023(), MAY_2023);

    assertThat(ranking.through()).isEqualTo(LocalDate.of(2023, 5, 31));
    assertThat(ranking.timeProgress()).isEqualByComparingTo("0.41666666666666666667");
    assertThat(ranking.teams())
        .extracting(TeamStanding::team, t -> t.rank().orElse(null),
            t -> t.score().map(BigDecimal::toPlainString).orElse(null))
        .containsExactly(
            tuple("team-2", 1, "0.70833333333333333333"),
            tuple("team-1", 2, "0.5625"),
            tuple("team-4", 2, "0.5625"),
            tuple("team-3", null, null));
  }

  @Test
  void eachMetricCountsTheTeamsProjectsAndEventsFromJanuaryThroughTheMonthsLastDay() {
    TeamRanking ranking = TeamRankings.ranking(PLAN, may2023(), MAY_2023);

    TeamStanding team1 = standing(ranking, "team-1");
    assertThat(team1.metrics()).extracting(TeamMetricStanding::metric,
            m -> m.actual().toPlainString())
        .containsExactly(
            tuple(TeamMetric.SIGNED_INVESTMENT, "31.25"),
            tuple(TeamMetric.SIGNED_PROJECTS, "2"),
            // P1's 25 亿元 is in the "50·20" band [20, 100); P2's 6.25 is in none.
            tuple(TeamMetric.MAJOR_PROJECTS, "1"),
            tuple(TeamMetric.STARTED_PROJECTS, "0"),
            // 9 January and 31 May count; 1 June does not.
            tuple(TeamMetric.ACTIVITIES, "2"));
    // Q1 was signed in 2022 and started in March 2023: a start of 2023, not a signing.
    TeamStanding team2 = standing(ranking, "team-2");
    assertThat(metric(team2, TeamMetric.SIGNED_INVESTMENT).actual()).isEqualByComparingTo("25");
    assertThat(metric(team2, TeamMetric.STARTED_PROJECTS).actual()).isEqualByComparingTo("1");
    assertThat(metric(team2, TeamMetric.MAJOR_PROJECTS).actual()).isEqualByComparingTo("1");
  }

  @Test
  void completionGapAndRankOfEachTaskedMetric() {
    TeamRanking ranking = TeamRankings.ranking(PLAN, may2023(), MAY_2023);

    TeamMetricStanding investment = metric(standing(ranking, "team-1"),
        TeamMetric.SIGNED_INVESTMENT);
    assertThat(investment.task()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("50"));
    assertThat(investment.completion()).hasValueSatisfying(c ->
        assertThat(c).isEqualByComparingTo("0.625"));
    // (0.625 − 0.41666666666666666667) × 100: 20.8333… points ahead, 20.8 as shown.
    assertThat(investment.gapPercentagePoints()).hasValueSatisfying(g ->
        assertThat(g).isEqualByComparingTo("20.833333333333333333"));
    // Signed investment: team-4 0.75 first, team-1 and team-2 0.625 share 2nd.
    assertThat(ranking.teams()).extracting(TeamStanding::team,
            t -> metric(t, TeamMetric.SIGNED_INVESTMENT).rank().orElse(null))
        .containsExactly(tuple("team-2", 2), tuple("team-1", 2), tuple("team-4", 1),
            tuple("team-3", null));
    // Signed projects: team-1 and team-2 at 0.5 share 1st, team-4 at 0.375 is 3rd.
    assertThat(ranking.teams()).extracting(TeamStanding::team,
            t -> metric(t, TeamMetric.SIGNED_PROJECTS).rank().orElse(null))
        .containsExactly(tuple("team-2", 1), tuple("team-1", 1), tuple("team-4", 3),
            tuple("team-3", null));
    // Without a task there is an actual and nothing else.
    TeamMetricStanding untasked = metric(standing(ranking, "team-1"), TeamMetric.ACTIVITIES);
    assertThat(untasked.task()).isEmpty();
    assertThat(untasked.completion()).isEmpty();
    assertThat(untasked.rank()).isEmpty();
  }

  @Test
  void eachTeamHasTheSentenceOfAMonthlyBulletin() {
    TeamRanking ranking = TeamRankings.ranking(PLAN, may2023(), MAY_2023);

    assertThat(standing(ranking, "team-1").summary()).isEqualTo(LocalizedText.of(
        "招商一组综合完成率56.3%,排名第2。签约额完成年度任务的62.5%,超序时进度20.8个百分点,排名第2;"
            + "签约项目数完成年度任务的50.0%,超序时进度8.3个百分点,排名第1。",
        "Team 1: overall completion 56.3%, ranked 2nd. Signed investment at 62.5% of the annual "
            + "task, 20.8 percentage points ahead of schedule, ranked 2nd; signed projects at "
            + "50.0% of the annual task, 8.3 percentage points ahead of schedule, ranked 1st."));
    // Team 2 alone has a started-projects task (1 of 1, Q1 started in March): no rank on it.
    assertThat(standing(ranking, "team-2").summary().zh())
        .endsWith("开工项目数完成年度任务的100.0%,超序时进度58.3个百分点,仅本组团有此项任务。");
    assertThat(standing(ranking, "team-2").summary().en())
        .endsWith(", the only team with this task.");
    assertThat(metric(standing(ranking, "team-2"), TeamMetric.STARTED_PROJECTS).rank())
        .hasValue(1);
    assertThat(standing(ranking, "team-3").summary()).isEqualTo(LocalizedText.of(
        "招商三组未参与排名:2023年未下达任务。", "Team 3: not ranked; no tasks were set for 2023."));
    assertThat(standing(ranking, "team-3").unranked()).isPresent();
  }

  @Test
  void aWeightedRuleCountsOnlyItsMetricsAndATeamWithNoneOfThemIsUnranked() {
    Plan weighted = PLAN.withTeamRanking(TeamRankingRule.builder()
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_INVESTMENT, new BigDecimal("3")))
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_PROJECTS, BigDecimal.ONE))
        .rationale(LocalizedText.of("示例", "example"))
        .build());

    TeamRanking ranking = TeamRankings.ranking(weighted, may2023(), MAY_2023);

    // team-4: (0.75×3 + 0.375) ÷ 4 = 0.65625; team-1 and team-2: (0.625×3 + 0.5) ÷ 4 = 0.59375
    // (team-2's started-projects task does not count).
    assertThat(ranking.teams())
        .extracting(TeamStanding::team, t -> t.rank().orElse(null),
            t -> t.score().map(BigDecimal::toPlainString).orElse(null))
        .containsExactly(tuple("team-4", 1, "0.65625"), tuple("team-1", 2, "0.59375"),
            tuple("team-2", 2, "0.59375"), tuple("team-3", null, null));

    Plan activitiesOnly = PLAN.withTeamRanking(TeamRankingRule.builder()
        .addMetrics(MetricWeight.of(TeamMetric.ACTIVITIES, BigDecimal.ONE))
        .rationale(LocalizedText.of("示例", "example"))
        .build());
    assertThat(TeamRankings.ranking(activitiesOnly, may2023(), MAY_2023).teams())
        .allSatisfy(t -> assertThat(t.rank()).isEmpty())
        .filteredOn(t -> t.team().equals("team-1"))
        .singleElement().satisfies(t -> assertThat(t.unranked()).hasValue(LocalizedText.of(
            "2023年的任务均不在排位指标之内",
            "none of its 2023 tasks is a metric the ranking counts")));
  }

  @Test
  void aCapStopsOneTaskFarOverItsTargetFromOutrankingATeamThatMetEveryTask() {
    // Team A: 40 of 50 亿元 (0.8) and 2 major projects of 1 (2.0); team B: 50 of 50 and 1 of 1.
    Observations june = Observations.builder()
        .asOf(LocalDate.of(2023, 7, 5))
        .addTeams(team("team-a", "甲组", "Team A",
            Map.of("signed-investment", 50, "major-projects", 1)))
        .addTeams(team("team-b", "乙组", "Team B",
            Map.of("signed-investment", 50, "major-projects", 1)))
        .addProjects(project("A1", "team-a", "2023-02-01", "20"),
            project("A2", "team-a", "2023-03-01", "20"),
            project("B1", "team-b", "2023-04-01", "50"))
        .build();
    Plan capped = PLAN.withTeamRanking(PLAN.teamRanking().withCompletionCap(BigDecimal.ONE));

    TeamRanking inFull = TeamRankings.ranking(PLAN, june, YearMonth.of(2023, 6));
    TeamRanking atMost100 = TeamRankings.ranking(capped, june, YearMonth.of(2023, 6));

    // In full: A (0.8 + 2.0) ÷ 2 = 1.4 before B's 1.0. Capped at 100%: A (0.8 + 1.0) ÷ 2 = 0.9.
    assertThat(inFull.teams()).extracting(TeamStanding::team, t -> t.score().orElseThrow())
        .containsExactly(tuple("team-a", new BigDecimal("1.4")), tuple("team-b", BigDecimal.ONE));
    assertThat(atMost100.teams()).extracting(TeamStanding::team, t -> t.score().orElseThrow())
        .containsExactly(tuple("team-b", BigDecimal.ONE), tuple("team-a", new BigDecimal("0.9")));
    // The completion shown for the metric is never capped.
    assertThat(metric(standing(atMost100, "team-a"), TeamMetric.MAJOR_PROJECTS).completion())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));
  }

  @Test
  void aMonthThatHasNotEndedByTheAsOfDateIsRefusedNamingTheMonth() {
    Observations asOfMidJune = Observations.builder().from(may2023())
        .asOf(LocalDate.of(2023, 6, 29)).build();

    assertThatThrownBy(() -> TeamRankings.ranking(PLAN, asOfMidJune, YearMonth.of(2023, 6)))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("month");
          assertThat(e.value()).isEqualTo("2023-06");
        })
        .hasMessageContaining("2023-06-29");
    assertThat(TeamRankings.ranking(PLAN, Observations.builder().from(may2023())
        .asOf(LocalDate.of(2023, 5, 31)).build(), MAY_2023).teams()).hasSize(4);
  }

  @Test
  void observationsWithoutTeamsGiveAnEmptyRanking() {
    Observations none = Observations.builder().asOf(LocalDate.of(2023, 6, 5)).build();

    TeamRanking ranking = TeamRankings.ranking(PLAN, none, MAY_2023);

    assertThat(ranking.teams()).isEmpty();
    assertThat(ranking.rule()).isEqualTo(PLAN.teamRanking());
  }
}
