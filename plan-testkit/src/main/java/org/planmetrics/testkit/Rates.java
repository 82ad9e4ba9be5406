package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Random rates as decimal fractions (0.07 is 7%), for example −0.0512 or 0.1, with 0 to 4 decimal
 * places, and, one draw in {@value Generator#EDGE_CASE_ONE_IN}, an edge case: zero growth, the
 * smallest growth and decline (±0.0001), the bounds of the range, and rates close to −1 (−0.9,
 * −0.99, … down to {@link #NEAREST_MINUS_ONE}) that lie in the range.
 */
public final class Rates {

  /**
   * The rate closest to −1 the kit draws: −1 + 1E-18 = −0.999999999999999999. At 20 significant
   * digits ({@code Precision.MATH_CONTEXT}) a growth rate nearer −1 than about −1 + 5E-21 rounds
   * to −1 itself, which compounding refuses; 1E-18 keeps a margin of two hundred times.
   */
  public static final BigDecimal NEAREST_MINUS_ONE = new BigDecimal("-0.999999999999999999");

  private static final BigDecimal STEP = new BigDecimal("0.0001");

  private Rates() {}

  /**
   * Rates from {@code lowest} to {@code highest} inclusive, with the edge cases above.
   *
   * @throws InvalidArgumentException if {@code highest} is below {@code lowest}, or either does not
   *     fit a long at 4 places
   */
  public static Generator<BigDecimal> between(BigDecimal lowest, BigDecimal highest) {
    Decimals.checkRange(lowest, highest);
    // A TreeSet compares numerically, so an edge that is also a bound comes once.
    TreeSet<BigDecimal> edges = new TreeSet<>(List.of(lowest, highest));
    for (BigDecimal edge : List.of(BigDecimal.ZERO, STEP, STEP.negate())) {
      if (edge.compareTo(lowest) >= 0 && edge.compareTo(highest) <= 0) {
        edges.add(edge);
      }
    }
    // −0.9, −0.99, …: where a growth rate's precision runs out.
    for (int places = 1; places <= 18; places++) {
      BigDecimal nearMinusOne = BigDecimal.ONE.movePointLeft(places).subtract(BigDecimal.ONE);
      if (nearMinusOne.compareTo(lowest) >= 0 && nearMinusOne.compareTo(highest) <= 0) {
        edges.add(nearMinusOne);
      }
    }
    return Decimals.between(lowest, highest, 4)
        .withEdgeCases(Generator.oneOf(List.copyOf(edges)));
  }

  /**
   * Rates above −1, from {@link #NEAREST_MINUS_ONE} to {@code highest}: every rate a growth can
   * be, since a rate of −1 or below would leave nothing or less than nothing.
   *
   * @throws InvalidArgumentException if {@code highest} is below {@link #NEAREST_MINUS_ONE}
   */
  public static Generator<BigDecimal> aboveMinusOne(BigDecimal highest) {
    return between(NEAREST_MINUS_ONE, highest);
  }
}
