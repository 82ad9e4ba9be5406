package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planmetrics.metrics.assessment.Fixtures.OUT_OF_PROVINCE;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Average annual growth (年均增长) over the bundled plan's window 2022–2024 from the base year 2021
 * (n = 3), as distinct from growth each year: "力争省外项目实际进资年均增长10%以上", so 2024 must reach
 * 100 × 1.1³ = 133.1 from a base of 100.
 */
class AverageGrowthTargetTest {

  private static final String TARGET = "out-of-province-capital-cumulative";
  private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

  private static final Plan AVERAGE = withTarget(PLAN, TARGET, t -> t
        .withKind(TargetKind.AVERAGE_GROWTH)
        .withThreshold(Quantity.of("0.1", Unit.RATIO))
        .withText(LocalizedText.of("力争省外项目实际进资年均增长10%以上",
            "strive for average growth of at least 10% a year")));

  private static Assessment average(String asOf, String... keysAndValues) {
    return assess(AVERAGE, TARGET,
        series(asOf, OUT_OF_PROVINCE, keysAndValues));
  }

  @Test
  void aStrongFirstYearIsOnTrackAndSaysWhatTheRestMustGrow() {
    // 100 → 121 in one year: 21% ≥ 10%. 2024 must reach 133.1, so 2023 and 2024 need
    // √(133.1 ÷ 121) − 1 = √1.1 − 1 = 0.04880884817… a year.
    Assessment a = average("2022-12-31", "2021", "100", "2022", "121");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.compoundGrowthRate().orElseThrow()).isEqualByComparingTo("0.21");
    BigDecimal needed = new BigDecimal("1.1").sqrt(MathContext.DECIMAL128).subtract(BigDecimal.ONE);
    assertThat(a.required().orElseThrow().requiredGrowthRate()).isCloseTo(needed,
        within(TOLERANCE));
    assertThat(a.required().orElseThrow().observedGrowthRate()).hasValueSatisfying(
        r -> assertThat(r).isEqualByComparingTo("0.21"));
    assertThat(a.explanation().zh()).startsWith("省外项目实际进资年均增长目标10%以上(2021—2024年):"
        + "2021—2022年年均增长21.0%,其余2年每年须增长4.9%。进度正常。");
  }

  @ParameterizedTest(name = "2024 at {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // 133.1 = 100 × 1.1³: exactly 10% a year, met, without the rounding of a cube root.
      "133.1  | MET",
      "133.09 | MISSED",
      "150    | MET"})
  void theEndYearsFigureDecides(String end, Status status) {
    Assessment a = average("2024-12-31", "2021", "100", "2022", "105", "2023", "110",
        "2024", end);

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.required()).isEmpty();
    // Compounding the judged rate over 3 years gives back end ÷ base.
    BigDecimal rate = a.compoundGrowthRate().orElseThrow();
    assertThat(BigDecimal.ONE.add(rate).pow(3).multiply(new BigDecimal("100")))
        .isCloseTo(new BigDecimal(end), within(TOLERANCE));
  }

  @Test
  void aSlowFirstYearIsBehind() {
    // 105 < 100 × 1.1 = 110 after one year: behind; 5% so far.
    Assessment a = average("2023-06-30", "2021", "100", "2022", "105");

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.05");
  }

  @ParameterizedTest(name = "2022-06 at {0} over 2021-06 at 50: {1}")
  @CsvSource(delimiter = '|', value = {
      // Before any full window year, the first year to date over the base year's same months.
      "56 | ON_TRACK",
      "54 | BEHIND"})
  void beforeTheFirstFullYearTheGrowthToDateStands(String value, Status status) {
    // 56 ÷ 50 − 1 = 12% ≥ 10%; 54 ÷ 50 − 1 = 8%.
    Assessment a = average("2022-06-30", "2021", "100", "2021-06", "50", "2022-06", value);

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.compoundGrowthRate()).isEmpty();
    assertThat(a.explanation().zh()).contains("2022年1—6月同比增长");
  }

  @Test
  void averageGrowthIsNotGrowthEachYear() {
    // 100 → 130 → 130 → 133.1: 2023 did not grow at all, so "每年增长10%" is missed, but the
    // average over the window is exactly 10%: "年均增长10%" is met.
    String[] figures = {"2021", "100", "2022", "130", "2023", "130", "2024", "133.1"};
    // The bundled plan's own "年增长10%以上" on the same indicator.
    Assessment eachYear = assess("out-of-province-capital-growth",
        series("2024-12-31", OUT_OF_PROVINCE, figures));
    Assessment average = average("2024-12-31", figures);

    assertThat(eachYear.status()).isEqualTo(Status.MISSED);
    assertThat(average.status()).isEqualTo(Status.MET);
  }

  @Test
  void withoutTheBaseYearItNamesTheFigure() {
    Assessment a = average("2022-12-31", "2022", "121");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh())
        .isEqualTo("缺少所需数据(/series/out-of-province-capital/2021)");
  }

  @Test
  void aNegativeFigureHasNoAverageGrowth() {
    Assessment a = average("2024-12-31", "2021", "100", "2024", "-1");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh())
        .isEqualTo("数值-1为负数(/series/out-of-province-capital/2024),无法计算年均增长率");
  }
}
