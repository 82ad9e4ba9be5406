package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.Tolerances.assertClose;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promises of {@link Pacing} (see {@link Guarantee}). */
class PacingProperties {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private static Gen<BigDecimal> amounts() {
    return Gens.amounts(MILLION.negate(), MILLION);
  }

  private static Gen<BigDecimal> positiveAmounts() {
    return Gens.positiveAmounts(MILLION);
  }

  /** Fractions from 0 to 1.5: completion rates and time progress. */
  private static Gen<BigDecimal> fractions() {
    return Gens.amounts(BigDecimal.ZERO, new BigDecimal("1.5"));
  }

  @Test
  @Checks(Guarantee.COMPLETION_TIMES_TARGET_IS_THE_ACTUAL)
  void completionTimesTargetIsTheActual() {
    qt().forAll(amounts(), positiveAmounts()).checkAssert((actual, target) ->
        assertClose(Pacing.completionRate(actual, target).multiply(target), actual));
  }

  @Test
  @Checks(Guarantee.TIME_PROGRESS_GROWS_WITH_EVERY_MONTH)
  void timeProgressGrowsWithEveryMonth() {
    qt().forAll(integers().between(1, 120), integers().between(0, 10_000)).check((span, any) -> {
      int elapsed = any % span;
      return Pacing.timeProgress(elapsed, span)
          .compareTo(Pacing.timeProgress(elapsed + 1, span)) < 0;
    });
  }

  @Test
  @Checks(Guarantee.TIME_PROGRESS_RUNS_FROM_ZERO_TO_ONE)
  void timeProgressRunsFromZeroToOneAndTimesTheSpanIsTheElapsedMonths() {
    qt().forAll(integers().between(1, 120), integers().between(0, 10_000))
        .checkAssert((span, any) -> {
          int elapsed = any % (span + 1);
          BigDecimal progress = Pacing.timeProgress(elapsed, span);
          assertThat(progress).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
          assertClose(progress.multiply(BigDecimal.valueOf(span)), BigDecimal.valueOf(elapsed));
        });
  }

  @Test
  @Checks(Guarantee.SCHEDULED_AMOUNT_IS_THE_TARGET_TIMES_TIME_PROGRESS)
  void theScheduledAmountIsTheTargetTimesTheTimeProgress() {
    qt().forAll(positiveAmounts(), integers().between(1, 120), integers().between(0, 10_000))
        .checkAssert((target, span, any) -> {
          int elapsed = any % (span + 1);
          assertClose(Pacing.scheduledAmount(target, elapsed, span),
              target.multiply(Pacing.timeProgress(elapsed, span)));
          assertThat(Pacing.scheduledAmount(target, span, span)).isEqualByComparingTo(target);
        });
  }

  @Test
  @Checks(Guarantee.THE_GAP_HAS_THE_SIGN_OF_COMPLETION_MINUS_PROGRESS)
  void theGapHasTheSignOfCompletionMinusProgress() {
    qt().forAll(fractions(), fractions()).check((completion, progress) ->
        Pacing.gapInPercentagePoints(completion, progress).signum()
            == completion.compareTo(progress));
  }

  @Test
  @Checks(Guarantee.THE_GAP_IN_POINTS_IS_A_HUNDRED_TIMES_THE_GAP_IN_FRACTIONS)
  void theGapInPointsIsAHundredTimesTheGapInFractions() {
    qt().forAll(fractions(), fractions()).check((completion, progress) ->
        Pacing.gapInPercentagePoints(completion, progress).movePointLeft(2).add(progress)
            .compareTo(completion) == 0);
  }

  @Test
  @Checks(Guarantee.REMAINING_IS_NEVER_NEGATIVE_AND_ZERO_ONCE_THE_TARGET_IS_REACHED)
  void remainingIsNeverNegativeAndZeroExactlyWhenTheTargetIsReached() {
    qt().forAll(amounts(), amounts()).checkAssert((achieved, target) -> {
      BigDecimal remaining = Pacing.remainingAmount(achieved, target);
      assertThat(remaining.signum()).isNotNegative();
      assertThat(remaining.signum() == 0).isEqualTo(achieved.compareTo(target) >= 0);
    });
  }

  @Test
  @Checks(Guarantee.ACHIEVED_PLUS_REMAINING_IS_THE_TARGET_WHILE_SHORT)
  void achievedPlusRemainingIsTheTargetWhileShort() {
    qt().forAll(amounts(), positiveAmounts()).check((achieved, shortfall) ->
        Pacing.remainingAmount(achieved, achieved.add(shortfall)).compareTo(shortfall) == 0);
  }

  @Test
  @Checks(Guarantee.QUANTITIES_SUM_LIKE_THEIR_VALUES_AND_KEEP_THEIR_UNIT)
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
