package org.planmetrics.metrics.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.QuarterlyTeamReview;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.TaskReview;
import org.planmetrics.metrics.result.TeamQuarter;
import org.planmetrics.metrics.result.TeamWeek;
import org.planmetrics.metrics.result.WeeklyTeamReport;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The weekly and quarterly team reports on the sample data, worked by hand. In 2024 team 1 signed
 * P-2024-13 (8 亿元, 1 February) and P-2024-11 (45 亿元, Tuesday 16 April, ISO week 16), and logged
 * a negotiation on Saturday 20 April; its 2024 tasks are 200 亿元, 3 projects, 2 major, 1 started.
 */
class TeamReportsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  private static Observations sample() throws Exception {
    return PlanJson.mapper().readValue(
        Path.of("..", "samples", "gongqingcheng-sample.json").toFile(), Observations.class);
  }

  private static TeamWeek team(WeeklyTeamReport report, String id) {
    return report.teams().stream().filter(t -> t.team().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void week16Of2024ShowsTeam1sNegotiationItsSigningAndItsYearSoFar() throws Exception {
    WeeklyTeamReport report = TeamReports.weekly(PLAN, sample(), 2024, 16);

    assertThat(report.week()).isEqualTo("2024-W16");
    assertThat(report.from()).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(report.through()).isEqualTo(LocalDate.of(2024, 4, 21));
    assertThat(report.teams()).extracting(TeamWeek::team)
        .containsExactly("team-1", "team-2", "project-team-100-50", "legal-team");
    TeamWeek team1 = team(report, "team-1");
    assertThat(team1.activities()).extracting(a -> a.kind(), a -> a.name().zh(), a -> a.count())
        .containsExactly(tuple("NEGOTIATION", "项目洽谈", 1));
    assertThat(team1.signed()).extracting(s -> s.project()).containsExactly("P-2024-11");
    assertThat(team1.signedInvestment()).isEqualByComparingTo("45");
    assertThat(team1.yearToDate()).filteredOn(f -> f.metric() == TeamMetric.SIGNED_INVESTMENT)
        .singleElement().satisfies(f -> {
          assertThat(f.actual()).isEqualByComparingTo("53");
          assertThat(f.completion()).hasValueSatisfying(c ->
              assertThat(c).isEqualByComparingTo("0.265"));
          assertThat(f.rank()).isEmpty();
        });
    assertThat(team1.summary()).isEqualTo(LocalizedText.of(
        "招商一组(示例)本周开展招商活动1次(项目洽谈1次),新签约项目1个、投资额45.00亿元;"
            + "年初以来签约额53.00亿元(完成年度任务的26.5%)、签约项目2个。",
        "Team 1 (illustrative), this week: 1 activity (Project negotiation 1); 1 project "
            + "signed, 45.00 (CNY 100 million). Year to date: 53.00 (CNY 100 million) signed "
            + "(26.5% of the annual task), 2 projects."));
    // One project is "1 project", not "1 projects".
    assertThat(team(report, "project-team-100-50").summary().en()).endsWith(", 1 project.");
    assertThat(team(report, "team-2").summary().zh()).isEqualTo(
        "招商二组(示例)本周无招商活动记录,本周无新签约项目;年初以来签约额0.00亿元(完成年度任务的0.0%)、"
            + "签约项目0个。");
    // The legal team has no tasks: its year to date has actuals only.
    assertThat(team(report, "legal-team").yearToDate())
        .allSatisfy(f -> assertThat(f.task()).isEmpty());
  }

  @Test
  void weeksAreIsoWeeksAndOnlyThoseThatExistAndAreOver() throws Exception {
    Observations sample = sample();
    // 2020 has 53 ISO weeks; its week 53 runs from 28 December 2020 to 3 January 2021, and its
    // year to date is 2021's.
    Observations late = Observations.builder().from(sample).asOf(LocalDate.of(2021, 1, 3))
        .build();
    WeeklyTeamReport week53 = TeamReports.weekly(PLAN, late, 2020, 53);
    assertThat(week53.from()).isEqualTo(LocalDate.of(2020, 12, 28));
    assertThat(week53.through()).isEqualTo(LocalDate.of(2021, 1, 3));

    assertThatThrownBy(() -> TeamReports.weekly(PLAN, sample, 2024, 53))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e ->
            assertThat(e.argument()).isEqualTo("week"))
        .hasMessageContaining("between 1 and 52");
    // Week 26 of 2024 ends on Sunday 30 June, the sample's asOf; week 27 does not.
    assertThat(TeamReports.weekly(PLAN, sample, 2024, 26).through())
        .isEqualTo(LocalDate.of(2024, 6, 30));
    assertThatThrownBy(() -> TeamReports.weekly(PLAN, sample, 2024, 27))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("week");
          assertThat(e.value()).isEqualTo("2024-W27");
        });
  }

  @Test
  void theSecondQuarterOf2024JudgesEachTaskAgainstHalfTheYear() throws Exception {
    QuarterlyTeamReview review = TeamReports.quarterly(PLAN, sample(), 2024, 2);

    assertThat(review.quarter()).isEqualTo("2024-Q2");
    assertThat(review.through()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(review.timeProgress()).isEqualByComparingTo("0.5");
    // 53/200 = 26.5% behind; 2/3 on track; 1/2 = 50% exactly on pace, so on track; 0/1 behind.
    assertThat(review.teams().get(0).tasks())
        .extracting(TaskReview::metric, t -> t.actual().stripTrailingZeros().toPlainString(),
            TaskReview::status)
        .containsExactly(
            tuple(TeamMetric.SIGNED_INVESTMENT, "53", Status.BEHIND),
            tuple(TeamMetric.SIGNED_PROJECTS, "2", Status.ON_TRACK),
            tuple(TeamMetric.MAJOR_PROJECTS, "1", Status.ON_TRACK),
            tuple(TeamMetric.STARTED_PROJECTS, "0", Status.BEHIND));
    // The 100·50 team signed its 150 亿元 and its one major project: met before the year ends.
    assertThat(review.teams().get(2).tasks()).extracting(TaskReview::status)
        .containsOnly(Status.MET);
    assertThat(review.teams().get(0).summary().zh()).isEqualTo(
        "招商一组(示例)2024年第二季度任务考评:签约额完成年度任务的26.5%,落后;签约项目数完成年度任务的66.7%,"
            + "进度正常;重大项目数完成年度任务的50.0%,进度正常;开工项目数完成年度任务的0.0%,落后。");
    TeamQuarter legal = review.teams().get(3);
    assertThat(legal.tasks()).isEmpty();
    assertThat(legal.summary().en())
        .isEqualTo("Legal team (illustrative), 2024 Q2: no tasks were set for 2024.");
  }

  @Test
  void theFourthQuarterClosesTheYearSoWhatIsShortIsMissed() throws Exception {
    // Team 1 in 2023: P-2023-07 (25) and P-2023-09 (22), both major, against 60, 3 and 1.
    QuarterlyTeamReview review = TeamReports.quarterly(PLAN, sample(), 2023, 4);

    assertThat(review.teams().get(0).tasks())
        .extracting(TaskReview::metric, TaskReview::status)
        .containsExactly(
            tuple(TeamMetric.SIGNED_INVESTMENT, Status.MISSED),
            tuple(TeamMetric.SIGNED_PROJECTS, Status.MISSED),
            tuple(TeamMetric.MAJOR_PROJECTS, Status.MET));
    assertThatThrownBy(() -> TeamReports.quarterly(PLAN, sample(), 2024, 5))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e ->
            assertThat(e.argument()).isEqualTo("quarter"));
    assertThatThrownBy(() -> TeamReports.quarterly(PLAN, sample(), 2024, 3))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e ->
            assertThat(e.value()).isEqualTo("2024-Q3"));
  }
}
