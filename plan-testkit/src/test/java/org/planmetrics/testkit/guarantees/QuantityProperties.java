package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.quantity.UnitMismatchException;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promises of {@link Quantity} and {@link ComparisonOperator} (see {@link Guarantee}). */
class QuantityProperties {

  private static Gen<BigDecimal> decimals() {
    BigDecimal billion = BigDecimal.valueOf(1_000_000_000L);
    return Gens.amounts(billion.negate(), billion);
  }

  @Test
  @Checks(Guarantee.QUANTITY_ADDITION_IS_COMMUTATIVE_AND_MINUS_UNDOES_PLUS)
  void additionIsCommutativeAndMinusUndoesPlus() {
    qt().forAll(decimals(), decimals()).checkAssert((a, b) -> {
      Quantity x = Quantity.of(a, Unit.CNY_100M);
      Quantity y = Quantity.of(b, Unit.CNY_100M);
      assertThat(x.plus(y).isEqual(y.plus(x))).isTrue();
      assertThat(x.plus(y).minus(y).isEqual(x)).isTrue();
    });
  }

  @Test
  @Checks(Guarantee.AT_LEAST_AND_GREATER_THAN_DIFFER_ONLY_AT_THE_THRESHOLD)
  void atLeastAndGreaterThanDifferOnlyAtTheThreshold() {
    qt().forAll(decimals(), decimals()).check((actual, threshold) ->
        ComparisonOperator.AT_LEAST.test(actual, threshold)
            == (ComparisonOperator.GREATER_THAN.test(actual, threshold)
                || actual.compareTo(threshold) == 0));
  }

  @Test
  @Checks(Guarantee.AT_MOST_IS_THE_MIRROR_OF_GREATER_THAN)
  void atMostIsTheMirrorOfGreaterThan() {
    qt().forAll(decimals(), decimals()).check((actual, threshold) ->
        ComparisonOperator.AT_MOST.test(actual, threshold)
            != ComparisonOperator.GREATER_THAN.test(actual, threshold));
  }

  @Test
  @Checks(Guarantee.QUANTITY_COMPARISON_IGNORES_SCALE)
  void comparisonIgnoresScale() {
    qt().forAll(decimals(), integers().between(0, 4)).check((value, extraZeros) ->
        Quantity.of(value, Unit.RATIO).isEqual(
            Quantity.of(value.setScale(value.scale() + extraZeros), Unit.RATIO)));
  }

  private static final List<Unit> YUAN = List.of(Unit.CNY_10K, Unit.CNY_100M, Unit.CNY_1T);
  private static final List<Unit> DOLLARS = List.of(Unit.USD_10K, Unit.USD_100M);

  private static Gen<Unit> yuanScales() {
    return arbitrary().pick(YUAN);
  }

  @Test
  @Checks(Guarantee.QUANTITY_SCALE_ROUND_TRIP_IS_EXACT)
  void convertingBetweenScalesAndBackIsExact() {
    Gen<List<Unit>> currency = arbitrary().pick(List.of(YUAN, DOLLARS));
    qt().forAll(decimals(), currency, integers().between(0, 2), integers().between(0, 2))
        .checkAssert((value, units, from, via) -> {
          Unit start = units.get(from % units.size());
          Unit middle = units.get(via % units.size());
          Quantity back = Quantity.of(value, start).to(middle).to(start);
          assertThat(back.unit()).isEqualTo(start);
          assertThat(back.value()).isEqualByComparingTo(value);
        });
  }

  @Test
  @Checks(Guarantee.QUANTITY_SUM_COMPARES_THE_SAME_IN_ANY_SCALE)
  void aSumComparesTheSameInAnyScale() {
    // a, b and c are drawn as 亿元 figures and then written in random scales of the yuan; the
    // comparison of a + b with c must not depend on the scales.
    // The three scales are the three base-3 digits of one draw, as forAll takes four sources.
    qt().forAll(decimals(), decimals(), decimals(), integers().between(0, 26))
        .check((a, b, c, scales) -> {
          Unit ua = YUAN.get(scales % 3);
          Unit ub = YUAN.get(scales / 3 % 3);
          Unit uc = YUAN.get(scales / 9);
          int inYi = a.add(b).compareTo(c);
          Quantity sum = Quantity.of(a, Unit.CNY_100M).to(ua)
              .plus(Quantity.of(b, Unit.CNY_100M).to(ub));
          return Integer.signum(sum.compareTo(Quantity.of(c, Unit.CNY_100M).to(uc)))
              == Integer.signum(inYi);
        });
  }

  @Test
  @Checks(Guarantee.QUANTITIES_OF_TWO_CURRENCIES_NEVER_MEET)
  void twoCurrenciesNeverMeet() {
    Gen<Unit> others = arbitrary().pick(List.of(Unit.USD_10K, Unit.USD_100M, Unit.COUNT));
    qt().forAll(decimals(), decimals(), yuanScales(), others).checkAssert((a, b, yuan, other) -> {
      Quantity x = Quantity.of(a, yuan);
      Quantity y = Quantity.of(b, other);
      assertThatThrownBy(() -> x.plus(y)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> y.minus(x)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> x.compareTo(y)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> x.to(other)).isInstanceOf(UnitMismatchException.class);
    });
  }
}
