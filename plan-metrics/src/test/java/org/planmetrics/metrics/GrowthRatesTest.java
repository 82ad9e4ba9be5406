package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthRatesTest {

  private static final BigDecimal TINY = new BigDecimal("1E-18");

  @Test
  void aChangeBeyondTheTwentiethDigitKeepsItsSign() {
    // Found by the property growthHasTheSignOfTheChange: 1000 ÷ 1000.000000000000000001 rounds
    // to 1 at 20 digits, so "quotient − 1" said 0. The difference, −1E-18, is exact, and
    // −1E-18 ÷ 1000.000000000000000001 = −9.99…E-22.
    BigDecimal previous = new BigDecimal("1000.000000000000000001");
    BigDecimal current = new BigDecimal("1000");

    assertThat(GrowthRates.growthRate(previous, current).signum()).isEqualTo(-1);
    assertThat(GrowthRates.growthRate(current, previous).signum()).isEqualTo(1);
    // The yearly rate over 3 years is a third of it, with the same sign.
    assertThat(GrowthRates.compoundAnnualGrowthRate(previous, current, 3))
        .isEqualByComparingTo(GrowthRates.growthRate(previous, current)
            .divide(BigDecimal.valueOf(3), new java.math.MathContext(20)));
  }

  @Test
  void growthFromTheImpliedBaseTo221IsEightPointSixPercent() {
    // (2.21 − 2.035) ÷ 2.035 = 0.175 ÷ 2.035 = 0.085995085995… (period 0.085995), at 20
    // significant digits 0.085995085995085995086.
    assertThat(GrowthRates.growthRate(new BigDecimal("2.035"), new BigDecimal("2.21")))
        .isEqualByComparingTo("0.085995085995085995086");
  }

  @ParameterizedTest(name = "from {0} to {1} is {2}")
  @CsvSource({
      "100,   110,  0.1",
      "100,   100,  0",
      "100,   90,   -0.1",
      "100,   0,    -1",
      "100,   -50,  -1.5",
      "4,     1,    -0.75",
      "0.01,  0.03, 2",
  })
  void growthIsCurrentOverPreviousMinusOne(BigDecimal previous, BigDecimal current,
      BigDecimal expected) {
    assertThat(GrowthRates.growthRate(previous, current)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "previous {0} is refused")
  @CsvSource({"0, 0", "-1, -1", "-0.001, -0.001"})
  void growthFromAZeroOrNegativeBaseIsRefused(BigDecimal previous, String shown) {
    assertThatThrownBy(() -> GrowthRates.growthRate(previous, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'previous' must be above 0 but was " + shown);
  }

  @Test
  void growthRefusesNullsByName() {
    assertThatThrownBy(() -> GrowthRates.growthRate(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'previous'");
    assertThatThrownBy(() -> GrowthRates.growthRate(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'current'");
  }

  @ParameterizedTest(name = "from {0} to {1} over {2} years is {3}")
  @CsvSource({
      "83.55, 111.20505, 3,  0.1",
      "100,   121,       2,  0.1",
      "1,     8,         3,  1",
      "1,     1,         5,  0",
      "1,     0.001,     3,  -0.9",
      "1,     0,         3,  -1",
      "2,     1,         1,  -0.5",
      "1,     1E+30,     3,  9999999999",
      "1,     2,         12, 0.0594630943592952646",
      "1,     1024,      10, 1",
      "0.001, 1000,      2,  999",
  })
  void compoundAnnualGrowthIsTheYearlyRateThatLeadsFromFirstToLast(BigDecimal first,
      BigDecimal last, int years, BigDecimal expected) {
    assertThat(GrowthRates.compoundAnnualGrowthRate(first, last, years))
        .isCloseTo(expected, within(TINY));
  }

  @Test
  void compoundAnnualGrowthOverOneYearIsSimpleGrowthToTheLastDigit() {
    assertThat(GrowthRates.compoundAnnualGrowthRate(new BigDecimal("2.035"),
        new BigDecimal("2.21"), 1)).isEqualByComparingTo("0.085995085995085995086");
  }

  @Test
  void compoundAnnualGrowthKeepsTwentyDigits() {
    // 1.331^(1/3) is exactly 1.1, so any digit lost to the root shows here.
    assertThat(GrowthRates.compoundAnnualGrowthRate(BigDecimal.ONE, new BigDecimal("1.331"), 3))
        .isEqualByComparingTo("0.1");
    assertThat(GrowthRates.compoundAnnualGrowthRate(BigDecimal.ONE, new BigDecimal("2"), 2))
        .isEqualByComparingTo("0.4142135623730950488");
  }

  @Test
  void compoundAnnualGrowthRefusesBadArgumentsByNameAndValue() {
    assertThatThrownBy(() -> GrowthRates.compoundAnnualGrowthRate(BigDecimal.ZERO,
        BigDecimal.ONE, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'first' must be above 0 but was 0");
    assertThatThrownBy(() -> GrowthRates.compoundAnnualGrowthRate(new BigDecimal("-2"),
        BigDecimal.ONE, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'first' must be above 0 but was -2");
    assertThatThrownBy(() -> GrowthRates.compoundAnnualGrowthRate(BigDecimal.ONE,
        new BigDecimal("-0.5"), 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'last' must be at least 0 but was -0.5");
    assertThatThrownBy(() -> GrowthRates.compoundAnnualGrowthRate(BigDecimal.ONE,
        BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'years' must be at least 1 but was 0");
    assertThatThrownBy(() -> GrowthRates.compoundAnnualGrowthRate(BigDecimal.ONE, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'last'");
  }

  @ParameterizedTest(name = "{0} at {1} for {2} years is {3}")
  @CsvSource({
      "83.55, 0.10,  3, 111.20505",
      "100,   0.1,   2, 121",
      "100,   0.1,   0, 100",
      "100,   -0.5,  1, 50",
      "100,   -0.99, 2, 0.01",
      "-10,   1,     3, -80",
      "0,     5,     4, 0",
  })
  void compoundingMultipliesByOnePlusRateEachYear(BigDecimal base, BigDecimal rate, int years,
      BigDecimal expected) {
    assertThat(GrowthRates.compound(base, rate, years)).isEqualByComparingTo(expected);
  }

  @Test
  void compoundingRoundsToTwentyDigits() {
    assertThat(GrowthRates.compound(BigDecimal.ONE, new BigDecimal("0.5"), 100)
        .round(new java.math.MathContext(12, RoundingMode.HALF_EVEN)))
        .isEqualByComparingTo("4.06561177535E+17");
    assertThat(GrowthRates.compound(new BigDecimal("3"), new BigDecimal("0.5"), 0))
        .isEqualByComparingTo("3");
  }

  @Test
  void compoundingRefusesBadArgumentsByNameAndValue() {
    assertThatThrownBy(() -> GrowthRates.compound(BigDecimal.ONE, new BigDecimal("-1"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' must be above -1 but was -1");
    assertThatThrownBy(() -> GrowthRates.compound(BigDecimal.ONE, new BigDecimal("-1.5"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' must be above -1 but was -1.5");
    assertThatThrownBy(() -> GrowthRates.compound(BigDecimal.ONE, BigDecimal.ZERO, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'years' must be at least 0 but was -1");
    assertThatThrownBy(() -> GrowthRates.compound(null, BigDecimal.ZERO, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'base'");
    assertThatThrownBy(() -> GrowthRates.compound(BigDecimal.ONE, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rate'");
  }
}
