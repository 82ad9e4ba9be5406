package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.quicktheories.core.Gen;

class PacingProperties {

  private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

  private static Gen<BigDecimal> amounts() {
    return MetricsGenerators.decimals(-1_000_000, 1_000_000);
  }

  private static Gen<BigDecimal> positiveAmounts() {
    return MetricsGenerators.positiveDecimals(1_000_000);
  }

  /** Fractions from 0 to 1.5 with 4 places: completion rates and time progress. */
  private static Gen<BigDecimal> fractions() {
    return integers().between(0, 15_000).map(unscaled -> BigDecimal.valueOf(unscaled, 4));
  }

  @Test
  void completionTimesTargetIsTheActual() {
    qt().forAll(amounts(), positiveAmounts()).checkAssert((actual, target) ->
        assertThat(Pacing.completionRate(actual, target).multiply(target))
            .isCloseTo(actual, within(TOLERANCE)));
  }

  @Test
  void timeProgressGrowsWithEveryMonth() {
    qt().forAll(integers().between(1, 120), integers().between(0, 10_000)).check((span, any) -> {
      int elapsed = any % span;
      return Pacing.timeProgress(elapsed, span)
          .compareTo(Pacing.timeProgress(elapsed + 1, span)) < 0;
    });
  }

  @Test
  void timeProgressRunsFromZeroToOneAndTimesTheSpanIsTheElapsedMonths() {
    qt().forAll(integers().between(1, 120), integers().between(0, 10_000)).checkAssert((span, any) -> {
          int elapsed = any % (span + 1);
          BigDecimal progress = Pacing.timeProgress(elapsed, span);
          assertThat(progress).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
          assertThat(progress.multiply(BigDecimal.valueOf(span)))
              .isCloseTo(BigDecimal.valueOf(elapsed), within(TOLERANCE));
        });
  }

  @Test
  void theGapHasTheSignOfCompletionMinusProgress() {
    qt().forAll(fractions(), fractions()).check((completion, progress) ->
        Pacing.gapInPercentagePoints(completion, progress).signum()
            == completion.compareTo(progress));
  }

  @Test
  void theGapInPointsIsAHundredTimesTheGapInFractions() {
    qt().forAll(fractions(), fractions()).check((completion, progress) ->
        Pacing.gapInPercentagePoints(completion, progress).movePointLeft(2).add(progress)
            .compareTo(completion) == 0);
  }

  @Test
  void remainingIsNeverNegativeAndZeroExactlyWhenTheTargetIsReached() {
    qt().forAll(amounts(), amounts()).checkAssert((achieved, target) -> {
      BigDecimal remaining = Pacing.remainingAmount(achieved, target);
      assertThat(remaining.signum()).isNotNegative();
      assertThat(remaining.signum() == 0).isEqualTo(achieved.compareTo(target) >= 0);
    });
  }

  @Test
  void achievedPlusRemainingIsTheTargetWhileShort() {
    qt().forAll(amounts(), positiveAmounts()).check((achieved, shortfall) -> {
      BigDecimal target = achieved.add(shortfall);
      return Pacing.remainingAmount(achieved, target).compareTo(shortfall) == 0;
    });
  }

  @Test
  void quantitiesSumLikeTheirValuesAndKeepTheirUnit() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(1, 10)).checkAssert(values -> {
      List<Quantity> quantities = values.stream()
          .map(value -> Quantity.of(value, Unit.CNY_100M)).toList();
      Quantity sum = Pacing.sum(quantities);
      assertThat(sum.unit()).isEqualTo(Unit.CNY_100M);
      assertThat(sum.value()).isEqualByComparingTo(Pacing.sum(values));
    });
  }
}
