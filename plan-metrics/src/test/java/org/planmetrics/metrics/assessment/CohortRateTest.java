package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;
import static org.planmetrics.metrics.assessment.Fixtures.year;
import static org.planmetrics.metrics.assessment.Fixtures.yearStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Cohort rates, "签约项目当年开工率60%以上": the bundled plan's tier-100-annual turned into a
 * COHORT_RATE of all projects signed in a year (window 2022–2024), AT_LEAST 0.6.
 */
class CohortRateTest {

  private static Plan startRate(CohortReach.Deadline within) {
    return withTarget(PLAN, "tier-100-annual", t -> t.withKind(TargetKind.COHORT_RATE)
        .withProjects(Optional.empty())
        .withCohort(ProjectCriteria.builder().stage(CountingStage.SIGNED).build())
        .withReached(CohortReach.builder().stage(CountingStage.STARTED).within(within).build())
        .withOperator(ComparisonOperator.AT_LEAST)
        .withThreshold(Quantity.of("0.6", Unit.RATIO)));
  }

  private static Assessment assessed(String asOf, CohortReach.Deadline within,
      List<LedgerProject> projects) {
    Observations o = on(asOf).addAllProjects(projects).build();
    return assess(startRate(within), "tier-100-annual", o);
  }

  /** 5 projects signed in 2023; A, B and C started in 2023, D on 2024-01-10, E not at all. */
  private static List<LedgerProject> fiveSignedIn2023() {
    List<LedgerProject> out = new ArrayList<>();
    out.add(project("A", "2023-01-10", "5").startedOn(LocalDate.parse("2023-03-01")).build());
    out.add(project("B", "2023-02-10", "5").startedOn(LocalDate.parse("2023-08-01")).build());
    out.add(project("C", "2023-05-10", "5").startedOn(LocalDate.parse("2023-12-31")).build());
    out.add(project("D", "2023-10-10", "5").startedOn(LocalDate.parse("2024-01-10")).build());
    out.add(project("E", "2023-11-10", "5").build());
    return out;
  }

  @Test
  void threeOfFiveSignedProjectsStartedByTheYearEndIsARateOfSixTenthsAndMet() {
    // 2023 cohort: A–E (5). Started by 2023-12-31: A, B, C (3). 3 ÷ 5 = 0.6 ≥ 0.6 → MET on
    // 2023-12-31, the deadline. 2022 has no signing: no rate.
    Assessment a = assessed("2023-12-31", CohortReach.Deadline.SAME_YEAR, fiveSignedIn2023());

    assertThat(year(a, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0.6");
    assertThat(year(a, 2023).numerator()).hasValue(3L);
    assertThat(year(a, 2023).denominator()).hasValue(5L);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.MET);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(year(a, 2022).reason().orElseThrow().zh())
        .isEqualTo("2022年截至2023-12-31没有计入队列的项目(/projects),无从计算比率");
    assertThat(a.inputs()).containsExactly("/projects/0", "/projects/1", "/projects/2",
        "/projects/3", "/projects/4");
  }

  @Test
  void aStartTheNextJanuaryDoesNotCountForTheSameYearButDoesForTheNext() {
    // SAME_YEAR on 2024-02-01: D's start (2024-01-10) is after the 2023 deadline: still 3 of 5.
    // NEXT_YEAR: the deadline is 2024-12-31, D counts: 4 ÷ 5 = 0.8, not yet decided → ON_TRACK.
    Assessment same = assessed("2024-02-01", CohortReach.Deadline.SAME_YEAR, fiveSignedIn2023());
    Assessment next = assessed("2024-02-01", CohortReach.Deadline.NEXT_YEAR, fiveSignedIn2023());

    assertThat(year(same, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0.6");
    assertThat(yearStatus(same, 2023)).isEqualTo(Status.MET);
    assertThat(year(next, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0.8");
    assertThat(yearStatus(next, 2023)).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void duringTheYearTheRateSoFarDecidesOnTrackOrBehind() {
    // On 2023-09-30: signed so far A, B, C (D, E later); started so far A, B. 2 ÷ 3 = 0.667
    // ≥ 0.6 → ON_TRACK. On 2023-06-30: signed A, B, C; started A only: 1 ÷ 3 < 0.6 → BEHIND.
    Assessment september = assessed("2023-09-30", CohortReach.Deadline.SAME_YEAR,
        fiveSignedIn2023());
    Assessment june = assessed("2023-06-30", CohortReach.Deadline.SAME_YEAR, fiveSignedIn2023());

    assertThat(yearStatus(september, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(year(september, 2023).throughMonth()).hasValue(9);
    assertThat(yearStatus(june, 2023)).isEqualTo(Status.BEHIND);
    assertThat(year(june, 2023).numerator()).hasValue(1L);
    assertThat(year(june, 2023).denominator()).hasValue(3L);
    assertThat(june.explanation().zh()).startsWith("签约项目当年开工率目标60%以上:");
    assertThat(june.explanation().zh()).contains("2023年1—6月签约3个,开工1个,开工率33.3%,落后");
    // 1 ÷ 3 = 33.3%, 60 − 33.3 = 26.7 points short; the plan names the stages.
    assertThat(ShortfallSentences.shortfall(june).orElseThrow().zh())
        .isEqualTo("2023年1—6月比率33.3%(3个中1个),距目标(60%以上)差26.7个百分点");
    assertThat(ShortfallSentences.shortfall(startRate(CohortReach.Deadline.SAME_YEAR), june)
        .orElseThrow().zh())
        .isEqualTo("2023年1—6月签约3个、当年开工1个,开工率33.3%,距目标(60%以上)差26.7个百分点");
  }

  @Test
  void aYearUnderWayWithNoSigningYetWaitsAndTheTargetIsJudgedByTheOthers() {
    // 2022: 2 signed, both started in 2022 → 1.0, MET. On 2023-02-15 nothing signed in 2023
    // yet: 2023 is pending, so the target is ON_TRACK (MET so far, years still to come).
    List<LedgerProject> projects = List.of(
        project("A", "2022-03-01", "5").startedOn(LocalDate.parse("2022-04-01")).build(),
        project("B", "2022-05-01", "5").startedOn(LocalDate.parse("2022-11-01")).build());

    Assessment a = assessed("2023-02-15", CohortReach.Deadline.SAME_YEAR, projects);

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(year(a, 2023).pending()).isTrue();
    assertThat(year(a, 2023).reason()).isPresent();
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aMissedYearMakesTheTargetMissed() {
    // 2022: 2 signed, 1 started in 2022 → 0.5 < 0.6 → MISSED once 2022 is over.
    List<LedgerProject> projects = List.of(
        project("A", "2022-03-01", "5").startedOn(LocalDate.parse("2022-04-01")).build(),
        project("B", "2022-05-01", "5").build());

    Assessment a = assessed("2023-01-05", CohortReach.Deadline.SAME_YEAR, projects);

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void aProjectSignedBeforeTheWindowBelongsToNoCohort() {
    // Signed 2021, started 2022: not in the 2022 cohort (signed in 2022). Nothing else.
    Assessment a = assessed("2022-12-31", CohortReach.Deadline.SAME_YEAR, List.of(
        project("A", "2021-12-01", "5").startedOn(LocalDate.parse("2022-02-01")).build()));

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.inputs()).isEmpty();
  }
}
