package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PrecisionTest {

  @Test
  void theDefaultsAreTwentyDigitsHalfEvenAndASolverToleranceOf1EMinus20() {
    assertThat(Precision.MATH_CONTEXT.getPrecision()).isEqualTo(20);
    assertThat(Precision.MATH_CONTEXT.getRoundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(Precision.SOLVER_TOLERANCE).isEqualByComparingTo("1E-20");
  }
}
