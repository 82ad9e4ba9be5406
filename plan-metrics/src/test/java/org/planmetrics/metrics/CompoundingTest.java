package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundingTest {

  private static final BigDecimal TINY = new BigDecimal("1E-15");

  @ParameterizedTest(name = "at {0} over {1} years the factors sum to {2}")
  @CsvSource({
      "0.1,  3, 3.641",
      "0.10, 1, 1.1",
      "0.07, 3, 3.439943",
      "0,    3, 3",
      "0,    1, 1",
      "-0.5, 2, 0.75",
      "1,    4, 30",
      "-0.99, 1, 0.01",
  })
  void theGrowthFactorSumAddsEachYearsFactor(BigDecimal rate, int years, BigDecimal expected) {
    assertThat(Compounding.growthFactorSum(rate, years)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} at {1} over {2} years implies a base of {4} ({3} places)")
  @CsvSource({
      "304.2, 0.10, 3, 2, 83.55",
      "7,     0.07, 3, 3, 2.035",
      "0.6,   0.10, 3, 3, 0.165",
  })
  void theSeedsCumulativeTargetsImplyTheirBaseYear(BigDecimal total, BigDecimal rate, int years,
      int places, BigDecimal expected) {
    assertThat(Compounding.impliedBaseValue(total, rate, years)
        .setScale(places, RoundingMode.HALF_EVEN)).isEqualByComparingTo(expected);
  }

  @Test
  void theImpliedBaseKeepsTwentyDigits() {
    assertThat(Compounding.impliedBaseValue(new BigDecimal("304.2"), new BigDecimal("0.10"), 3))
        .isEqualByComparingTo("83.548475693490799231");
    assertThat(Compounding.impliedBaseValue(new BigDecimal("7"), new BigDecimal("0.07"), 3))
        .isEqualByComparingTo("2.0349174390389608200");
    assertThat(Compounding.impliedBaseValue(new BigDecimal("30"), BigDecimal.ZERO, 3))
        .isEqualByComparingTo("10");
    assertThat(Compounding.impliedBaseValue(BigDecimal.ZERO, BigDecimal.ONE, 2))
        .isEqualByComparingTo("0");
  }

  @Test
  void reachingThreeHundredFourPointTwoFrom83Point55NeedsTenPercent() {
    BigDecimal rate = Compounding.requiredGrowthRate(new BigDecimal("83.55"),
        new BigDecimal("304.2"), 3);
    assertThat(rate.setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.1000");
    assertThat(rate).isCloseTo(new BigDecimal("0.09999027412945892345"), within(TINY));
    // The root to 60 digits is 0.09999027412945892350887777…; the 20-digit result is that root
    // correctly rounded, not merely close to it.
    assertThat(rate).isEqualByComparingTo("0.099990274129458923509");
  }

  @Test
  void sevenHundredMillionDollarsFromTheImpliedBaseIsCorrectlyRounded() {
    // 7 亿美元 over three years from 2.035: the root to 60 digits is 0.06997877285753856886450…
    assertThat(Compounding.requiredGrowthRate(new BigDecimal("2.035"), BigDecimal.valueOf(7), 3))
        .isEqualByComparingTo("0.069978772857538568865");
  }

  @ParameterizedTest(name = "from {0} to a total of {1} over {2} years needs {3}")
  @CsvSource({
      "100, 364.1,  3, 0.1",
      "100, 150,    1, 0.5",
      "100, 75,     2, -0.5",
      "100, 300,    3, 0",
      "1,   10100,  2, 99",
      "1,   30,     4, 1",
      "2,   0.02,   1, -0.99",
  })
  void theRequiredGrowthCarriesTheBaseToTheTotal(BigDecimal base, BigDecimal total, int years,
      BigDecimal expected) {
    assertThat(Compounding.requiredGrowthRate(base, total, years))
        .isCloseTo(expected, within(TINY));
  }

  @Test
  void aHugeRequiredRateIsFoundToTwentyDigits() {
    // Near 1E+12 neighbouring 20-digit numbers are 1E-8 apart, so the bisection stops there.
    assertThat(Compounding.requiredGrowthRate(BigDecimal.ONE, new BigDecimal("1E+12"), 1))
        .isCloseTo(new BigDecimal("999999999999"), within(new BigDecimal("1E-7")));
  }

  @Test
  void aRatioBeyondTheRangeOfADoubleIsStillSolved() {
    // 1E+400 has no double, so the solver cannot start from one: f + f² = 1E+400 gives f ≈ 1E+200.
    BigDecimal rate = Compounding.requiredGrowthRate(BigDecimal.ONE, new BigDecimal("1E+400"), 2);
    assertThat(rate.round(new java.math.MathContext(15))).isEqualByComparingTo("1E+200");
    assertThat(Compounding.projectedTotal(BigDecimal.ONE, rate, 2).round(
        new java.math.MathContext(15))).isEqualByComparingTo("1E+400");
  }

  @Test
  void aZeroTotalNeedsEverythingLost() {
    assertThat(Compounding.requiredGrowthRate(BigDecimal.TEN, BigDecimal.ZERO, 3))
        .isEqualByComparingTo("-1");
  }

  @Test
  void aTinyTotalNeedsARateJustAboveMinusOne() {
    BigDecimal rate = Compounding.requiredGrowthRate(BigDecimal.ONE, new BigDecimal("1E-10"), 1);
    assertThat(rate).isGreaterThan(BigDecimal.ONE.negate());
    assertThat(rate).isCloseTo(new BigDecimal("-0.9999999999"), within(TINY));
  }

  @Test
  void theSeedsBaseAtTenPercentProjectsItsTotal() {
    assertThat(Compounding.projectedTotal(new BigDecimal("83.55"), new BigDecimal("0.10"), 3))
        .isEqualByComparingTo("304.20555");
    assertThat(Compounding.projectedTotal(new BigDecimal("-2"), BigDecimal.ONE, 2))
        .isEqualByComparingTo("-12");
  }

  @ParameterizedTest(name = "reported {0}, last {1}, at {2} for {3} more years: {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "100;110 | 110 | 0.1  | 1 | 331",
      "100;110 | 110 | 0.1  | 0 | 210",
      "        | 100 | 0.1  | 3 | 364.1",
      "        | 100 | 0.1  | 0 | 0",
      "100     | 100 | -1   | 2 | 100",
      "100     | 100 | -0.5 | 2 | 175",
      "2;3     | 0   | 5    | 3 | 5",
  })
  void theWindowProjectionAddsReportedYearsToGrowthFromTheLastValue(String reported,
      BigDecimal last, BigDecimal rate, int remaining, BigDecimal expected) {
    assertThat(Compounding.projectedWindowTotal(decimals(reported), last, rate, remaining))
        .isEqualByComparingTo(expected);
  }

  @Test
  void growthFactorSumRefusesBadArgumentsByNameAndValue() {
    assertThatThrownBy(() -> Compounding.growthFactorSum(new BigDecimal("-1"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' must be above -1 but was -1");
    assertThatThrownBy(() -> Compounding.growthFactorSum(new BigDecimal("-1.01"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' must be above -1 but was -1.01");
    assertThatThrownBy(() -> Compounding.growthFactorSum(new BigDecimal("0.1"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'years' must be at least 1 but was 0");
    assertThatThrownBy(() -> Compounding.impliedBaseValue(BigDecimal.ONE, BigDecimal.ONE, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'years' must be at least 1 but was -3");
    assertThatThrownBy(() -> Compounding.projectedTotal(BigDecimal.ONE, new BigDecimal("-2"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' must be above -1 but was -2");
  }

  @ParameterizedTest(name = "base {0}, total {1}, {2} years is refused: {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0     | 304.2 | 3 | 'base' must be above 0 but was 0",
      "-1    | 304.2 | 3 | 'base' must be above 0 but was -1",
      "83.55 | -0.1  | 3 | 'total' must be at least 0 but was -0.1",
      "83.55 | 304.2 | 0 | 'years' must be at least 1 but was 0",
      "83.55 | 0     | 0 | 'years' must be at least 1 but was 0",
  })
  void requiredGrowthRefusesBadArgumentsByNameAndValue(BigDecimal base, BigDecimal total,
      int years, String message) {
    assertThatThrownBy(() -> Compounding.requiredGrowthRate(base, total, years))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void theWindowProjectionRefusesBadArgumentsByNameAndValue() {
    List<BigDecimal> reported = decimals("100");
    assertThatThrownBy(() -> Compounding.projectedWindowTotal(reported, BigDecimal.ONE,
        new BigDecimal("-1.5"), 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' must be at least -1 but was -1.5");
    assertThatThrownBy(() -> Compounding.projectedWindowTotal(reported, BigDecimal.ONE,
        BigDecimal.ZERO, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'remainingYears' must be at least 0 but was -1");
  }

  @Test
  void nullsAreRefusedByName() {
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> Compounding.growthFactorSum(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rate'");
    assertThatThrownBy(() -> Compounding.impliedBaseValue(null, one, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'total'");
    assertThatThrownBy(() -> Compounding.requiredGrowthRate(null, one, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'base'");
    assertThatThrownBy(() -> Compounding.requiredGrowthRate(one, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'total'");
    assertThatThrownBy(() -> Compounding.projectedTotal(null, one, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'base'");
    assertThatThrownBy(() -> Compounding.projectedWindowTotal(null, one, one, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'actualYears'");
    assertThatThrownBy(() -> Compounding.projectedWindowTotal(List.of(), null, one, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'lastValue'");
    assertThatThrownBy(() -> Compounding.projectedWindowTotal(List.of(), one, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rate'");
  }

  private static List<BigDecimal> decimals(String semicolonSeparated) {
    if (semicolonSeparated == null) {
      return List.of();
    }
    return Arrays.stream(semicolonSeparated.split(";")).map(String::trim).map(BigDecimal::new)
        .toList();
  }
}
