package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;

/** What {@link Amounts}, {@link Rates} and {@link Decimals} promise. */
class AmountsAndRatesTest {

  private static final int DRAWS = 4_000;

  @Test
  void amountsStayInTheirRangeAndBringZeroTheBoundsAndManyPlaces() {
    BigDecimal max = BigDecimal.valueOf(1_000_000);
    Generator<BigDecimal> amounts = Amounts.nonNegative(max);
    SplittableRandom random = new SplittableRandom(11);
    int zeros = 0;
    int maxima = 0;
    int manyPlaces = 0;
    for (int i = 0; i < DRAWS; i++) {
      BigDecimal amount = amounts.next(random);
      assertThat(amount).isBetween(BigDecimal.ZERO, max);
      zeros += amount.signum() == 0 ? 1 : 0;
      maxima += amount.compareTo(max) == 0 ? 1 : 0;
      manyPlaces += amount.scale() > Amounts.PLACES ? 1 : 0;
    }
    // Edge draws are a quarter of all, half of them one of four edges: about 125 each.
    assertThat(zeros).isBetween(80, 180);
    assertThat(maxima).isBetween(80, 180);
    // Half the edge draws: about 500.
    assertThat(manyPlaces).isBetween(350, 650);
  }

  @Test
  void positiveAmountsStartAtTheSmallestStep() {
    Generator<BigDecimal> amounts = Amounts.positive(BigDecimal.ONE);
    SplittableRandom random = new SplittableRandom(12);
    boolean smallest = false;
    for (int i = 0; i < DRAWS; i++) {
      BigDecimal amount = amounts.next(random);
      assertThat(amount).isBetween(Amounts.STEP, BigDecimal.ONE);
      smallest |= amount.compareTo(Amounts.STEP) == 0;
    }
    assertThat(smallest).isTrue();
  }

  @Test
  void ratesBringZeroGrowthDeclineAndRatesCloseToMinusOne() {
    Generator<BigDecimal> rates = Rates.aboveMinusOne(BigDecimal.valueOf(2));
    SplittableRandom random = new SplittableRandom(13);
    int zero = 0;
    int negative = 0;
    int nearest = 0;
    int beyondMinusPoint99 = 0;
    for (int i = 0; i < DRAWS; i++) {
      BigDecimal rate = rates.next(random);
      assertThat(rate).isBetween(Rates.NEAREST_MINUS_ONE, BigDecimal.valueOf(2));
      zero += rate.signum() == 0 ? 1 : 0;
      negative += rate.signum() < 0 ? 1 : 0;
      nearest += rate.compareTo(Rates.NEAREST_MINUS_ONE) == 0 ? 1 : 0;
      beyondMinusPoint99 += rate.compareTo(new BigDecimal("-0.99")) < 0 ? 1 : 0;
    }
    assertThat(zero).isPositive();
    assertThat(nearest).isPositive();
    // −0.999 … −0.999999999999999999: 16 of the 22 edges, about 730 draws.
    assertThat(beyondMinusPoint99).isBetween(500, 900);
    assertThat(negative).isGreaterThan(DRAWS / 4);
  }

  @Test
  void decimalsAreExactAndWithinTheirScale() {
    Generator<BigDecimal> decimals = Decimals.between(new BigDecimal("-2.5"),
        new BigDecimal("7.25"), 3);
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < DRAWS; i++) {
      BigDecimal value = decimals.next(random);
      assertThat(value).isBetween(new BigDecimal("-2.5"), new BigDecimal("7.25"));
      assertThat(value.scale()).isBetween(0, 3);
    }
  }

  @Test
  void aRangeTooWideForALongIsRefusedWhenTheGeneratorIsMade() {
    assertThatThrownBy(() -> Decimals.between(BigDecimal.ZERO, new BigDecimal("1E15"), 4))
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("max"));
    assertThatThrownBy(() -> Decimals.between(BigDecimal.ONE, BigDecimal.ZERO, 4))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> Decimals.between(BigDecimal.ZERO, BigDecimal.ONE, 19))
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("maxScale"));
  }
}
