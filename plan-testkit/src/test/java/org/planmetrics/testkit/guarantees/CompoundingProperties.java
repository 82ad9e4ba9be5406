package org.planmetrics.testkit.guarantees;

import static org.planmetrics.testkit.Tolerances.assertClose;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.Precision;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promises of {@link Compounding} (see {@link Guarantee}). */
class CompoundingProperties {

  private static Gen<BigDecimal> bases() {
    return Gens.positiveAmounts(BigDecimal.valueOf(10_000));
  }

  private static Gen<BigDecimal> totals() {
    return Gens.positiveAmounts(BigDecimal.valueOf(100_000));
  }

  private static Gen<BigDecimal> rates() {
    return Gens.ratesAboveMinusOne(BigDecimal.valueOf(2));
  }

  private static Gen<Integer> years() {
    return integers().between(1, 10);
  }

  @Test
  @Checks(Guarantee.PROJECTING_AT_THE_REQUIRED_GROWTH_REACHES_THE_TOTAL)
  void projectingAtTheRequiredGrowthReachesTheTotal() {
    qt().withExamples(300).forAll(bases(), totals(), years()).checkAssert((base, total, years) ->
        assertClose(Compounding.projectedTotal(base,
            Compounding.requiredGrowthRate(base, total, years), years), total));
  }

  @Test
  @Checks(Guarantee.IMPLIED_BASE_AND_REQUIRED_GROWTH_INVERT_EACH_OTHER)
  void impliedBaseAndRequiredGrowthInvertEachOther() {
    qt().withExamples(300).forAll(totals(), rates(), years()).checkAssert((total, rate, years) ->
        assertClose(Compounding.requiredGrowthRate(
            Compounding.impliedBaseValue(total, rate, years), total, years), rate));
  }

  @Test
  @Checks(Guarantee.THE_BASE_IMPLIED_BY_THE_REQUIRED_GROWTH_IS_THE_BASE)
  void theBaseImpliedByTheRequiredGrowthIsTheBase() {
    qt().withExamples(300).forAll(bases(), totals(), years()).checkAssert((base, total, years) ->
        assertClose(Compounding.impliedBaseValue(total,
            Compounding.requiredGrowthRate(base, total, years), years), base));
  }

  @Test
  @Checks(Guarantee.A_LARGER_TOTAL_REQUIRES_FASTER_GROWTH)
  void aLargerTotalRequiresFasterGrowth() {
    qt().withExamples(300).forAll(bases(), totals(), totals(), years())
        .check((base, total, extra, years) ->
            Compounding.requiredGrowthRate(base, total, years)
                .compareTo(Compounding.requiredGrowthRate(base, total.add(extra), years)) < 0);
  }

  @Test
  @Checks(Guarantee.THE_GROWTH_FACTOR_SUM_INCREASES_WITH_THE_RATE)
  void growthFactorSumIncreasesWithTheRate() {
    qt().forAll(rates(), Gens.positiveAmounts(BigDecimal.ONE), years())
        .check((rate, increase, years) -> Compounding.growthFactorSum(rate, years)
            .compareTo(Compounding.growthFactorSum(rate.add(increase), years)) < 0);
  }

  @Test
  @Checks(Guarantee.THE_GROWTH_FACTOR_SUM_GROWS_BY_THE_NEXT_YEARS_FACTOR)
  void growthFactorSumGrowsByTheNextYearsFactor() {
    qt().forAll(rates(), years()).checkAssert((rate, years) -> assertClose(
        Compounding.growthFactorSum(rate, years + 1)
            .subtract(Compounding.growthFactorSum(rate, years)),
        GrowthRates.compound(BigDecimal.ONE, rate, years + 1)));
  }

  @Test
  @Checks(Guarantee.WITHOUT_GROWTH_THE_FACTORS_SUM_TO_THE_YEARS)
  void withoutGrowthTheFactorsSumToTheYears() {
    qt().forAll(integers().between(1, 100)).check(years ->
        Compounding.growthFactorSum(BigDecimal.ZERO, years)
            .compareTo(BigDecimal.valueOf(years)) == 0);
  }

  @Test
  @Checks(Guarantee.THE_PROJECTED_TOTAL_IS_THE_SUM_OF_EACH_YEARS_COMPOUNDED_VALUE)
  void theProjectedTotalIsTheSumOfEachYearsCompoundedValue() {
    qt().forAll(bases(), rates(), years()).checkAssert((base, rate, years) -> {
      BigDecimal yearByYear = BigDecimal.ZERO;
      for (int year = 1; year <= years; year++) {
        yearByYear = yearByYear.add(GrowthRates.compound(base, rate, year));
      }
      assertClose(Compounding.projectedTotal(base, rate, years), yearByYear);
    });
  }

  @Test
  @Checks(Guarantee.THE_WINDOW_PROJECTION_IS_THE_REPORTED_YEARS_PLUS_THE_PROJECTED_REST)
  void theWindowProjectionIsTheReportedYearsPlusTheProjectedRest() {
    qt().forAll(lists().of(bases()).ofSizeBetween(0, 3), bases(), rates(),
        integers().between(0, 5)).checkAssert((reported, last, rate, remaining) -> {
          BigDecimal expected = Pacing.sum(reported);
          for (int year = 1; year <= remaining; year++) {
            expected = expected.add(GrowthRates.compound(last, rate, year));
          }
          assertClose(Compounding.projectedWindowTotal(reported, last, rate, remaining),
              expected);
        });
  }

  @Test
  @Checks(Guarantee.WITH_NO_YEARS_TO_COME_THE_WINDOW_PROJECTION_IS_WHAT_WAS_REPORTED)
  void withNoYearsToComeTheWindowProjectionIsWhatWasReported() {
    // Rounded as every projection is: a sum of 21 digits (100.000000000000000001) comes back
    // with 20.
    qt().forAll(lists().of(bases()).ofSizeBetween(0, 5), bases(), rates())
        .check((reported, last, rate) -> Compounding.projectedWindowTotal(reported, last, rate, 0)
            .compareTo(Pacing.sum(reported).round(Precision.MATH_CONTEXT)) == 0);
  }
}
