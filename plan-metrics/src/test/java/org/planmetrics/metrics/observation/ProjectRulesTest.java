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
    assertThat(ProjectRules.violations("/projects/2", SIGNED, Optional.empty(),
        Optional.of(LocalDate.of(2023, 5, 1)), new BigDecimal("-1")))
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(
            tuple("/projects/2/startedOn", "missing-stage", "'startedOn' is required when "
                + "'producingOn' is given (2023-05-01): a project produces after it starts"),
            tuple("/projects/2/producingOn", "date-order",
                "'producingOn' must not be before 'signedOn' (2023-05-10) but was 2023-05-01"),
            tuple("/projects/2/investment", "negative-investment",
                "'investment' must not be negative but was -1"));
    assertThat(ProjectRules.violations("/projects/1", SIGNED, Optional.of(LocalDate.of(2023, 6, 1)),
        Optional.of(LocalDate.of(2023, 5, 31)), BigDecimal.ONE))
        .extracting(Violation::message).containsExactly(
            "'producingOn' must not be before 'startedOn' (2023-06-01) but was 2023-05-31");
  }
}
