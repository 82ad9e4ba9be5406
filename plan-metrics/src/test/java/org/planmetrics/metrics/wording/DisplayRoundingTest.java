package org.planmetrics.metrics.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures shown to people round as bulletins round: half-up, 72.9%, 5.10, 6.2 points. */
class DisplayRoundingTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0.729, 72.9%", "0.72850, 72.9%", "0.72849, 72.8%", "1, 100.0%", "0, 0.0%",
      "-0.04, -4.0%", "0.0859950859950859951, 8.6%", "0.66666666666666666667, 66.7%",
      "-0.00050, -0.1%"})
  void aFractionIsAPercentageWithOneDecimalRoundedHalfUp(BigDecimal fraction, String shown) {
    assertThat(DisplayRounding.percent(fraction)).isEqualTo(shown);
    assertThat(DisplayRounding.percentage(fraction).toPlainString() + "%").isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"5.1, 5.10", "304.205, 304.21", "304.2049, 304.20", "-0.005, -0.01", "92, 92.00",
      "1E+2, 100.00"})
  void anAmountHasTwoDecimalsRoundedHalfUp(BigDecimal value, String shown) {
    assertThat(DisplayRounding.amount(value).toPlainString()).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} points are {1}")
  @CsvSource({"6.19, 6.2", "-6.24, -6.2", "6.25, 6.3", "-6.25, -6.3", "0, 0.0", "12, 12.0"})
  void pointsHaveOneDecimalRoundedHalfUpWithTheirSign(BigDecimal points, String shown) {
    assertThat(DisplayRounding.points(points).toPlainString()).isEqualTo(shown);
  }
}
