package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planmetrics.metrics.assessment.Fixtures.ASSESSOR;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.SELF;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_ZH;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.values;
import static org.planmetrics.metrics.assessment.Fixtures.worstByIssueOrder;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.Goal;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Target;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/** The whole plan assessed at once: 13 targets in 3 goals, 10 cadences, counts by status. */
class ScorecardTest {

  private static Observations issueExample() throws Exception {
    try (InputStream in = ScorecardTest.class.getResourceAsStream("issue-example.json")) {
      return PlanJson.mapper().readValue(in, Observations.class);
    }
  }

  /**
   * Everything odd at once that can be built: none of it may make the assessment throw. (Keys
   * that are no period, a period or an id given twice and ranks out of range cannot be built.)
   */
  private static Observations oddData() {
    return on("2023-06-30")
        .putSeries(FDI, values("2021", "-2", "2022", "-1", "2022-06", "0", "2023-06", "-3"))
        .putSeries("cash-fdi", values("2021", "0", "2022", "0", "2023-06", "0"))
        .putSeries("out-of-province-capital", values("2023", "99", "2022-12", "-50"))
        .putSeries("open-economy", values("2022", "-1"))
        .putSeries("no-such-indicator", values("2022", "1"))
        // A negative investment cannot be built (ProjectRules); a zero one is odd enough.
        .addProjects(project("X", "2022-03-01", "0.00").industrial(true).build())
        .addProjects(project("X2", "2022-03-01", "0").leadingIndustry(true).build())
        .addProjects(project("Y", "1900-01-01", "1E+6").build())
        .addProjects(project("Z", "2999-01-01", "150").build())
        .putPeers("2022", Map.of(SELF, PeerFigures.of(new BigDecimal("-1"), new BigDecimal("-9")),
            "atlantis", PeerFigures.of(BigDecimal.TEN, BigDecimal.ONE)))
        .putPeers("2023-12", Map.of(SELF, PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE)))
        // Ranks out of range cannot be built (RankRules); last of one is odd enough.
        .putRanks("2022", PublishedRanks.of(13, 13, 13))
        .putRanks("2023-06", PublishedRanks.of(1, 1, 1))
        .addEvents(LoggedEvent.of("NO_SUCH_KIND", LocalDate.of(2022, 5, 1)))
        .addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(1999, 5, 1)))
        .build();
  }

  private static void assertCompleteAndExplained(Scorecard s) {
    assertThat(s.assessments()).hasSize(13);
    assertThat(s.assessments()).extracting(Assessment::targetId)
        .containsExactlyElementsOf(PLAN.targets().stream().map(Target::id).toList());
    for (Assessment a : s.assessments()) {
      assertThat(a.explanation().zh()).as(a.targetId()).isNotBlank();
      assertThat(a.explanation().en()).as(a.targetId()).isNotBlank();
      if (a.status() == Status.NOT_ASSESSABLE) {
        assertThat(a.reason()).as(a.targetId()).isPresent();
        assertThat(a.reason().orElseThrow().zh()).as(a.targetId()).isNotBlank();
        assertThat(a.reason().orElseThrow().en()).as(a.targetId()).isNotBlank();
      }
    }
    // The document's nine cadences and 五.4's weekly newsletter (招商简讯).
    assertThat(s.cadences()).hasSize(10);
  }

  @Test
  void everyTargetIsAssessedInPlanOrder() throws Exception {
    Scorecard s = ASSESSOR.scorecard(issueExample());

    assertThat(s.assessments()).extracting(Assessment::targetId).containsExactly(
        "fdi-growth", "fdi-cumulative", "cash-fdi-growth", "cash-fdi-cumulative",
        "out-of-province-capital-growth", "out-of-province-capital-cumulative",
        "open-economy-first-tier", "tier-100-annual", "tier-50-20-annual",
        "tier-50-20-cumulative", "top-investor-share", "leading-industry-share",
        "strategic-emerging-share");
    assertThat(s.planId()).isEqualTo(PLAN.id());
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(s.window()).isEqualTo(PLAN.window());
    assertThat(s.assessments()).allMatch(a -> a.asOf().equals(s.asOf()));
  }

  @Test
  void eachGoalsStatusIsTheWorstOfItsTargets() throws Exception {
    Scorecard s = ASSESSOR.scorecard(issueExample());

    assertThat(s.goals()).extracting(GoalStatus::goalId)
        .containsExactly("opening-up", "big-projects", "industrial-clustering");
    for (GoalStatus goal : s.goals()) {
      List<Status> statuses = s.assessments().stream()
          .filter(a -> a.goalId().equals(goal.goalId())).map(Assessment::status).toList();
      assertThat(goal.status()).as(goal.goalId()).isEqualTo(worstByIssueOrder(statuses));
      assertThat(goal.title()).isEqualTo(PLAN.goal(goal.goalId()).map(Goal::title).orElseThrow());
    }
    assertThat(s.goals()).extracting(GoalStatus::status)
        .containsExactly(Status.MISSED, Status.MISSED, Status.BEHIND);
  }

  @Test
  void aGoalWithEveryTargetMetIsMet() {
    // industrial-clustering's two shares, after the window: 8 of 10 leading, 7 of 10 emerging.
    Observations.Builder o = on("2025-01-31");
    for (int i = 0; i < 10; i++) {
      o.addProjects(project("P" + i, "2022-05-01", "5").industrial(true)
          .leadingIndustry(i < 8).strategicEmerging(i < 7).build());
    }
    Scorecard s = ASSESSOR.scorecard(o.build());

    assertThat(s.goals().get(2).status()).isEqualTo(Status.MET);
    assertThat(s.assessment("leading-industry-share").orElseThrow().status())
        .isEqualTo(Status.MET);
    assertThat(s.assessment("strategic-emerging-share").orElseThrow().status())
        .isEqualTo(Status.MET);
  }

  @Test
  void countsByStatusHaveEveryStatusAndCountItsAssessments() throws Exception {
    Scorecard s = ASSESSOR.scorecard(issueExample());

    assertThat(s.countsByStatus()).containsOnlyKeys(EnumSet.allOf(Status.class));
    for (Status status : Status.values()) {
      long expected = s.assessments().stream().filter(a -> a.status() == status).count();
      assertThat(s.countsByStatus().get(status)).as(status.name()).isEqualTo((int) expected);
    }
    assertThat(s.countsByStatus().get(Status.MET)).isZero();
  }

  @Test
  void beforeTheWindowEveryTargetIsNotAssessable() {
    Scorecard s = ASSESSOR.scorecard(on("2021-12-31").build());

    assertThat(s.countsByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Status.MET, 0, Status.ON_TRACK, 0, Status.NOT_ASSESSABLE, 13, Status.BEHIND, 0,
        Status.MISSED, 0));
    assertThat(s.goals()).allMatch(g -> g.status() == Status.NOT_ASSESSABLE);
    assertCompleteAndExplained(s);
  }

  /** Every cadence of the plan kept from the window's start to {@code asOf}. */
  private static List<LoggedEvent> everyCadenceKept(LocalDate asOf) {
    List<LoggedEvent> events = new java.util.ArrayList<>();
    for (LocalDate d = LocalDate.of(2022, 1, 3); !d.isAfter(asOf); d = d.plusWeeks(1)) {
      events.add(LoggedEvent.of("WEEKLY_BULLETIN", d));
      events.add(LoggedEvent.of("INVESTMENT_NEWSLETTER", d));
    }
    for (LocalDate m = LocalDate.of(2022, 1, 1); !m.isAfter(asOf); m = m.plusMonths(1)) {
      events.add(LoggedEvent.of("TEAM_MEETING", m.plusDays(4)));
      events.add(LoggedEvent.of("TEAM_MEETING", m.plusDays(14)));
      events.add(LoggedEvent.of("RANKING_BULLETIN", m.plusDays(2)));
      events.add(LoggedEvent.of("COORDINATION_MEETING", m.plusDays(3)));
      events.add(LoggedEvent.of("SUPERVISION_MEETING", m.plusDays(3)));
      events.add(LoggedEvent.of("TASK_EVALUATION", m.plusDays(3)));
      events.add(LoggedEvent.of("TRAINING", m.plusDays(5)));
    }
    return events;
  }

  @Test
  void theScorecardAndEachAssessmentAndGoalReadBackFromTheirJson() throws Exception {
    Scorecard withShortPeriods = ASSESSOR.scorecard(issueExample());
    Scorecard withoutShortPeriods = ASSESSOR.scorecard(Observations.builder()
        .from(issueExample()).events(everyCadenceKept(LocalDate.of(2023, 6, 30))).build());
    assertThat(withoutShortPeriods.cadences()).allMatch(c -> c.shortfalls().isEmpty());

    for (Scorecard s : List.of(withShortPeriods, withoutShortPeriods)) {
      String json = PlanJson.mapper().writeValueAsString(s);
      Scorecard again = PlanJson.mapper().readValue(json, Scorecard.class);

      assertThat(again).isEqualTo(s);
      assertThat(PlanJson.mapper().writeValueAsString(again)).isEqualTo(json);
      assertThat(json).contains("\"targetId\":\"fdi-cumulative\"")
          .contains("\"countsByStatus\"");
    }
    assertThat(PlanJson.mapper().writeValueAsString(withShortPeriods))
        .contains("\"shortfalls\":[{\"from\":\"2023-01\",\"to\":\"2023-06\"");
    for (Assessment a : withShortPeriods.assessments()) {
      String json = PlanJson.mapper().writeValueAsString(a);
      assertThat(PlanJson.mapper().readValue(json, Assessment.class)).as(a.targetId())
          .isEqualTo(a);
    }
    for (GoalStatus g : withShortPeriods.goals()) {
      String json = PlanJson.mapper().writeValueAsString(g);
      assertThat(PlanJson.mapper().readValue(json, GoalStatus.class)).isEqualTo(g);
    }
  }

  @Test
  void oddDataNeverThrowsAndEveryTargetStillGetsAnExplainedAssessment() {
    Scorecard s = ASSESSOR.scorecard(oddData());

    assertCompleteAndExplained(s);
  }

  @Test
  void emptyObservationsNeverThrowAtAnyDate() {
    for (String asOf : List.of("-999999999-01-01", "1999-01-01", "2022-01-01", "2022-06-15",
        "2023-12-31", "2024-12-31", "2030-06-30", "+999999999-12-31")) {
      assertCompleteAndExplained(ASSESSOR.scorecard(on(asOf).build()));
    }
  }

  @Test
  void figuresTooLargeToComputeWithMakeTheirTargetsNotAssessableNamingTheFigure() {
    Observations o = on("2022-12-31")
        .putSeries(FDI, values("2021", "1E-999999999", "2022", "1E+999999999")).build();

    Scorecard s = ASSESSOR.scorecard(o);

    Assessment growth = s.assessment("fdi-growth").orElseThrow();
    assertThat(growth.status()).isEqualTo(Status.NOT_ASSESSABLE);
    LocalizedText reason = LocalizedText.of(
        "数值/series/foreign-capital-utilized/2021过大或过于精细,无法计算(最多100位数字,小数位数在±100以内)",
        "the figure /series/foreign-capital-utilized/2021 is too large or too precise to compute "
            + "with (at most 100 digits, and a scale within ±100)");
    assertThat(growth.reason()).hasValue(reason);
    assertThat(growth.explanation().zh()).isEqualTo(
        "实际利用外资年增长目标7%以上:2022年无法评估:" + reason.zh() + "。总体无法评估。" + WINDOW_ZH);
    assertThat(growth.compoundGrowthRate()).isEmpty();
    assertThat(growth.targetId()).isEqualTo("fdi-growth");
    assertThat(growth.threshold()).isEqualTo(Quantity.of("0.07", Unit.RATIO));
    Assessment cumulative = s.assessment("fdi-cumulative").orElseThrow();
    assertThat(cumulative.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(cumulative.reason().orElseThrow().en()).isEqualTo("the figure "
        + "/series/foreign-capital-utilized/2022 is too large or too precise to compute with "
        + "(at most 100 digits, and a scale within ±100)");
    assertThat(cumulative.required()).isEmpty();
    assertCompleteAndExplained(s);
  }

  @Test
  void aFigureWithAScaleOfAHundredIsStillComputedWith() {
    Observations o = on("2022-12-31").putSeries(FDI, values("2021", "1E-100", "2022", "1E+100"))
        .build();

    Scorecard s = ASSESSOR.scorecard(o);

    assertThat(year(s, "fdi-growth", 2022).status()).hasValue(Status.MET);
    assertThat(s.assessment("fdi-cumulative").orElseThrow().status()).isEqualTo(Status.MET);
    assertThat(s.assessment("fdi-cumulative").orElseThrow().required()).isPresent();
  }

  @Test
  void anInvestmentTooLargeToComputeWithMakesEveryLedgerTargetNotAssessable() {
    Observations o = on("2023-06-30")
        .addProjects(project("P1", "2022-05-10", "120.5").build())
        .addProjects(project("P2", "2022-06-10", "1E+999999999").industrial(true).build())
        .addProjects(project("P3", "2021-06-10", "1E+999999999").build())
        .build();

    Scorecard s = ASSESSOR.scorecard(o);

    LocalizedText reason = LocalizedText.of(
        "数值/projects/1/investment过大或过于精细,无法计算(最多100位数字,小数位数在±100以内)",
        "the figure /projects/1/investment is too large or too precise to compute with (at most "
            + "100 digits, and a scale within ±100)");
    for (String id : List.of("tier-100-annual", "tier-50-20-annual", "tier-50-20-cumulative",
        "top-investor-share", "leading-industry-share", "strategic-emerging-share")) {
      Assessment a = s.assessment(id).orElseThrow();
      assertThat(a.status()).as(id).isEqualTo(Status.NOT_ASSESSABLE);
      assertThat(a.reason()).as(id).hasValue(reason);
    }
    // A count that cannot be judged gives its reason, then the readings it would rely on.
    assertThat(s.assessment("tier-50-20-cumulative").orElseThrow().explanation().zh())
        .startsWith(reason.zh() + "。依据的解读:规划期按2022—2024年计;“100”项目为总投资100亿元以上");
    assertCompleteAndExplained(s);
  }

  @Test
  void inputsArePointersIntoTheObservations() throws Exception {
    Scorecard s = ASSESSOR.scorecard(issueExample());

    assertThat(s.assessment("fdi-growth").orElseThrow().inputs())
        .contains("/series/foreign-capital-utilized/2022");
    assertThat(s.assessment("fdi-cumulative").orElseThrow().inputs())
        .containsExactly("/series/foreign-capital-utilized/2022",
            "/series/foreign-capital-utilized/2023-06");
    assertThat(s.assessment("tier-100-annual").orElseThrow().inputs())
        .containsExactly("/projects/0");
    assertThat(s.assessment("top-investor-share").orElseThrow().inputs())
        .containsExactly("/projects/0");
    assertThat(s.assessment("open-economy-first-tier").orElseThrow().inputs())
        .containsExactly("/peers/2022");
  }

  @Test
  void theIssueExampleWorksEndToEnd() throws Exception {
    Scorecard s = ASSESSOR.scorecard(issueExample());
    Map<String, Status> statuses = s.assessments().stream()
        .collect(Collectors.toMap(Assessment::targetId, Assessment::status));

    // 2022: 2.21 ÷ 2.035 − 1 = 8.6% (met); 1—6月 2023: 1.15 ÷ 1.02 − 1 = 12.7% (on track).
    assertThat(statuses.get("fdi-growth")).isEqualTo(Status.ON_TRACK);
    // 2.21 + 1.15 = 3.36 of 7 is 48% after 18 of 36 months (50%).
    assertThat(statuses.get("fdi-cumulative")).isEqualTo(Status.BEHIND);
    assertThat(s.assessment("fdi-cumulative").orElseThrow().actual())
        .hasValue(Quantity.of("3.36", Unit.USD_100M));
    // Only the 2021 base of 现汇进资: 2022 has ended without figures.
    assertThat(statuses.get("cash-fdi-growth")).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(statuses.get("cash-fdi-cumulative")).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(year(s, "out-of-province-capital-growth", 2022).status()).hasValue(Status.MET);
    // 92 of 304.2 is 30.2% after 12 of 36 months (33.3%).
    assertThat(statuses.get("out-of-province-capital-cumulative")).isEqualTo(Status.BEHIND);
    assertThat(s.assessment("out-of-province-capital-cumulative").orElseThrow().required()
        .orElseThrow().requiredGrowthRate().setScale(3, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.100");
    // Two peers ranked: the tier is ceil(2 ÷ 3) = 1 place, and growth is 2nd.
    assertThat(statuses.get("open-economy-first-tier")).isEqualTo(Status.MISSED);
    // One 120.5 亿元 project signed 2022-05-10: "100" in 2022, none yet in 2023.
    assertThat(year(s, "tier-100-annual", 2022).status()).hasValue(Status.MET);
    assertThat(statuses.get("tier-100-annual")).isEqualTo(Status.BEHIND);
    assertThat(statuses.get("tier-50-20-annual")).isEqualTo(Status.MISSED);
    assertThat(statuses.get("tier-50-20-cumulative")).isEqualTo(Status.BEHIND);
    assertThat(statuses.get("top-investor-share")).isEqualTo(Status.ON_TRACK);
    assertThat(statuses.get("leading-industry-share")).isEqualTo(Status.ON_TRACK);
    assertThat(statuses.get("strategic-emerging-share")).isEqualTo(Status.BEHIND);
    assertThat(s.cadences().stream().filter(c -> c.cadenceId().equals("team-meetings-monthly"))
        .findFirst().orElseThrow().status()).isEqualTo(Status.MISSED);
    assertCompleteAndExplained(s);
  }

  @Test
  void theIssueExampleHasNoViolations() throws Exception {
    assertThat(ObservationChecks.violations(issueExample(), PLAN)).isEmpty();
  }

  @Test
  void observationsReadBackFromTheirJson() throws Exception {
    Observations o = issueExample();

    String json = PlanJson.mapper().writeValueAsString(o);

    assertThat(PlanJson.mapper().readValue(json, Observations.class)).isEqualTo(o);
    assertThat(o.projects().get(0).name()).isEqualTo("example");
    assertThat(o.projects().get(0).startedOn()).isEmpty();
  }

  @Test
  void aProjectWithoutAFlagOrNameHasTheDefaults() {
    LedgerProject p = project("P", "2022-01-01", "1").build();

    assertThat(p.name()).isEmpty();
    assertThat(p.industrial()).isFalse();
    assertThat(p.leadingIndustry()).isFalse();
    assertThat(p.strategicEmerging()).isFalse();
    assertThat(p.investorTypes()).isEmpty();
  }

  @Test
  void aScorecardLooksUpAssessmentsById() throws Exception {
    Scorecard s = ASSESSOR.scorecard(issueExample());

    assertThat(s.assessment("tier-100-annual").orElseThrow().targetId())
        .isEqualTo("tier-100-annual");
    assertThat(s.assessment("no-such-target")).isEmpty();
  }

  @Test
  void anAssessorAssessesOnlyItsPlansTargets() throws Exception {
    assertThat(ASSESSOR.assess("no-such-target", issueExample())).isEmpty();
    assertThat(ASSESSOR.plan()).isSameAs(PLAN);
    assertThatThrownBy(() -> Assessor.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("'plan' must not be null");
  }

  @Test
  void anotherWindowReadingShiftsEveryAssessment() {
    Assessor publication = Assessor.of(PLAN.withWindowReading("publication"));
    Observations o = on("2023-12-31").putSeries(FDI, values("2022", "2", "2023", "2.2")).build();

    Scorecard s = publication.scorecard(o);

    assertThat(s.window().startYear()).isEqualTo(2023);
    Assessment growth = s.assessment("fdi-growth").orElseThrow();
    assertThat(growth.years()).extracting(YearAssessment::year).containsExactly(2023, 2024, 2025);
    assertThat(growth.status()).isEqualTo(Status.ON_TRACK);
    assertThat(s.assessment("fdi-cumulative").orElseThrow().actual())
        .hasValue(Quantity.of("2.2", Unit.USD_100M));
  }

  private static YearAssessment year(Scorecard s, String targetId, int year) {
    return Fixtures.year(s.assessment(targetId).orElseThrow(), year);
  }
}
