package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.Tolerances.assertClose;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promises of {@link GrowthRates} (see {@link Guarantee}). */
class GrowthRatesProperties {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  /** Amounts above 0 up to a million, 亿元 figures of any county. */
  private static Gen<BigDecimal> positiveAmounts() {
    return Gens.positiveAmounts(MILLION);
  }

  private static Gen<BigDecimal> amounts() {
    return Gens.amounts(MILLION.negate(), MILLION);
  }

  private static Gen<BigDecimal> rates() {
    return Gens.ratesAboveMinusOne(BigDecimal.valueOf(2));
  }

  /** A previous and a current value, as QuickTheories prints them. */
  private record Change(BigDecimal previous, BigDecimal current) {
    @Override
    public String toString() {
      return previous.toPlainString() + " → " + current.toPlainString();
    }
  }

  /**
   * A previous amount up to 1E8 and any current one, or the previous one grown by a rate down to
   * −1 + 1E-18, where the growth rate's twenty digits run short.
   */
  private static Gen<Change> changes() {
    return Gens.positiveAmounts(HUNDRED_MILLION).flatMap(previous -> positiveAmounts()
        .mix(rates().map(rate -> previous.multiply(BigDecimal.ONE.add(rate))))
        .map(current -> new Change(previous, current)));
  }

  @Test
  @Checks(Guarantee.GROWTH_INVERTS_COMPOUNDING)
  void growthInvertsCompounding() {
    qt().withExamples(500).forAll(changes()).checkAssert(c -> assertClose(
        GrowthRates.compound(c.previous(), GrowthRates.growthRate(c.previous(), c.current()), 1),
        c.current()));
  }

  @Test
  @Checks(Guarantee.COMPOUNDING_THEN_GROWTH_GIVES_BACK_THE_RATE)
  void compoundingThenGrowthGivesBackTheRate() {
    qt().withExamples(500).forAll(positiveAmounts(), rates()).checkAssert((base, rate) ->
        assertClose(GrowthRates.growthRate(base, GrowthRates.compound(base, rate, 1)), rate));
  }

  @Test
  @Checks(Guarantee.GROWTH_OF_EQUAL_VALUES_IS_ZERO)
  void growthOfEqualValuesIsZeroWhateverTheScale() {
    qt().forAll(positiveAmounts(), integers().between(0, 5)).checkAssert((value, extraZeros) ->
        assertThat(GrowthRates.growthRate(value, value.setScale(value.scale() + extraZeros)))
            .isZero());
  }

  @Test
  @Checks(Guarantee.GROWTH_HAS_THE_SIGN_OF_THE_CHANGE)
  void growthHasTheSignOfTheChange() {
    qt().forAll(positiveAmounts(), amounts()).check((previous, current) ->
        GrowthRates.growthRate(previous, current).signum() == current.compareTo(previous));
  }

  @Test
  @Checks(Guarantee.COMPOUND_ANNUAL_GROWTH_OVER_ONE_YEAR_IS_SIMPLE_GROWTH)
  void compoundAnnualGrowthOverOneYearIsSimpleGrowth() {
    qt().forAll(positiveAmounts(), positiveAmounts()).check((first, last) ->
        GrowthRates.compoundAnnualGrowthRate(first, last, 1)
            .compareTo(GrowthRates.growthRate(first, last)) == 0);
  }

  @Test
  @Checks(Guarantee.COMPOUNDING_AT_THE_COMPOUND_ANNUAL_GROWTH_REACHES_THE_LAST_VALUE)
  void compoundingAtTheCompoundAnnualGrowthReachesTheLastValue() {
    qt().withExamples(300).forAll(positiveAmounts(), positiveAmounts(), integers().between(1, 30))
        .checkAssert((first, last, years) -> assertClose(GrowthRates.compound(first,
            GrowthRates.compoundAnnualGrowthRate(first, last, years), years), last));
  }

  @Test
  @Checks(Guarantee.COMPOUND_ANNUAL_GROWTH_LIES_BETWEEN_NO_GROWTH_AND_SIMPLE_GROWTH)
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
  @Checks(Guarantee.COMPOUNDING_OVER_SUCCESSIVE_SPANS_MULTIPLIES)
  void compoundingOverSuccessiveSpansMultiplies() {
    qt().withExamples(300).forAll(positiveAmounts(), rates(), integers().between(0, 10),
        integers().between(0, 10)).checkAssert((base, rate, m, n) -> assertClose(
            GrowthRates.compound(GrowthRates.compound(base, rate, m), rate, n),
            GrowthRates.compound(base, rate, m + n)));
  }
}
