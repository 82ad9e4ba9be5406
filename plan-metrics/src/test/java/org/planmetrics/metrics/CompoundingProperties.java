package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CompoundingProperties {

  private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

  private static Gen<BigDecimal> bases() {
    return MetricsGenerators.positiveDecimals(10_000);
  }

  private static Gen<BigDecimal> totals() {
    return MetricsGenerators.positiveDecimals(100_000);
  }

  private static Gen<BigDecimal> rates() {
    return MetricsGenerators.rates(2);
  }

  private static Gen<Integer> years() {
    return integers().between(1, 10);
  }

  private static BigDecimal toleranceFor(BigDecimal value) {
    return TOLERANCE.multiply(BigDecimal.ONE.max(value.abs()));
  }

  @Test
  void projectingAtTheRequiredGrowthReachesTheTotal() {
    qt().withExamples(300).forAll(bases(), totals(), years()).checkAssert((base, total, years) -> {
      BigDecimal rate = Compounding.requiredGrowthRate(base, total, years);
      assertThat(Compounding.projectedTotal(base, rate, years))
          .isCloseTo(total, within(toleranceFor(total)));
    });
  }

  @Test
  void impliedBaseAndRequiredGrowthInvertEachOther() {
    qt().withExamples(300).forAll(totals(), rates(), years()).checkAssert((total, rate, years) -> {
      BigDecimal base = Compounding.impliedBaseValue(total, rate, years);
      assertThat(Compounding.requiredGrowthRate(base, total, years))
          .isCloseTo(rate, within(TOLERANCE));
    });
  }

  @Test
  void theBaseImpliedByTheRequiredGrowthIsTheBase() {
    qt().withExamples(300).forAll(bases(), totals(), years()).checkAssert((base, total, years) ->
        assertThat(Compounding.impliedBaseValue(total,
            Compounding.requiredGrowthRate(base, total, years), years))
            .isCloseTo(base, within(toleranceFor(base))));
  }

  @Test
  void aLargerTotalRequiresFasterGrowth() {
    qt().withExamples(300).forAll(bases(), totals(), totals(), years())
        .check((base, total, extra, years) ->
            Compounding.requiredGrowthRate(base, total, years)
                .compareTo(Compounding.requiredGrowthRate(base, total.add(extra), years)) < 0);
  }

  @Test
  void growthFactorSumIncreasesWithTheRate() {
    qt().forAll(rates(), MetricsGenerators.positiveDecimals(1), years())
        .check((rate, increase, years) -> Compounding.growthFactorSum(rate, years)
            .compareTo(Compounding.growthFactorSum(rate.add(increase), years)) < 0);
  }

  @Test
  void growthFactorSumGrowsByTheNextYearsFactor() {
    qt().forAll(rates(), years()).checkAssert((rate, years) -> {
      BigDecimal step = Compounding.growthFactorSum(rate, years + 1)
          .subtract(Compounding.growthFactorSum(rate, years));
      BigDecimal nextFactor = GrowthRates.compound(BigDecimal.ONE, rate, years + 1);
      assertThat(step).isCloseTo(nextFactor, within(toleranceFor(nextFactor)));
    });
  }

  @Test
  void withoutGrowthTheFactorsSumToTheYears() {
    qt().forAll(integers().between(1, 100)).check(years ->
        Compounding.growthFactorSum(BigDecimal.ZERO, years)
            .compareTo(BigDecimal.valueOf(years)) == 0);
  }

  @Test
  void theProjectedTotalIsTheSumOfEachYearsCompoundedValue() {
    qt().forAll(bases(), rates(), years()).checkAssert((base, rate, years) -> {
      BigDecimal yearByYear = BigDecimal.ZERO;
      for (int year = 1; year <= years; year++) {
        yearByYear = yearByYear.add(GrowthRates.compound(base, rate, year));
      }
      assertThat(Compounding.projectedTotal(base, rate, years))
          .isCloseTo(yearByYear, within(toleranceFor(yearByYear)));
    });
  }

  @Test
  void theWindowProjectionIsTheReportedYearsPlusTheProjectedRest() {
    qt().forAll(lists().of(bases()).ofSizeBetween(0, 3), bases(), rates(),
        integers().between(0, 5)).checkAssert((reported, last, rate, remaining) -> {
          BigDecimal expected = Pacing.sum(reported);
          for (int year = 1; year <= remaining; year++) {
            expected = expected.add(GrowthRates.compound(last, rate, year));
          }
          assertThat(Compounding.projectedWindowTotal(reported, last, rate, remaining))
              .isCloseTo(expected, within(toleranceFor(expected)));
        });
  }

  @Test
  void withNoYearsToComeTheWindowProjectionIsWhatWasReported() {
    qt().forAll(lists().of(bases()).ofSizeBetween(0, 5), bases(), rates())
        .check((reported, last, rate) -> Compounding.projectedWindowTotal(reported, last, rate, 0)
            .compareTo(Pacing.sum(reported)) == 0);
  }
}
