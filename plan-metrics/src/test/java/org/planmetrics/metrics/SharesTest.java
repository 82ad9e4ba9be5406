package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.quantity.ComparisonOperator;

class SharesTest {

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
      "7,  10, 0.7",
      "8,  10, 0.8",
      "3,  10, 0.3",
      "0,  10, 0",
      "10, 10, 1",
      "1,  3,  0.33333333333333333333",
      "2,  3,  0.66666666666666666667",
      "1,  1,  1",
  })
  void aShareIsTheNumeratorOverTheDenominator(long numerator, long denominator,
      BigDecimal expected) {
    assertThat(Shares.share(numerator, denominator)).isEqualByComparingTo(expected);
  }

  @Test
  void sevenOfTenIsNotAboveSeventyPercent() {
    assertThat(ComparisonOperator.GREATER_THAN.test(Shares.share(7, 10), new BigDecimal("0.70")))
        .isFalse();
  }

  @Test
  void eightOfTenIsAboveSeventyPercent() {
    assertThat(ComparisonOperator.GREATER_THAN.test(Shares.share(8, 10), new BigDecimal("0.70")))
        .isTrue();
  }

  @Test
  void threeOfTenIsThirtyPercentOrMore() {
    assertThat(ComparisonOperator.AT_LEAST.test(Shares.share(3, 10), new BigDecimal("0.30")))
        .isTrue();
    assertThat(ComparisonOperator.AT_LEAST.test(Shares.share(2, 10), new BigDecimal("0.30")))
        .isFalse();
  }

  @ParameterizedTest(name = "{0} of {1} is refused: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0  | 0  | 'denominator' must be above 0 but was 0",
      "0  | -5 | 'denominator' must be above 0 but was -5",
      "-1 | 10 | 'numerator' must be between 0 and 'denominator' (10) but was -1",
      "11 | 10 | 'numerator' must be between 0 and 'denominator' (10) but was 11",
  })
  void sharesOutOfRangeAreRefused(long numerator, long denominator, String message) {
    assertThatThrownBy(() -> Shares.share(numerator, denominator))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
