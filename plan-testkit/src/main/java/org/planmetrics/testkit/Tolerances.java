package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How close a computed figure is promised to be to the exact one: within {@link #RELATIVE} (1E-12)
 * times the larger of 1 and the expected value's magnitude, for example within 3.042E-10 of
 * 304.2, and within 1E-12 of 0.07.
 *
 * <p>The formulas compute with 20 significant digits ({@code Precision.MATH_CONTEXT}), so a
 * round trip (a growth rate, then compounding by it) loses a few units in the 20th digit of its
 * largest intermediate value. Relative to the expected value alone that can be a lot: a growth
 * rate from 1E6 to 0.0001, compounded back, is off by about 3E-15, which is 3E-11 of the result.
 * Against the larger of 1 and the expected magnitude every promise of {@link Guarantee} holds,
 * where a purely relative 1E-12 fails for rates nearer −1 than −0.99999999, and a relative 1E-18
 * from about −0.99 on (see the README's measurements).
 */
public final class Tolerances {

  /** The relative tolerance of every promise with one: 1E-12. */
  public static final BigDecimal RELATIVE = new BigDecimal("1E-12");

  private Tolerances() {}

  /**
   * The largest difference allowed from {@code expected}: {@link #RELATIVE} × max(1, |expected|),
   * for AssertJ's {@code isCloseTo(expected, within(Tolerances.toleranceFor(expected)))}.
   */
  public static BigDecimal toleranceFor(BigDecimal expected) {
    Objects.requireNonNull(expected, "'expected' must not be null");
    return RELATIVE.multiply(BigDecimal.ONE.max(expected.abs()));
  }

  /** Whether |actual − expected| ≤ {@link #toleranceFor toleranceFor(expected)}. */
  public static boolean isClose(BigDecimal actual, BigDecimal expected) {
    Objects.requireNonNull(actual, "'actual' must not be null");
    return actual.subtract(expected).abs().compareTo(toleranceFor(expected)) <= 0;
  }

  /**
   * Passes when {@link #isClose isClose(actual, expected)}, else fails as a test does.
   *
   * @throws AssertionError naming both values, the difference and the tolerance
   */
  public static void assertClose(BigDecimal actual, BigDecimal expected) {
    if (!isClose(actual, expected)) {
      throw new AssertionError("expected " + expected.toPlainString() + " within "
          + toleranceFor(expected).toPlainString() + " (1E-12 × max(1, |expected|)) but was "
          + actual.toPlainString() + ", off by "
          + actual.subtract(expected).abs().toPlainString());
    }
  }
}
