package org.planmetrics.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class QuantityProperties {

  private static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000L, 1_000_000_000L)
        .zip(integers().between(0, 6), BigDecimal::valueOf);
  }

  @Test
  void additionIsCommutativeAndMinusUndoesPlus() {
    qt().forAll(decimals(), decimals()).checkAssert((a, b) -> {
      Quantity x = Quantity.of(a, Unit.CNY_100M);
      Quantity y = Quantity.of(b, Unit.CNY_100M);
      assertThat(x.plus(y).isEqual(y.plus(x))).isTrue();
      assertThat(x.plus(y).minus(y).isEqual(x)).isTrue();
    });
  }

  @Test
  void atLeastAndGreaterThanDifferOnlyAtTheThreshold() {
    qt().forAll(decimals(), decimals()).check((actual, threshold) ->
        ComparisonOperator.AT_LEAST.test(actual, threshold)
            == (ComparisonOperator.GREATER_THAN.test(actual, threshold)
                || actual.compareTo(threshold) == 0));
  }

  @Test
  void atMostIsTheMirrorOfGreaterThan() {
    qt().forAll(decimals(), decimals()).check((actual, threshold) ->
        ComparisonOperator.AT_MOST.test(actual, threshold)
            != ComparisonOperator.GREATER_THAN.test(actual, threshold));
  }

  @Test
  void comparisonIgnoresScale() {
    qt().forAll(decimals(), integers().between(0, 4)).check((value, extraZeros) ->
        Quantity.of(value, Unit.RATIO).isEqual(
            Quantity.of(value.setScale(value.scale() + extraZeros), Unit.RATIO)));
  }
}
