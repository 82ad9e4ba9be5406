package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecisionTest {

  @Test
  void theDefaultsAreTwentyDigitsHalfEvenAndTenPlacesForRates() {
    assertThat(Precision.MATH_CONTEXT.getPrecision()).isEqualTo(20);
    assertThat(Precision.MATH_CONTEXT.getRoundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(Precision.ROUNDING_MODE).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(Precision.RATE_SCALE).isEqualTo(10);
    assertThat(Precision.PERCENTAGE_POINT_SCALE).isEqualTo(2);
    assertThat(Precision.SOLVER_TOLERANCE).isEqualByComparingTo("1E-20");
  }

  @ParameterizedTest(name = "{0} at the rate scale is {1}")
  @CsvSource({
      "0.0859950859950859951, 0.0859950860",
      "0.12345678905,         0.1234567890",
      "0.12345678915,         0.1234567892",
      "0.1,                   0.1000000000",
      "-0.00000000005,        0.0000000000",
  })
  void ratesAreRoundedHalfEvenToTenPlaces(BigDecimal value, String expected) {
    BigDecimal rounded = Precision.toRateScale(value);
    assertThat(rounded.scale()).isEqualTo(10);
    assertThat(rounded).isEqualByComparingTo(expected);
  }

  @Test
  void aNullRateIsRefusedByName() {
    assertThatThrownBy(() -> Precision.toRateScale(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'value'");
  }
}
