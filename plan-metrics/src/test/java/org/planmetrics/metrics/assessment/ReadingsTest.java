package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.ASSESSOR;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_EN;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_ZH;
import static org.planmetrics.metrics.assessment.Fixtures.on;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.MetricWeight;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.TeamRankingRule;
import org.planmetrics.model.time.WindowSelection;

/**
 * The readings the assessments rely on: the window's (the bundled plan weighs 2022–2024 against
 * 2023–2025) and the plan file's; each assessment lists those it depends on and its explanation
 * ends by naming them.
 */
class ReadingsTest {

  private static final Scorecard CARD = ASSESSOR.scorecard(on("2023-06-30").build());

  @Test
  void theWindowComesFirstThenTheFilesReadingsInFileOrderThenTheTwoRulesOfTheReports() {
    assertThat(ASSESSOR.readings()).extracting(Reading::id).containsExactly("window",
        "open-economy-index", "first-tier-rule", "tier-bands", "top-investor-share-base",
        "leading-industry-share-base", "duties-start", "newsletter-weekly", "team-ranking-rule",
        "stalled-project-deadlines");
    Reading window = ASSESSOR.readings().get(0);
    assertThat(window.summary().zh()).isEqualTo("规划期按2022—2024年计");
    assertThat(window.summary().en()).isEqualTo("the window is read as 2022–2024");
    assertThat(window.rationale().zh())
        .startsWith(PLAN.windowSelection().reading("drafting").orElseThrow().rationale().zh())
        .endsWith("另一读法:"
            + PLAN.windowSelection().reading("publication").orElseThrow().rationale().zh());
    assertThat(window.targets()).hasSize(13);
    assertThat(window.cadences()).hasSize(10);
    assertThat(window.reports()).containsExactly("project-funnel", "project-breakdown",
        "bulletin");
  }

  @Test
  void theTeamRankingRuleAndTheStalledProjectDeadlinesAreReadingsOfTheReports() {
    Reading ranking = reading(ASSESSOR, "team-ranking-rule");
    Reading stalled = reading(ASSESSOR, "stalled-project-deadlines");

    assertThat(ranking.clause()).contains("四.(二).5");
    assertThat(ranking.summary().zh()).isEqualTo("组团按各项任务完成率的算术平均数排位,超额完成不设上限");
    assertThat(ranking.rationale()).isEqualTo(PLAN.teamRanking().rationale());
    assertThat(ranking.reports()).containsExactly("team-ranking", "bulletin");
    assertThat(ranking.targets()).isEmpty();
    // 180 and 540 are the bundled plan's deadlines, quoted from its stalledProjects.
    assertThat(stalled.summary().zh()).isEqualTo("签约超过" + PLAN.stalledProjects().daysToStart()
        + "天未开工、开工超过" + PLAN.stalledProjects().daysToProduce() + "天未投产的项目列为滞缓项目");
    assertThat(stalled.summary().en()).isEqualTo("a project not started more than 180 days "
        + "after signing, or not producing more than 540 days after its start, is stalled");
    assertThat(stalled.rationale()).isEqualTo(PLAN.stalledProjects().rationale());
    assertThat(stalled.reports()).containsExactly("project-funnel", "bulletin");
    assertThat(reading(ASSESSOR, "tier-bands").reports()).contains("team-ranking",
        "quarterly-team-review", "project-breakdown");
  }

  @Test
  void aWeightedRankingRuleNamesEachMetricWithItsWeight() {
    Plan weighted = PLAN.withTeamRanking(TeamRankingRule.builder()
        .addMetrics(MetricWeight.of(TeamMetric.SIGNED_INVESTMENT, new BigDecimal("2.0")),
            MetricWeight.of(TeamMetric.STARTED_PROJECTS, BigDecimal.ONE))
        .rationale(PLAN.teamRanking().rationale()).build());
    Plan capped = PLAN.withTeamRanking(PLAN.teamRanking().withCompletionCap(new BigDecimal("1.2")));

    Reading ranking = reading(Assessor.of(weighted), "team-ranking-rule");

    assertThat(ranking.summary().zh())
        .isEqualTo("组团按签约额(权重2)、开工项目数(权重1)完成率的加权平均数排位,超额完成不设上限");
    assertThat(ranking.summary().en()).startsWith("teams are ranked by the weighted mean of "
        + "their completions: ").endsWith(" × 1, a completion over 100% counting in full")
        .contains(" × 2, ");
    assertThat(reading(Assessor.of(capped), "team-ranking-rule").summary().zh())
        .isEqualTo("组团按各项任务完成率的算术平均数排位,单项完成率最高按120%计");
  }

