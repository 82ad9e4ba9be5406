package org.planmetrics.metrics.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.ProjectFunnel;
import org.planmetrics.metrics.result.StalledProject;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/** Projects followed from signing to production, worked by hand on the sample and small ledgers. */
class ProjectFunnelsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  static Observations sample() throws Exception {
    return PlanJson.mapper().readValue(
        Path.of("..", "samples", "gongqingcheng-sample.json").toFile(), Observations.class);
  }

  private static LedgerProject project(String id, String signed, String started,
      String producing) {
    LedgerProject.Builder project = LedgerProject.builder().id(id)
        .signedOn(LocalDate.parse(signed)).investment(BigDecimal.TEN);
    if (started != null) {
      project.startedOn(LocalDate.parse(started));
    }
    if (producing != null) {
      project.producingOn(LocalDate.parse(producing));
    }
    return project.build();
  }

  @Test
  void theSampleHas13SignedOneStartedAfter81DaysAndNineStalled() throws Exception {
    ProjectFunnel funnel = ProjectFunnels.funnel(PLAN, sample());

    assertThat(funnel.from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(funnel.signed()).isEqualTo(13);
    assertThat(funnel.started()).isEqualTo(1);
    assertThat(funnel.producing()).isZero();
    // 1 ÷ 13; P-2024-10: signed 2024-03-08, started 2024-05-28 (23 + 30 + 28 days).
    assertThat(funnel.startRate()).hasValueSatisfying(r ->
        assertThat(r).isEqualByComparingTo("0.076923076923076923077"));
    assertThat(funnel.productionRate()).hasValueSatisfying(r -> assertThat(r).isZero());
    assertThat(funnel.medianDaysToStart()).hasValueSatisfying(d ->
        assertThat(d).isEqualByComparingTo("81"));
    assertThat(funnel.medianDaysToProduce()).isEmpty();
    // Every project of 2022 and 2023 is more than 180 days past signing; P-2024-13 (2024-02-01,
    // 150 days) and P-2024-11 (75 days) are not. P-2022-01: 365 + 366 + 107 = 838 days.
    assertThat(funnel.stalled()).hasSize(9);
    assertThat(funnel.stalled().get(0)).satisfies(first -> {
      assertThat(first.project()).isEqualTo("P-2022-01");
      assertThat(first.days()).isEqualTo(838);
      assertThat(first.stage()).isEqualTo(StalledProject.Stage.NOT_STARTED);
      // The sample's projects of 2022 name no team and no direction.
      assertThat(first.summary()).isEqualTo(LocalizedText.of(
          "P-2022-01 Illustrative project A (not official data):签约后838天仍未开工",
          "P-2022-01 Illustrative project A (not official data): not started 838 days after "
              + "signing"));
    });
    assertThat(funnel.stalled()).extracting(StalledProject::days).isSortedAccordingTo(
        (a, b) -> Long.compare(b, a));
    assertThat(funnel.stalled()).filteredOn(s -> s.project().equals("P-2023-09"))
        .singleElement().satisfies(s -> {
          assertThat(s.team()).hasValue("team-1");
          assertThat(s.direction()).hasValue("commerce-consumption");
          // Named as the roster names the team and as the plan titles the direction.
          assertThat(s.summary().zh()).startsWith("P-2023-09 " + s.name() + ",招商一组(示例),"
              + "培优培旺商贸消费项目:签约后");
          assertThat(s.summary().en()).contains(", Team 1 (illustrative), Cultivate and boost "
              + "commerce, trade and consumption projects: not started ");
        });
  }

  @Test
  void stalledMeansMoreThanTheRulesDaysNotExactlyThem() {
    // 2024-01-01 → 2024-06-29 is 180 days, → 2024-06-30 is 181.
    Observations onTheDay = Observations.builder().asOf(LocalDate.of(2024, 6, 29))
        .addProjects(project("A", "2024-01-01", null, null))
        // Started 2022-12-28; 2022-12-28 → 2024-06-19 is 539 days, → 2024-06-21 is 541.
        .addProjects(project("B", "2022-12-01", "2022-12-28", null))
        .build();

    assertThat(ProjectFunnels.funnel(PLAN, onTheDay).stalled()).extracting(
        StalledProject::project, StalledProject::stage, StalledProject::days)
        .containsExactly(tuple("B", StalledProject.Stage.NOT_PRODUCING, 549L));
    Observations dayAfter = Observations.builder().from(onTheDay)
        .asOf(LocalDate.of(2024, 6, 30)).build();
    assertThat(ProjectFunnels.funnel(PLAN, dayAfter).stalled()).extracting(
        StalledProject::project, StalledProject::days)
        .containsExactly(tuple("B", 550L), tuple("A", 181L));
    Observations early = Observations.builder().from(onTheDay)
        .asOf(LocalDate.of(2024, 6, 19)).build();
    assertThat(ProjectFunnels.funnel(PLAN, early).stalled()).isEmpty();
  }

  @Test
  void ratesAndMediansOverAFourProjectLedger() {
    // Days to start: 30, 80, 91 (median 80); days to produce: 100, 201 (median 150.5).
    Observations ledger = Observations.builder().asOf(LocalDate.of(2023, 12, 31))
        .addProjects(project("A", "2023-01-01", "2023-01-31", "2023-05-11"))
        .addProjects(project("B", "2023-02-01", "2023-04-22", "2023-11-09"))
        .addProjects(project("C", "2023-03-01", "2023-05-31", null))
        .addProjects(project("D", "2023-06-01", null, null))
        // Started after asOf: not yet started. Signed before the window: not counted.
        .addProjects(project("E", "2023-12-01", "2024-01-05", null))
        .addProjects(project("F", "2021-12-31", "2022-02-01", null))
        .build();

    ProjectFunnel funnel = ProjectFunnels.funnel(PLAN, ledger);

    assertThat(List.of(funnel.signed(), funnel.started(), funnel.producing()))
        .containsExactly(5, 3, 2);
    assertThat(funnel.startRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.6"));
    assertThat(funnel.productionRate()).hasValueSatisfying(r ->
        assertThat(r).isEqualByComparingTo("0.66666666666666666667"));
    assertThat(funnel.medianDaysToStart()).hasValueSatisfying(d ->
        assertThat(d).isEqualByComparingTo("80"));
    assertThat(funnel.medianDaysToProduce()).hasValueSatisfying(d ->
        assertThat(d).isEqualByComparingTo("150.5"));
    assertThat(funnel.stalled()).extracting(StalledProject::project).containsExactly("D");
  }

  @Test
  void nothingSignedGivesNoRatesAndNoMedians() {
    ProjectFunnel funnel = ProjectFunnels.funnel(PLAN,
        Observations.builder().asOf(LocalDate.of(2023, 6, 30)).build());

    assertThat(funnel.signed()).isZero();
    assertThat(funnel.startRate()).isEmpty();
    assertThat(funnel.productionRate()).isEmpty();
    assertThat(funnel.medianDaysToStart()).isEmpty();
    assertThat(funnel.rule()).isEqualTo(PLAN.stalledProjects());
  }
}
