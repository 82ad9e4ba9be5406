package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GrowthRatesProperties {

  private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

  /** Amounts above 0 up to a million, with up to 4 places: 亿元 figures of any county. */
  private static Gen<BigDecimal> positiveAmounts() {
    return MetricsGenerators.positiveDecimals(1_000_000);
  }

  private static Gen<BigDecimal> amounts() {
    return MetricsGenerators.decimals(-1_000_000, 1_000_000);
  }

  private static Gen<BigDecimal> rates() {
    return MetricsGenerators.rates(2);
  }

  /** 1E-12 of the larger of 1 and the magnitude, for results of twenty significant digits. */
  private static BigDecimal toleranceFor(BigDecimal... values) {
    BigDecimal largest = BigDecimal.ONE;
    for (BigDecimal value : values) {
      largest = largest.max(value.abs());
    }
    return TOLERANCE.multiply(largest);
  }

  @Test
  void growthInvertsCompounding() {
    // A current value of 0 or below gives a rate of −1 or below, which compounding refuses.
    qt().forAll(positiveAmounts(), positiveAmounts()).checkAssert((previous, current) ->
        assertThat(GrowthRates.compound(previous, GrowthRates.growthRate(previous, current), 1))
            .isCloseTo(current, within(TOLERANCE)));
  }

  @Test
  void compoundingThenGrowthGivesBackTheRate() {
    qt().forAll(positiveAmounts(), rates()).checkAssert((base, rate) ->
        assertThat(GrowthRates.growthRate(base, GrowthRates.compound(base, rate, 1)))
            .isCloseTo(rate, within(TOLERANCE)));
  }

  @Test
  void growthOfEqualValuesIsZeroWhateverTheScale() {
    qt().forAll(positiveAmounts(), integers().between(0, 5)).checkAssert((value, extraZeros) ->
        assertThat(GrowthRates.growthRate(value, value.setScale(value.scale() + extraZeros)))
            .isZero());
  }

  @Test
  void growthHasTheSignOfTheChange() {
    qt().forAll(positiveAmounts(), amounts()).check((previous, current) ->
        GrowthRates.growthRate(previous, current).signum()
            == current.compareTo(previous));
  }

  @Test
  void compoundAnnualGrowthOverOneYearIsSimpleGrowth() {
    qt().forAll(positiveAmounts(), positiveAmounts()).check((first, last) ->
        GrowthRates.compoundAnnualGrowthRate(first, last, 1)
            .compareTo(GrowthRates.growthRate(first, last)) == 0);
  }

  @Test
  void compoundingAtTheCompoundAnnualGrowthReachesTheLastValue() {
    qt().withExamples(300).forAll(positiveAmounts(), positiveAmounts(), integers().between(1, 30))
        .checkAssert((first, last, years) -> {
          BigDecimal rate = GrowthRates.compoundAnnualGrowthRate(first, last, years);
          assertThat(GrowthRates.compound(first, rate, years))
              .isCloseTo(last, within(toleranceFor(last)));
        });
  }

  @Test
  void compoundAnnualGrowthLiesBetweenNoGrowthAndSimpleGrowth() {
    // Spreading a change over more years shrinks the yearly rate towards 0 but keeps its sign.
    qt().withExamples(300).forAll(positiveAmounts(), positiveAmounts(), integers().between(2, 30))
        .checkAssert((first, last, years) -> {
          BigDecimal cagr = GrowthRates.compoundAnnualGrowthRate(first, last, years);
          BigDecimal simple = GrowthRates.growthRate(first, last);
          assertThat(cagr.signum()).isEqualTo(simple.signum());
          assertThat(cagr.abs()).isLessThanOrEqualTo(simple.abs());
        });
  }

  @Test
  void compoundingOverSuccessiveSpansMultiplies() {
    qt().withExamples(300).forAll(positiveAmounts(), rates(), integers().between(0, 10),
        integers().between(0, 10)).checkAssert((base, rate, m, n) -> {
          BigDecimal inTwoSteps = GrowthRates.compound(GrowthRates.compound(base, rate, m), rate, n);
          BigDecimal inOneStep = GrowthRates.compound(base, rate, m + n);
          assertThat(inTwoSteps).isCloseTo(inOneStep, within(toleranceFor(inOneStep)));
        });
  }
}