  private static Reading reading(Assessor assessor, String id) {
    return assessor.readings().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readAs2023To2025TheWindowsReadingSaysSo() {
    Assessor publication = Assessor.of(PLAN.withWindowReading("publication"));

    assertThat(publication.readings().get(0).summary().zh()).isEqualTo("规划期按2023—2025年计");
    assertThat(publication.assess("fdi-growth", on("2023-06-30").build()).orElseThrow()
        .explanation().en()).endsWith(" Readings relied on: the window is read as 2023–2025.");
  }

  @ParameterizedTest(name = "{0} relies on {1}")
  @CsvSource(delimiter = '|', value = {
      "fdi-growth               | window",
      "out-of-province-capital-cumulative | window",
      "open-economy-first-tier  | window open-economy-index first-tier-rule",
      "tier-100-annual          | window tier-bands",
      "tier-50-20-cumulative    | window tier-bands",
      "top-investor-share       | window tier-bands top-investor-share-base",
      "leading-industry-share   | window leading-industry-share-base",
      // 占工业项目数的比重: the text states this share's base, so only the window is read.
      "strategic-emerging-share | window",
  })
  void eachTargetListsTheReadingsItReliesOnAndItsExplanationNamesThem(String targetId,
      String ids) {
    Assessment a = CARD.assessment(targetId).orElseThrow();

    assertThat(a.readings()).containsExactly(ids.split(" "));
    String summaries = ASSESSOR.readings().stream().filter(r -> a.readings().contains(r.id()))
        .map(r -> r.summary().zh()).collect(Collectors.joining(";"));
    assertThat(a.explanation().zh()).endsWith("依据的解读:" + summaries + "。");
  }

  @Test
  void everyCadenceReliesOnTheWindowAndTheDutiesStartAndTheNewsletterOnItsWeeklyIssue() {
    for (CadenceAssessment c : CARD.cadences()) {
      List<String> expected = c.cadenceId().equals("investment-newsletter-weekly")
          ? List.of("window", "duties-start", "newsletter-weekly")
          : List.of("window", "duties-start");
      assertThat(c.readings()).as(c.cadenceId()).isEqualTo(expected);
      assertThat(c.explanation().en()).as(c.cadenceId()).contains(" Readings relied on: the "
          + "window is read as 2022–2024; meetings, bulletins and trainings count from the plan's "
          + "issue date, 2022-12-22");
    }
  }

  @Test
  void aWindowTheTextStatesIsNoReading() {
    Plan stated = PLAN.withWindowSelection(WindowSelection.single(
        PLAN.windowSelection().reading("drafting").orElseThrow()));
    Assessor assessor = Assessor.of(stated);

    Assessment growth = assessor.assess("fdi-growth", on("2023-06-30").build()).orElseThrow();

    assertThat(assessor.readings()).extracting(Reading::id).doesNotContain("window")
        .startsWith("open-economy-index").endsWith("stalled-project-deadlines");
    assertThat(growth.readings()).isEmpty();
    // The same sentence as under the bundled plan, without the readings after it.
    assertThat(growth.explanation().zh()).doesNotContain("依据的解读");
    assertThat(growth.explanation().zh() + WINDOW_ZH)
        .isEqualTo(CARD.assessment("fdi-growth").orElseThrow().explanation().zh());
    assertThat(growth.explanation().en() + WINDOW_EN)
        .isEqualTo(CARD.assessment("fdi-growth").orElseThrow().explanation().en());
  }
}
