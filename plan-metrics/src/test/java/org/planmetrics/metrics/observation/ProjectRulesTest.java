package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Violation;

/**
 * A ledger project holds to its own rules whichever way it is made: the builder refuses what the
 * readers report, in the same words.
 */
class ProjectRulesTest {

  private static final LocalDate SIGNED = LocalDate.of(2023, 5, 10);

  private static LedgerProject.Builder project() {
    return LedgerProject.builder().id("A").signedOn(SIGNED).investment(BigDecimal.TEN);
  }

  @Test
  void aNegativeInvestmentCannotBeBuilt() {
    assertThatThrownBy(() -> project().investment(new BigDecimal("-120")).build())
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("investment");
          assertThat(e.rule()).isEqualTo("must not be negative");
          assertThat(e.value()).isEqualTo("-120");
          assertThat(e).hasMessage("'investment' must not be negative but was -120");
          assertThat(e.messages().zh()).isEqualTo("'investment'不得为负数,实为-120");
        });
  }

  @Test
  void aProjectStartedBeforeItWasSignedCannotBeBuilt() {
    assertThatThrownBy(() -> project().startedOn(LocalDate.of(2023, 5, 9)).build())
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'startedOn' must not be before 'signedOn' (2023-05-10) but was 2023-05-09");
  }

  @Test
  void aProjectProducingBeforeItStartedOrWithoutAStartCannotBeBuilt() {
    assertThatThrownBy(() -> project().startedOn(LocalDate.of(2023, 6, 1))
        .producingOn(LocalDate.of(2023, 5, 31)).build())
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("producingOn"));
    assertThatThrownBy(() -> project().producingOn(LocalDate.of(2024, 1, 15)).build())
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("startedOn");
          assertThat(e.value()).isEqualTo("null");
        });
  }

  @Test
  void theSameDayForAllThreeStagesAndAZeroInvestmentAreAllowed() {
    LedgerProject p = project().startedOn(SIGNED).producingOn(SIGNED)
        .investment(BigDecimal.ZERO).build();
    assertThat(p.reached(org.planmetrics.model.CountingStage.PRODUCING)).hasValue(SIGNED);
  }

  @Test
  void everyRuleBrokenIsReportedAtItsFieldInDocumentOrder() {
    assertThat(ProjectRules.violations("/projects/2", ProjectRules.Figures.signed(SIGNED,
        Optional.empty(), Optional.of(LocalDate.of(2023, 5, 1)), new BigDecimal("-1"))))
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(
            tuple("/projects/2/startedOn", "missing-stage", "'startedOn' is required when "
                + "'producingOn' is given (2023-05-01): a project produces after it starts"),
            tuple("/projects/2/producingOn", "date-order",
                "'producingOn' must not be before 'signedOn' (2023-05-10) but was 2023-05-01"),
            tuple("/projects/2/investment", "negative-investment",
                "'investment' must not be negative but was -1"));
    assertThat(ProjectRules.violations("/projects/1", ProjectRules.Figures.signed(SIGNED,
        Optional.of(LocalDate.of(2023, 6, 1)), Optional.of(LocalDate.of(2023, 5, 31)),
        BigDecimal.ONE)))
        .extracting(Violation::message).containsExactly(
            "'producingOn' must not be before 'startedOn' (2023-06-01) but was 2023-05-31");
  }
  @Test
  void aPipelineProjectNeedsNoSigningDateButReachesOnlyThePipelineStage() {
    LedgerProject pipeline = LedgerProject.builder().id("R-1").pipelineOn(LocalDate.of(2024, 3, 8))
        .investment(new BigDecimal("15")).build();
    assertThat(pipeline.reached(org.planmetrics.model.CountingStage.PIPELINE))
        .hasValue(LocalDate.of(2024, 3, 8));
    assertThat(pipeline.reached(org.planmetrics.model.CountingStage.SIGNED)).isEmpty();
    assertThat(pipeline.signedWithin(LocalDate.MIN, LocalDate.MAX)).isFalse();
    // Signed the same day it entered the pipeline: allowed, and both stages are reached.
    LedgerProject signed = project().pipelineOn(SIGNED).build();
    assertThat(signed.signedWithin(SIGNED, SIGNED)).isTrue();
    assertThat(signed.signedWithin(SIGNED.plusDays(1), SIGNED.plusDays(9))).isFalse();
  }

  @Test
  void aProjectWithNeitherASigningNorAPipelineDateCannotBeBuilt() {
    assertThatThrownBy(() -> LedgerProject.builder().id("A").investment(BigDecimal.TEN).build())
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("signedOn");
          assertThat(e.getMessage()).contains("'pipelineOn'");
        });
    assertThat(ProjectRules.violations("/projects/4", new ProjectRules.Figures(Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ONE)))
        .extracting(Violation::path, Violation::rule, v -> v.messageZh().orElseThrow())
        .containsExactly(tuple("/projects/4/signedOn", "missing-stage",
            "须填写签约日期'signedOn',尚未签约的储备项目改填储备日期'pipelineOn':项目自入储备或签约起记入台账"));
  }

  @Test
  void aPipelineProjectIsSignedAfterItEntersThePipelineAndStartsOnlyOnceSigned() {
    LocalDate pipelineOn = LocalDate.of(2024, 3, 8);
    assertThat(ProjectRules.violations("/projects/0", new ProjectRules.Figures(
        Optional.of(pipelineOn), Optional.of(LocalDate.of(2024, 3, 7)), Optional.empty(),
        Optional.empty(), BigDecimal.ONE)))
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(tuple("/projects/0/signedOn", "date-order",
            "'signedOn' must not be before 'pipelineOn' (2024-03-08) but was 2024-03-07"));
    assertThat(ProjectRules.violations("/projects/0", new ProjectRules.Figures(
        Optional.of(pipelineOn), Optional.empty(), Optional.of(LocalDate.of(2024, 5, 1)),
        Optional.empty(), BigDecimal.ONE)))
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(tuple("/projects/0/signedOn", "missing-stage",
            "'signedOn' is required when 'startedOn' is given (2024-05-01): a project starts "
                + "after it is signed"));
  }

  @Test
  void standInsForAPipelineProjectKeepEveryRule() {
    // Started without a signing: the signing stands in as the earliest date given, 2024-03-08.
    ProjectRules.Figures started = ProjectRules.standIns(new ProjectRules.Figures(
        Optional.of(LocalDate.of(2024, 3, 8)), Optional.empty(),
        Optional.of(LocalDate.of(2024, 5, 1)), Optional.empty(), BigDecimal.ONE));
    assertThat(started.signedOn()).hasValue(LocalDate.of(2024, 3, 8));
    assertThat(ProjectRules.broken(started)).isEmpty();
    // Signed before it entered the pipeline: the pipeline date stands in as the signing date.
    ProjectRules.Figures early = ProjectRules.standIns(new ProjectRules.Figures(
        Optional.of(LocalDate.of(2024, 3, 8)), Optional.of(LocalDate.of(2024, 3, 1)),
        Optional.empty(), Optional.empty(), BigDecimal.ONE));
    assertThat(early.pipelineOn()).hasValue(LocalDate.of(2024, 3, 1));
    assertThat(ProjectRules.broken(early)).isEmpty();
  }
}
