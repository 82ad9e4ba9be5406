package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.quantity.UnitMismatchException;

class PacingTest {

  @Test
  void theBulletinCase31364Of1015ThroughMarchIsFivePointNinePointsAhead() {
    BigDecimal completion = Pacing.completionRate(new BigDecimal("313.64"),
        new BigDecimal("1015"));
    BigDecimal progress = Pacing.timeProgress(3, 12);
    BigDecimal gap = Pacing.gapInPercentagePoints(completion, progress);

    assertThat(completion).isEqualByComparingTo("0.30900492610837438424");
    assertThat(completion.setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.3090");
    assertThat(progress).isEqualByComparingTo("0.25");
    // The bulletin prints two places: "超过时间进度5.90个百分点".
    assertThat(gap.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("5.90");
    assertThat(gap).isPositive();
  }

  @ParameterizedTest(name = "completion {0} against time {1} is {2} points")
  @CsvSource({
      "0.3090, 0.25, 5.90",
      "0.20,   0.25, -5",
      "0.5,    0.5,  0",
      "1.2,    1,    20",
      "0.9167, 0.91666666666666666667, 0.003333333333333333",
  })
  void theGapIsTheDifferenceInPercentagePoints(BigDecimal completion, BigDecimal progress,
      BigDecimal expected) {
    assertThat(Pacing.gapInPercentagePoints(completion, progress)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} of {1} months is {2}")
  @CsvSource({
      "3,  12, 0.25",
      "6,  12, 0.5",
      "11, 12, 0.91666666666666666667",
      "18, 36, 0.5",
      "0,  12, 0",
      "12, 12, 1",
      "1,  1,  1",
      "1,  3,  0.33333333333333333333",
  })
  void timeProgressIsElapsedMonthsOverTheSpan(int elapsed, int span, BigDecimal expected) {
    assertThat(Pacing.timeProgress(elapsed, span)).isEqualByComparingTo(expected);
  }

  @Test
  void elevenMonthsIsNinetyOnePointSevenPercent() {
    assertThat(Pacing.timeProgress(11, 12).setScale(4, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.9167");
  }

  @ParameterizedTest(name = "{0} of {1} months is refused: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "1  | 0   | 'monthsInSpan' must be above 0 but was 0",
      "0  | -12 | 'monthsInSpan' must be above 0 but was -12",
      "-1 | 12  | 'monthsElapsed' must be between 0 and 'monthsInSpan' (12) but was -1",
      "13 | 12  | 'monthsElapsed' must be between 0 and 'monthsInSpan' (12) but was 13",
      "37 | 36  | 'monthsElapsed' must be between 0 and 'monthsInSpan' (36) but was 37",
  })
  void monthsOutOfRangeAreRefused(int elapsed, int span, String message) {
    assertThatThrownBy(() -> Pacing.timeProgress(elapsed, span))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
      "313.64, 1015, 0.30900492610837438424",
      "15,     15,   1",
      "0,      15,   0",
      "16,     15,   1.0666666666666666667",
      "-3,     15,   -0.2",
      "1,      3,    0.33333333333333333333",
  })
  void completionIsActualOverTarget(BigDecimal actual, BigDecimal target, BigDecimal expected) {
    assertThat(Pacing.completionRate(actual, target)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "target {0} is refused")
  @CsvSource({"0, 0", "-1015, -1015", "0.00, 0.00"})
  void aZeroOrNegativeTargetHasNoCompletionRate(BigDecimal target, String shown) {
    assertThatThrownBy(() -> Pacing.completionRate(BigDecimal.ONE, target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'target' must be above 0 but was " + shown);
  }

  @ParameterizedTest(name = "{0} achieved of {1} leaves {2}")
  @CsvSource({
      "9,     15, 6",
      "14.99, 15, 0.01",
      "15,    15, 0",
      "16,    15, 0",
      "-1,    15, 16",
      "0,     0,  0",
  })
  void remainingIsWhatIsStillToAchieveAndNeverNegative(BigDecimal achieved, BigDecimal target,
      BigDecimal expected) {
    assertThat(Pacing.remainingAmount(achieved, target)).isEqualByComparingTo(expected);
  }

  @Test
  void sumsOfDecimalsAreExactAndTheEmptySumIsZero() {
    assertThat(Pacing.sum(List.<BigDecimal>of())).isEqualByComparingTo("0");
    assertThat(Pacing.sum(decimals("2.1", "2.3", "2.6"))).isEqualByComparingTo("7.0");
    assertThat(Pacing.sum(decimals("0.1", "0.2"))).isEqualByComparingTo("0.3");
    assertThat(Pacing.sum(decimals("5"))).isEqualByComparingTo("5");
    assertThat(Pacing.sum(decimals("1E+20", "1E-20"))).isEqualByComparingTo(
        "100000000000000000000.00000000000000000001");
  }

  @Test
  void sumsOfQuantitiesKeepTheirUnit() {
    Quantity sum = Pacing.sum(List.of(Quantity.of("2.1", Unit.USD_100M),
        Quantity.of("2.3", Unit.USD_100M), Quantity.of("2.6", Unit.USD_100M)));
    assertThat(sum.unit()).isEqualTo(Unit.USD_100M);
    assertThat(sum.value()).isEqualByComparingTo("7.0");
    Quantity single = Quantity.of("304.2", Unit.CNY_100M);
    assertThat(Pacing.sum(List.of(single))).isEqualTo(single);
  }

  @Test
  void summingDollarsWithYuanIsAnError() {
    assertThatThrownBy(() -> Pacing.sum(List.of(Quantity.of("7", Unit.USD_100M),
        Quantity.of("304.2", Unit.CNY_100M)))).isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void anEmptyListOfQuantitiesHasNoUnitAndIsRefused() {
    assertThatThrownBy(() -> Pacing.sum(List.<Quantity>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'quantities'").hasMessageContaining("empty")
        .hasMessageContaining("[]");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Pacing.completionRate(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'actual'");
    assertThatThrownBy(() -> Pacing.completionRate(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'target'");
    assertThatThrownBy(() -> Pacing.gapInPercentagePoints(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'completion'");
    assertThatThrownBy(() -> Pacing.gapInPercentagePoints(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'timeProgress'");
    assertThatThrownBy(() -> Pacing.remainingAmount(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'achieved'");
    assertThatThrownBy(() -> Pacing.remainingAmount(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'target'");
    List<BigDecimal> withNull = Arrays.asList(BigDecimal.ONE, null);
    assertThatThrownBy(() -> Pacing.sum(withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'values'");
    assertThatThrownBy(() -> Pacing.sum(Arrays.asList(Quantity.count(1), null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'quantities'");
    assertThatThrownBy(() -> Pacing.sum(Arrays.asList((Quantity) null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'quantities'");
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
