package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Random figures in an indicator's unit (亿元, 亿美元, counts), for example 2.035 or 304.2, with 0
 * to {@value #PLACES} decimal places, and, one draw in {@value Generator#EDGE_CASE_ONE_IN}, an edge
 * case: a bound of the range, 0 where the range holds it, the smallest step of {@value #PLACES}
 * places ({@code 0.0001}) next to a bound, or a value with many decimal places ({@link
 * Decimals#withManyPlaces}).
 */
public final class Amounts {

  /** The decimal places of an ordinary draw: 4, finer than any statistical bulletin prints. */
  public static final int PLACES = 4;

  /** The smallest step of an ordinary draw: {@code 0.0001}. */
  public static final BigDecimal STEP = BigDecimal.ONE.movePointLeft(PLACES);

  private Amounts() {}

  /**
   * Amounts from {@code min} to {@code max} inclusive, with the edge cases above.
   *
   * @throws InvalidArgumentException if {@code max} is below {@code min}, or either does not fit
   *     a long at {@value #PLACES} places (beyond about ±9.2 × 10^14)
   */
  public static Generator<BigDecimal> between(BigDecimal min, BigDecimal max) {
    Decimals.checkRange(min, max);
    // A TreeSet compares numerically: 0 is one edge however a bound writes it.
    TreeSet<BigDecimal> edges = new TreeSet<>(List.of(min, max));
    if (min.signum() <= 0 && max.signum() >= 0) {
      edges.add(BigDecimal.ZERO);
    }
    if (max.subtract(min).compareTo(STEP) >= 0) {
      edges.add(min.add(STEP));
      edges.add(max.subtract(STEP));
    }
    Generator<BigDecimal> oneOfTheEdges = Generator.oneOf(List.copyOf(edges));
    Generator<BigDecimal> manyPlaces = Decimals.withManyPlaces(min, max);
    return Decimals.between(min, max, PLACES).withEdgeCases(random ->
        random.nextBoolean() ? manyPlaces.next(random) : oneOfTheEdges.next(random));
  }

  /**
   * Amounts from 0 to {@code max}: what a series or a ledger holds for a summable unit, which
   * {@code ObservationChecks} refuses below 0.
   *
   * @throws InvalidArgumentException if {@code max} is below 0
   */
  public static Generator<BigDecimal> nonNegative(BigDecimal max) {
    return between(BigDecimal.ZERO, max);
  }

  /**
   * Amounts above 0 up to {@code max}, from {@link #STEP}: a base that a growth rate divides by.
   *
   * @throws InvalidArgumentException if {@code max} is below {@link #STEP}
   */
  public static Generator<BigDecimal> positive(BigDecimal max) {
    return between(STEP, max);
  }
}
