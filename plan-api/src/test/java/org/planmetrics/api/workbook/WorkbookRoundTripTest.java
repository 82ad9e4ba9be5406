package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The template of the bundled plan, filled in with the sample figures as a statistician would,
 * reads back as the sample observations, and gives the scorecard the JSON file gives.
 */
class WorkbookRoundTripTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void theFilledTemplateReadsBackAsTheSampleObservations() {
    Observations read = ObservationsWorkbook.read(SampleWorkbook.filled(PLAN), PLAN);

    Observations sample = SampleWorkbook.sample();
    assertThat(read).isEqualTo(SampleWorkbook.normalized(sample));
    // Not vacuous: every part of the sample came through.
    assertThat(read.asOf()).hasToString("2024-06-30");
    assertThat(read.series().get("foreign-capital-utilized").get("2023"))
        .isEqualByComparingTo("2.40");
    assertThat(read.projects()).hasSize(13);
    assertThat(read.projects().get(9).startedOn()).hasValueSatisfying(d ->
        assertThat(d).hasToString("2024-05-28"));
    assertThat(read.ranks().get("2023").growthRank()).isEqualTo(6);
    assertThat(read.events()).hasSize(sample.events().size());
    assertThat(read.teams()).extracting(t -> t.id())
        .containsExactly("team-1", "team-2", "project-team-100-50", "legal-team");
    assertThat(read.teams().get(0).tasks().get("2024").get("signed-investment"))
        .isEqualByComparingTo("200");
  }

  @Test
  void aProjectsUnitIsChosenByNameAndReadBackAsItsId() {
    // The quotas' column 所属单位: the template lists the plan's units by name.
    Observations sample = SampleWorkbook.sample();
    Observations withUnit = sample.withProjects(sample.projects().stream()
        .map(p -> p.id().equals("P-2022-02") ? p.withUnit("commerce-bureau") : p).toList());

    Observations read = ObservationsWorkbook.read(
        SampleWorkbook.fill(PLAN, withUnit).bytes(), PLAN);

    assertThat(read.projects()).filteredOn(p -> p.unit().isPresent())
        .extracting(p -> p.id(), p -> p.unit().get())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("P-2022-02", "commerce-bureau"));
  }

  @Test
  void theRegistrationListingAndPaidInColumnsReadBack() {
    Observations sample = SampleWorkbook.sample();
    List<LedgerProject> projects = new ArrayList<>(sample.projects());
    projects.set(0, LedgerProject.builder().from(projects.get(0))
        .registeredOn(LocalDate.of(2022, 4, 1)).listedOn(LocalDate.of(2022, 9, 30))
        .paidIn(new BigDecimal("12.5")).build());
    Observations withStages = Observations.builder().from(sample).projects(projects).build();

    Observations read = ObservationsWorkbook.read(
        SampleWorkbook.fill(PLAN, withStages).bytes(), PLAN);

    LedgerProject first = read.projects().get(0);
    assertThat(first.registeredOn()).hasValue(LocalDate.of(2022, 4, 1));
    assertThat(first.listedOn()).hasValue(LocalDate.of(2022, 9, 30));
    assertThat(first.paidIn()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("12.5"));
    assertThat(read.projects().get(1).paidIn()).isEmpty();
  }

  @Test
  void aPipelineProjectReadsBackWithoutASigningDateAndForeignCapitalInDollars() {
    Observations sample = SampleWorkbook.sample();
    List<LedgerProject> projects = new ArrayList<>(sample.projects());
    projects.set(0, LedgerProject.builder().from(projects.get(0))
        .pipelineOn(LocalDate.of(2022, 1, 20)).build());
    projects.add(LedgerProject.builder().id("R-2024-017").pipelineOn(LocalDate.of(2024, 3, 8))
        .investment(new BigDecimal("15")).industrial(true).foreignCapital(new BigDecimal("1500"))
        .build());
    Observations withPipeline = Observations.builder().from(sample).projects(projects).build();

    Observations read = ObservationsWorkbook.read(
        SampleWorkbook.fill(PLAN, withPipeline).bytes(), PLAN);

    assertThat(read.projects().get(0).pipelineOn()).hasValue(LocalDate.of(2022, 1, 20));
    assertThat(read.projects().get(0).signedOn()).isEqualTo(sample.projects().get(0).signedOn());
    LedgerProject pipeline = read.projects().get(read.projects().size() - 1);
    assertThat(pipeline.id()).isEqualTo("R-2024-017");
    assertThat(pipeline.pipelineOn()).hasValue(LocalDate.of(2024, 3, 8));
    assertThat(pipeline.signedOn()).isEmpty();
    assertThat(pipeline.foreignCapital()).hasValueSatisfying(v ->
        assertThat(v).isEqualByComparingTo("1500"));
  }

  @Test
  void theFilledTemplateGivesTheScorecardOfTheJsonFile() {
    Assessor assessor = Assessor.of(PLAN);
    Scorecard fromWorkbook = assessor.scorecard(ObservationsWorkbook.read(
        SampleWorkbook.filled(PLAN), PLAN));
    Scorecard fromJson = assessor.scorecard(SampleWorkbook.sample());

    assertThat(fromWorkbook).usingRecursiveComparison()
        .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
        .isEqualTo(fromJson);
    // The sample's own statuses (samples/README.md): 1 met, 4 on track, 2 not assessable.
    assertThat(fromWorkbook.countsByStatus()).containsEntry(Status.MET, 1)
        .containsEntry(Status.ON_TRACK, 4).containsEntry(Status.NOT_ASSESSABLE, 2)
        .containsEntry(Status.BEHIND, 3).containsEntry(Status.MISSED, 3);
    assertThat(fromWorkbook.assessment("leading-industry-share").orElseThrow().status())
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void theTemplateIsTheSameBytesEveryTime() {
    assertThat(ObservationsTemplate.write(PLAN)).isEqualTo(ObservationsTemplate.write(PLAN));
  }
}
