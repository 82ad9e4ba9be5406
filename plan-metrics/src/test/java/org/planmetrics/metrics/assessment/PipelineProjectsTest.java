package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.ASSESSOR;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;
import static org.planmetrics.metrics.assessment.Fixtures.year;
import static org.planmetrics.metrics.assessment.Fixtures.yearStatus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.bulletin.Bulletins;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.wording.ShortfallSentences;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Pipeline projects (储备): taken into the county's pipeline ({@code pipelineOn}) and perhaps not
 * yet signed. A target counts them at stage {@code PIPELINE} ("每年新增储备亿元以上项目"); a cohort
 * rate from {@code PIPELINE} to {@code SIGNED} is a conversion rate (储备项目签约转化率); and every
 * report of signed projects leaves out a project not yet signed, however large and however its
 * team, direction and unit are set.
 */
class PipelineProjectsTest {

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private static LedgerProject pipelineOnly(String id, String pipelineOn, String investment) {
    return LedgerProject.builder().id(id).pipelineOn(d(pipelineOn)).investment(dec(investment))
        .industrial(true).leadingIndustry(true).strategicEmerging(true).build();
  }

  /** The bundled plan with tier-100-annual ("100" projects, at least 1 a year) at {@code stage}. */
  private static Plan hundredAt(CountingStage stage) {
    return withTarget(PLAN, "tier-100-annual", t -> t.withProjects(
        ProjectCriteria.builder().from(t.projects().orElseThrow()).stage(stage).build()));
  }

