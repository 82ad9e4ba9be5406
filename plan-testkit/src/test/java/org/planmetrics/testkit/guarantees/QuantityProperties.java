package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
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
}
