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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Several project stages in one plan: a target's selection names the stage it counts at
 * ({@code "stage": "STARTED"}), the others keep the plan's counting stage (签约 in the bundled
 * plan). tier-100-annual asks for at least one "100" project (≥ 100 亿元) a year.
 */
class ProjectStagesTest {

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** The bundled plan with tier-100-annual counting at {@code stage}. */
  private static Plan hundredAt(CountingStage stage) {
    return withTarget(PLAN, "tier-100-annual", t -> t.withProjects(
        ProjectCriteria.builder().from(t.projects().orElseThrow()).stage(stage).build()));
  }

  private static Observations ledger(String asOf, LedgerProject... projects) {
    return on(asOf).addProjects(projects).build();
  }

  @Test
  void aTargetThatCountsStartedProjectsPlacesEachInTheYearItStarted() {
    // A: signed 2021, started 2022 → a 2022 start. B: signed 2022, not started → no start.
    // C: signed 2022, started 2023 → a 2023 start. So starts: 2022 → 1 (A), 2023 → 1 (C).
    Observations o = ledger("2023-12-31",
        project("A", "2021-11-01", "150").startedOn(d("2022-02-01")).build(),
        project("B", "2022-02-01", "150").build(),
        project("C", "2022-02-01", "150").startedOn(d("2023-01-05")).build());
    Plan plan = hundredAt(CountingStage.STARTED);

    Assessment started = assess(plan, "tier-100-annual", o);

    assertThat(year(started, 2022).actual()).hasValue(Quantity.count(1));
    assertThat(year(started, 2023).actual()).hasValue(Quantity.count(1));
    assertThat(started.inputs()).containsExactly("/projects/0", "/projects/2");
    // The plan still counts at signing for every other target: B and C signed in 2022.
    Assessment signed = assess(plan, "tier-50-20-annual", ledger("2022-12-31",
        project("E", "2022-03-01", "30").build()));
    assertThat(year(signed, 2022).actual()).hasValue(Quantity.count(1));
  }

  @Test
  void aProjectWithoutTheRegistrationDateIsNotCountedAtRegistration() {
    // Signed 2022 both; only A has a registration date (2022-06-30): 1 registered in 2022 → MET
    // (at least 1 a year).
    Observations o = ledger("2022-12-31",
        project("A", "2022-01-10", "120").registeredOn(d("2022-06-30")).build(),
        project("B", "2022-01-10", "120").build());

    Assessment a = assess(hundredAt(CountingStage.REGISTERED), "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(1));
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(a.inputs()).containsExactly("/projects/0");
  }

  @Test
  void aRegistrationBeforeSigningCountsInItsOwnYear() {
    // Registered 2021-12-20 (before the window), signed 2022: not a 2022 registration.
    Observations o = ledger("2022-12-31",
        project("A", "2022-01-10", "120").registeredOn(d("2021-12-20")).build());

    Assessment a = assess(hundredAt(CountingStage.REGISTERED), "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(0));
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
  }

  @Test
  void aListingAfterTheAssessmentDateIsNotYetCounted() {
    // Listed 2023-02-01, assessed on 2023-01-31: not listed yet, so 2023 has 0 so far.
    // Listed 2022-11-30: counts in 2022.
    Observations o = ledger("2023-01-31",
        project("A", "2022-03-01", "200").listedOn(d("2023-02-01")).build(),
        project("B", "2022-03-01", "200").listedOn(d("2022-11-30")).build());

    Assessment a = assess(hundredAt(CountingStage.LISTED), "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(1));
    assertThat(year(a, 2023).actual()).hasValue(Quantity.count(0));
    assertThat(a.inputs()).containsExactly("/projects/1");
  }

  @Test
  void aShareCountsItsNumeratorAtItsOwnStageAmongTheDenominatorsProjects() {
    // 签约项目开工占比: 5 industrial projects signed in 2022, 3 of them started by 2022-12-31
    // (one more starts in 2023, after the assessment date). Share = 3 ÷ 5 = 0.6, and
    // leading-industry-share asks for more than 0.7 → BEHIND while the window runs.
    Plan plan = withTarget(PLAN, "leading-industry-share", t -> t.withShare(ShareDefinition
        .builder()
        .numerator(ProjectCriteria.builder().stage(CountingStage.STARTED).build())
        .denominator(ProjectCriteria.builder().industrial(true).stage(CountingStage.SIGNED)
            .build()).build()));
    Observations o = ledger("2022-12-31",
        project("A", "2022-01-10", "5").industrial(true).startedOn(d("2022-03-01")).build(),
        project("B", "2022-02-10", "5").industrial(true).startedOn(d("2022-06-01")).build(),
        project("C", "2022-03-10", "5").industrial(true).startedOn(d("2022-12-31")).build(),
        project("D", "2022-04-10", "5").industrial(true).startedOn(d("2023-01-02")).build(),
        project("E", "2022-05-10", "5").industrial(true).build());

    Assessment a = assess(plan, "leading-industry-share", o);

    assertThat(a.actual()).hasValueSatisfying(q -> {
      assertThat(q.unit()).isEqualTo(Unit.RATIO);
      assertThat(q.value()).isEqualByComparingTo("0.6");
    });
    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(year(a, 2022).numerator()).hasValue(3L);
    assertThat(year(a, 2022).denominator()).hasValue(5L);
  }

  @Test
  void aStartedProjectSignedBeforeTheWindowIsNotInASignedDenominator() {
    // A signed 2021, started 2022: not in the 2022–2024 signed denominator, so not in the
    // numerator either. B signed and started 2022. Share = 1 ÷ 1 = 1 > 0.7.
    Plan plan = withTarget(PLAN, "leading-industry-share", t -> t.withShare(ShareDefinition
        .builder()
        .numerator(ProjectCriteria.builder().stage(CountingStage.STARTED).build())
        .denominator(ProjectCriteria.builder().industrial(true).build()).build()));
    Observations o = ledger("2022-12-31",
        project("A", "2021-11-10", "5").industrial(true).startedOn(d("2022-03-01")).build(),
        project("B", "2022-02-10", "5").industrial(true).startedOn(d("2022-06-01")).build());

    Assessment a = assess(plan, "leading-industry-share", o);

    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("1");
    assertThat(a.inputs()).containsExactly("/projects/1");
  }

  @Test
  void aSelectionWithoutAStageCountsAtThePlansStage() {
    Plan started = PLAN.withProjectTiers(
        PLAN.projectTiers().withCountingStage(CountingStage.STARTED));

    assertThat(ProjectCriteria.builder().build().stageIn(started))
        .isEqualTo(CountingStage.STARTED);
    assertThat(ProjectCriteria.builder().stage(CountingStage.LISTED).build().stageIn(started))
        .isEqualTo(CountingStage.LISTED);
    assertThat(List.of(CountingStage.values())).contains(CountingStage.REGISTERED,
        CountingStage.LISTED);
  }
}
