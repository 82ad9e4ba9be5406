package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.Rates;
import org.planmetrics.testkit.Tolerances;

/**
 * Where the conditions of {@link Guarantee#GROWTH_INVERTS_COMPOUNDING} come from, at chosen
 * points: just inside a condition the promise holds, and beyond it, or under a stricter
 * tolerance, it does not. The README's figures are measurements over many random values; these
 * cases pin their edges, so that a change to the precision shows here first.
 */
class GuaranteeLimitsTest {

  /** Enough digits that current ÷ previous never ends: a third of a power of ten. */
  private static final MathContext FORTY_DIGITS = new MathContext(40);

  /** {@code previous} grown by a rate that leaves {@code onePlusRate} of it. */
  private static BigDecimal grown(BigDecimal previous, String onePlusRate) {
    return previous.multiply(new BigDecimal(onePlusRate)).divide(BigDecimal.valueOf(3),
        FORTY_DIGITS);
  }

  private static BigDecimal roundTrip(BigDecimal previous, BigDecimal current) {
    return GrowthRates.compound(previous, GrowthRates.growthRate(previous, current), 1);
  }

  private static BigDecimal relativeError(BigDecimal actual, BigDecimal expected) {
    return actual.subtract(expected).abs().divide(expected.abs(), FORTY_DIGITS);
  }

  @ParameterizedTest(name = "previous {0}, 1 + rate = {1} ÷ 3")
  @CsvSource({"0.0001, 1", "1, 1E-9", "1000000, 1E-12", "100000000, 1E-15",
      "100000000, 3E-18"})
  void withinItsConditionsGrowthInvertsCompoundingToTheTolerance(BigDecimal previous,
      String onePlusRate) {
    BigDecimal current = grown(previous, onePlusRate);

    assertThat(Tolerances.isClose(roundTrip(previous, current), current)).isTrue();
  }

  @ParameterizedTest(name = "previous {0}")
  @ValueSource(strings = {"1E10", "1E12"})
  void aPreviousValueFarAbove1E8BreaksTheToleranceNearMinusOne(BigDecimal previous) {
    // The rate keeps 20 digits, about 1E-20 absolute near −1; times the previous value, that is
    // more than 1E-12 of a current value below 1.
    BigDecimal current = grown(previous, "1E-12");

    assertThat(current).isLessThan(BigDecimal.ONE);
    assertThat(Tolerances.isClose(roundTrip(previous, current), current)).isFalse();
  }

  @ParameterizedTest(name = "1 + rate = {0} ÷ 3: off by more than {1} of the result")
  @CsvSource({
      "1E-9, 1E-12",    // a purely relative 1E-12 fails within 1E-8 of −1
      "1E-12, 1E-12",
      "1E-3, 1E-18",    // a relative 1E-18 fails beyond about −0.99
      "1E-4, 1E-18"})
  void aPurelyRelativeToleranceFailsNearMinusOne(String onePlusRate, BigDecimal relative) {
    BigDecimal previous = BigDecimal.ONE;
    BigDecimal current = grown(previous, onePlusRate);

    assertThat(relativeError(roundTrip(previous, current), current)).isGreaterThan(relative);
    assertThat(Tolerances.isClose(roundTrip(previous, current), current)).isTrue();
  }

  @ParameterizedTest(name = "current {0}")
  @ValueSource(strings = {"4E-21", "1E-25"})
  void aRateNearerMinusOneThanAbout5E21RoundsToMinusOneWhichCompoundingRefuses(
      BigDecimal current) {
    BigDecimal rate = GrowthRates.growthRate(BigDecimal.ONE, current);

    assertThat(rate).isEqualByComparingTo("-1");
    assertThatThrownBy(() -> GrowthRates.compound(BigDecimal.ONE, rate, 1))
        .isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void theKitsNearestRateToMinusOneIsStillARateCompoundingTakes() {
    BigDecimal rate = GrowthRates.growthRate(BigDecimal.ONE,
        BigDecimal.ONE.add(Rates.NEAREST_MINUS_ONE));

    assertThat(rate).isEqualByComparingTo(Rates.NEAREST_MINUS_ONE);
    assertThat(GrowthRates.compound(BigDecimal.ONE, rate, 1)).isPositive();
  }
}