  @Test
  void aCountAtThePipelineStagePlacesEachProjectInTheYearItEnteredThePipeline() {
    // A: pipeline 2022-04-01, not signed. B: pipeline 2022-02-01, signed 2023-05-01 (counts in
    // 2022, the year it entered). C: signed 2022 without a pipeline date: not counted. D:
    // pipeline 2023-12-31, 150 亿元. E: pipeline 2023-06-01 but 50 亿元, under the "100" tier.
    // So 2022 → 2 (A, B), 2023 → 1 (D).
    Observations o = on("2023-12-31").addProjects(
        pipelineOnly("A", "2022-04-01", "150"),
        project("B", "2023-05-01", "150").pipelineOn(d("2022-02-01")).build(),
        project("C", "2022-03-01", "150").build(),
        pipelineOnly("D", "2023-12-31", "150"),
        pipelineOnly("E", "2023-06-01", "50")).build();

    Assessment a = assess(hundredAt(CountingStage.PIPELINE), "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(2));
    assertThat(year(a, 2023).actual()).hasValue(Quantity.count(1));
    assertThat(a.inputs()).containsExactly("/projects/0", "/projects/1", "/projects/3");
    // The count's sentences say 储备, not 引进.
    assertThat(a.explanation().zh()).contains("2022年储备2个");
  }

  @Test
  void aPipelineProjectIsNotCountedAtThePlansSigningStage() {
    // The bundled plan counts at signing: a 150 亿元 project in the pipeline since 2022-04-01
    // and never signed is no "100" project of 2022 → 0 of at least 1, MISSED at the year end.
    Observations o = on("2022-12-31").addProjects(pipelineOnly("A", "2022-04-01", "150"))
        .build();

    Assessment a = assess(PLAN, "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(0));
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(a.inputs()).isEmpty();
  }

  @Test
  void aConversionRateIsTheShareOfEachYearsPipelineSignedByItsDeadline() {
    // 2023 pipeline cohort: A (signed 2023-09-01), B (signed 2024-02-01), C, D (never signed).
    // SAME_YEAR, by 2023-12-31: 1 of 4 = 0.25 < 0.4 → MISSED. NEXT_YEAR, by 2024-12-31:
    // 2 of 4 = 0.5 ≥ 0.4 → MET.
    Plan sameYear = conversion(CohortReach.Deadline.SAME_YEAR);
    Plan nextYear = conversion(CohortReach.Deadline.NEXT_YEAR);
    Observations o = on("2024-12-31").addProjects(
        project("A", "2023-09-01", "5").pipelineOn(d("2023-01-15")).build(),
        project("B", "2024-02-01", "5").pipelineOn(d("2023-03-15")).build(),
        pipelineOnly("C", "2023-05-15", "5"),
        pipelineOnly("D", "2023-11-15", "5")).build();

    Assessment same = assess(sameYear, "tier-100-annual", o);
    Assessment next = assess(nextYear, "tier-100-annual", o);

    assertThat(year(same, 2023).numerator()).hasValue(1L);
    assertThat(year(same, 2023).denominator()).hasValue(4L);
    assertThat(year(same, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0.25");
    assertThat(yearStatus(same, 2023)).isEqualTo(Status.MISSED);
    assertThat(year(next, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0.5");
    assertThat(yearStatus(next, 2023)).isEqualTo(Status.MET);
    assertThat(same.explanation().zh()).startsWith("储备项目当年签约率目标40%以上:")
        .contains("2023年储备4个,签约1个,签约率25.0%,未达标");
    assertThat(ShortfallSentences.shortfall(same)).isPresent();
  }

  private static Plan conversion(CohortReach.Deadline within) {
    return withTarget(PLAN, "tier-100-annual", t -> t.withKind(TargetKind.COHORT_RATE)
        .withProjects(Optional.empty())
        .withCohort(ProjectCriteria.builder().stage(CountingStage.PIPELINE).build())
        .withReached(CohortReach.builder().stage(CountingStage.SIGNED).within(within).build())
        .withOperator(ComparisonOperator.AT_LEAST)
        .withThreshold(Quantity.of("0.4", Unit.RATIO)));
  }

  @Test
  void everyReportOfSignedProjectsLeavesOutAProjectNotYetSigned() throws Exception {
    Observations sample = PlanJson.mapper().readValue(
        Path.of("..", "samples", "gongqingcheng-sample.json").toFile(), Observations.class);
    // Pipeline projects that would change every report were they signed: large, industrial,
    // in a leading and an emerging industry, followed by a team, in a key direction and a
    // unit, and dated inside the week, the month and the quarter each report covers.
    List<LedgerProject> pipeline = List.of(
        LedgerProject.builder().from(pipelineOnly("R-1", "2024-04-16", "180")).team("team-1")
            .direction("emerging-industries").unit("commerce-bureau").build(),
        LedgerProject.builder().from(pipelineOnly("R-2", "2024-05-10", "30")).team("team-2")
            .direction("tier-100-50-20-projects").build(),
        LedgerProject.builder().from(pipelineOnly("R-3", "2023-03-01", "120"))
            .team("team-1").build());
    Observations with = Observations.builder().from(sample).addAllProjects(pipeline).build();
    assertThat(with.projects()).hasSize(sample.projects().size() + 3);

    assertThat(ASSESSOR.projectFunnel(with)).isEqualTo(ASSESSOR.projectFunnel(sample));
    assertThat(ASSESSOR.projectBreakdown(with)).isEqualTo(ASSESSOR.projectBreakdown(sample));
    assertThat(ASSESSOR.weeklyTeamReport(with, 2024, 16))
        .isEqualTo(ASSESSOR.weeklyTeamReport(sample, 2024, 16));
    assertThat(ASSESSOR.quarterlyTeamReview(with, 2024, 2))
        .isEqualTo(ASSESSOR.quarterlyTeamReview(sample, 2024, 2));
    assertThat(ASSESSOR.teamRanking(with, YearMonth.of(2024, 5)))
        .isEqualTo(ASSESSOR.teamRanking(sample, YearMonth.of(2024, 5)));
    assertThat(Bulletins.weekly(PLAN, with, 2024, 16))
        .isEqualTo(Bulletins.weekly(PLAN, sample, 2024, 16));
    assertThat(ASSESSOR.scorecard(with)).isEqualTo(ASSESSOR.scorecard(sample));
  }
}
