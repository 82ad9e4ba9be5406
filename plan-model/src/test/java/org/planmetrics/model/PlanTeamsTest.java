package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Unit;

/**
 * The teams (组团) the text creates in 四.(二).1 and the team ranking rule, as plan data: the
 * bundled plan's three teams, and the checks a plan file's teams must pass.
 */
class PlanTeamsTest {

  private final Plan plan = BundledPlans.gongqingcheng2022();

  @Test
  void theBundledPlanNamesTheThreeTeamsOfClause四二1WithTheirLeads() {
    assertThat(plan.teams())
        .extracting(Team::id, Team::clause, t -> t.lead().orElse(null))
        .containsExactly(
            tuple("project-team-100-50", "四.(二).1", null),
            tuple("legal-team", "四.(二).1", "justice-bureau"),
            tuple("capital-investment-team", "四.(二).1", "finance-sasac-bureau"));
    assertThat(plan.team("capital-investment-team").orElseThrow().members())
        .containsExactly("fund-town-service-center", "digital-industry-economy-center");
    // Each team's words are the plan's own: they must be found in the clause's text.
    Measure structure = plan.measure("investment-group-structure").orElseThrow();
    assertThat(plan.teams()).allSatisfy(team ->
        assertThat(structure.text().zh()).contains(team.text().zh()));
  }

  @Test
  void theRankingRuleIsTheUnweightedMeanAndSaysItIsAReading() {
    TeamRankingRule rule = plan.teamRanking();
    assertThat(rule.metrics()).isEmpty();
    for (TeamMetric metric : TeamMetric.values()) {
      assertThat(rule.weightOf(metric)).contains(BigDecimal.ONE);
    }
    assertThat(rule.rationale().zh()).contains("未给出排位方法", "算术平均数");
    assertThat(rule.rationale().en()).contains("gives no method", "plain mean");
  }

  @Test
  void aRuleThatListsMetricsWeighsOnlyThose() {
    TeamRankingRule rule = TeamRankingRule.builder()
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_INVESTMENT, new BigDecimal("2")))
        .addMetrics(MetricWeight.builder().metric(TeamMetric.MAJOR_PROJECTS).build())
        .rationale(LocalizedText.of("示例", "example"))
        .build();

    assertThat(rule.weightOf(TeamMetric.SIGNED_INVESTMENT)).contains(new BigDecimal("2"));
    assertThat(rule.weightOf(TeamMetric.MAJOR_PROJECTS)).contains(BigDecimal.ONE);
    assertThat(rule.weightOf(TeamMetric.ACTIVITIES)).isEmpty();
  }

  @Test
  void everyMetricIsFoundByItsIdAndInvestmentIsTheOnlyAmount() {
    for (TeamMetric metric : TeamMetric.values()) {
      assertThat(TeamMetric.fromId(metric.id())).contains(metric);
      assertThat(metric.unit()).isEqualTo(metric == TeamMetric.SIGNED_INVESTMENT
          ? Unit.CNY_100M : Unit.COUNT);
    }
    assertThat(TeamMetric.fromId("signed_investment")).isEmpty();
  }

  @Test
  void teamsAndTheRuleSurviveAWriteAndARead() {
    String written = PlanFiles.write(plan);

    assertThat(written).contains("\"teams\"", "\"teamRanking\"");
    assertThat(PlanFiles.read(written, "round-trip").teams()).isEqualTo(plan.teams());
    TeamRankingRule weighted = TeamRankingRule.builder().from(plan.teamRanking())
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_INVESTMENT, new BigDecimal("1.5")))
        .build();
    Plan withWeights = plan.withTeamRanking(weighted);
    String weightedFile = PlanFiles.write(withWeights);
    assertThat(weightedFile).contains("\"metric\" : \"signed-investment\"");
    assertThat(PlanFiles.read(weightedFile, "round-trip").teamRanking()).isEqualTo(weighted);
  }

  @Test
  void everyBrokenTeamAndWeightIsListedWithItsPointer() {
    Team unknownLead = Team.builder().from(plan.teams().get(1)).lead("justice-office").build();
    Team twice = Team.builder().from(plan.teams().get(2))
        .id("legal-team").members(List.of("fund-town-service-center", "fund-town"))
        .build();
    TeamRankingRule badRule = TeamRankingRule.builder().from(plan.teamRanking())
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_PROJECTS, BigDecimal.ZERO))
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_PROJECTS, BigDecimal.ONE))
        .addMetrics(MetricWeight.of(TeamMetric.ACTIVITIES, new BigDecimal("-1")))
        .completionCap(BigDecimal.ZERO)
        .build();

    assertThatThrownBy(() -> Plan.builder().from(plan)
        .teams(List.of(plan.teams().get(0), unknownLead, twice))
        .teamRanking(badRule)
        .build())
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
                .containsExactly(
                    tuple("/teams/2/id", "duplicate-id", "legal-team"),
                    tuple("/teams/1/lead", "unknown-reference", "justice-office"),
                    tuple("/teams/2/members/1", "unknown-reference", "fund-town"),
                    tuple("/teamRanking/completionCap", "not-positive", "0"),
                    tuple("/teamRanking/metrics/0/weight", "not-positive", "0"),
                    tuple("/teamRanking/metrics/1/metric", "duplicate-id", "signed-projects"),
                    tuple("/teamRanking/metrics/2/weight", "not-positive", "-1")));
  }

  @Test
  void activityKindsAreTheThreeOfThe走访洽谈推介TextAndMayNotRepeatOrClashWithACadence() {
    assertThat(plan.activityKinds()).extracting(ActivityKind::kind, ActivityKind::clause)
        .containsExactly(tuple("VISIT", "五.2"), tuple("NEGOTIATION", "五.2"),
            tuple("PROMOTION_EVENT", "四.(一).3"));
    ActivityKind again = plan.activityKinds().get(0);
    ActivityKind meeting = ActivityKind.builder().from(again).kind("TEAM_MEETING").build();

    assertThatThrownBy(() -> Plan.builder().from(plan).addActivityKinds(again, meeting).build())
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
                .containsExactly(
                    tuple("/activityKinds/3/kind", "duplicate-id", "VISIT"),
                    tuple("/activityKinds/4/kind", "duplicate-id", "TEAM_MEETING")));
  }

  @Test
  void aUnitThatOnlyATeamNamesIsInUse() {
    ResponsibleUnit lawFirm = ResponsibleUnit.builder().from(plan.unit("justice-bureau")
        .orElseThrow()).id("retained-law-firm").name(LocalizedText.of("律师事务所", "Law firm"))
        .build();
    Team withFirm = Team.builder().from(plan.team("legal-team").orElseThrow())
        .addMembers("retained-law-firm").build();

    Plan extended = Plan.builder().from(plan).addUnits(lawFirm)
        .teams(List.of(plan.teams().get(0), withFirm, plan.teams().get(2))).build();

    assertThat(extended.team("legal-team").orElseThrow().members())
        .containsExactly("retained-law-firm");
    assertThatThrownBy(() -> Plan.builder().from(plan).addUnits(lawFirm).build())
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("unused-unit"));
  }
}
