package org.planmetrics.metrics.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/** An assessment or a year that says what no rule says is refused where it is built. */
class AssessmentTest {

  private static final LocalizedText WHY = LocalizedText.of("缺少数据", "no data");

  private static Assessment.Builder growth(Status status) {
    return Assessment.builder().targetId("fdi-growth").goalId("opening-up")
        .kind(TargetKind.ANNUAL_GROWTH).asOf(LocalDate.of(2023, 6, 30)).status(status)
        .commitment(Commitment.STRIVE).operator(ComparisonOperator.AT_LEAST)
        .threshold(Quantity.ratio("0.07")).explanation(LocalizedText.of("句", "sentence"));
  }

  private static YearAssessment.Builder year(int year) {
    return YearAssessment.builder().year(year);
  }

  @Test
  void aDecidedAssessmentHasAFigureAndNoReason() {
    Assessment met = growth(Status.MET).actual(Quantity.ratio("0.086")).build();

    assertThat(met.reason()).isEmpty();
    assertThatThrownBy(() -> growth(Status.MET).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'actual'");
    assertThatThrownBy(() -> growth(Status.BEHIND).actual(Quantity.ratio("0.01")).reason(WHY)
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("'reason'");
  }

  @Test
  void notAssessableComesWithItsReason() {
    assertThat(growth(Status.NOT_ASSESSABLE).reason(WHY).build().reason()).hasValue(WHY);
    assertThatThrownBy(() -> growth(Status.NOT_ASSESSABLE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'reason'");
  }

  @Test
  void theFigureIsInTheThresholdsUnit() {
    assertThatThrownBy(() -> growth(Status.MET).actual(Quantity.count(3)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("RATIO");
  }

  @Test
  void figuresOfAnotherKindOfTargetAreRefused() {
    Pace pace = Pace.builder().completion(BigDecimal.ONE).timeProgress(BigDecimal.ONE)
        .gapPercentagePoints(BigDecimal.ZERO).monthsCovered(12).monthsInSpan(12)
        .remaining(Quantity.ratio("0")).build();

    assertThatThrownBy(() -> growth(Status.MET).actual(Quantity.ratio("0.1")).pace(pace).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'pace'");
    assertThatThrownBy(() -> growth(Status.MET).actual(Quantity.ratio("0.1"))
        .kind(TargetKind.SHARE).compoundGrowthRate(BigDecimal.ONE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'compoundGrowthRate'");
  }

  @Test
  void yearsAreConsecutiveAndInOrder() {
    Assessment.Builder a = growth(Status.NOT_ASSESSABLE).reason(WHY);

    assertThat(a.years(List.of(year(2022).build(), year(2023).build())).build().years())
        .hasSize(2);
    assertThatThrownBy(() -> growth(Status.NOT_ASSESSABLE).reason(WHY)
        .years(List.of(year(2023).build(), year(2022).build())).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2022 follows 2023");
  }

  @Test
  void aPendingYearHasNoStatusOrFigureButMayWaitForOne() {
    assertThat(year(2024).pending(true).reason(WHY).build().reason()).hasValue(WHY);
    assertThatThrownBy(() -> year(2024).pending(true).status(Status.MET).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending");
    assertThatThrownBy(() -> year(2024).pending(true).actual(Quantity.count(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending");
  }

  @Test
  void aYearsReasonGoesWithNotAssessableOrPendingOnly() {
    assertThatThrownBy(() -> year(2022).status(Status.NOT_ASSESSABLE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'reason'");
    assertThatThrownBy(() -> year(2022).status(Status.MET).actual(Quantity.count(1))
        .reason(WHY).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'reason'");
  }

  @Test
  void aYearsMonthAndShareCountsAreInRange() {
    assertThatThrownBy(() -> year(2022).throughMonth(13).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'throughMonth'");
    assertThatThrownBy(() -> year(2022).numerator(1L).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("together");
    assertThatThrownBy(() -> year(2022).numerator(3L).denominator(2L).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'numerator'");
    assertThat(year(2022).numerator(0L).denominator(0L).build().denominator()).hasValue(0L);
  }

  @Test
  void anAssessmentReadFromJsonIsCheckedToo() {
    String json = "{\"targetId\":\"t\",\"goalId\":\"g\",\"kind\":\"ANNUAL_GROWTH\","
        + "\"asOf\":\"2023-06-30\",\"status\":\"MET\",\"commitment\":\"STRIVE\","
        + "\"operator\":\"AT_LEAST\",\"threshold\":{\"value\":0.07,\"unit\":\"RATIO\"},"
        + "\"explanation\":{\"zh\":\"句\",\"en\":\"s\"}}";

    assertThatThrownBy(() -> org.planmetrics.model.json.PlanJson.mapper()
        .readValue(json, Assessment.class)).hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause().hasMessageContaining("'actual'");
  }
}
