package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TolerancesTest {

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
      "0.070000000000001, 0.07, true",     // 1E-15 off: below 1 the tolerance is 1E-12
      "0.070000000001, 0.07, true",        // exactly 1E-12 off
      "0.0700000000011, 0.07, false",      // 1.1E-12 off
      "0.071, 0.07, false",
      "304.2000000000003, 304.2, true",    // within 3.042E-10
      "304.2000000004, 304.2, false",
      "-2.000000000002, -2, true",         // at exactly 2E-12
      "-2.0000000000021, -2, false",
      "0, 1E-13, true"})
  void closeMeansWithin1E12TimesTheLargerOf1AndTheExpectedMagnitude(BigDecimal actual,
      BigDecimal expected, boolean close) {
    assertThat(Tolerances.isClose(actual, expected)).isEqualTo(close);
    if (close) {
      Tolerances.assertClose(actual, expected);
    } else {
      assertThatThrownBy(() -> Tolerances.assertClose(actual, expected))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(expected.toPlainString())
          .hasMessageContaining(actual.toPlainString())
          .hasMessageContaining(Tolerances.toleranceFor(expected).toPlainString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0, 1E-12", "0.5, 1E-12", "-1, 1E-12", "304.2, 3.042E-10", "-1E6, 1E-6"})
  void theToleranceIsRelativeAboveOneAndAbsoluteBelow(BigDecimal expected, BigDecimal tolerance) {
    assertThat(Tolerances.toleranceFor(expected)).isEqualByComparingTo(tolerance);
  }
}
