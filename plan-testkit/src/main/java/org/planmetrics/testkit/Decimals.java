package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Exact random decimals, for example 12.0345 from {@code between(0, 100, 4)}: each is built from
 * a drawn {@code long} and a scale ({@link BigDecimal#valueOf(long, int)}), never from a {@code
 * double}, so every value is exactly what was drawn and prints as it compares.
 */
public final class Decimals {

  /** The most decimal places {@link #between} gives: 18, so that 9 × 10^18 still fits a long. */
  public static final int MAX_SCALE = 18;

  private Decimals() {}

  /**
   * Decimals from {@code min} to {@code max} inclusive with 0 to {@code maxScale} decimal places,
   * each number of places as likely. Where a number of places has no value in the range (0 places
   * between 0.5 and 0.6), {@code min} comes instead.
   *
   * @throws InvalidArgumentException if {@code max} is below {@code min}, {@code maxScale} is not
   *     from 0 to {@link #MAX_SCALE}, or {@code max} or {@code min} times 10^{@code maxScale} does
   *     not fit a long
   */
  public static Generator<BigDecimal> between(BigDecimal min, BigDecimal max, int maxScale) {
    checkRange(min, max);
    if (maxScale < 0 || maxScale > MAX_SCALE) {
      throw new InvalidArgumentException("maxScale", "must be from 0 to " + MAX_SCALE, "须在0至" + MAX_SCALE + "之间", maxScale);
    }
    // Fails now, for the caller's bad range, rather than at some draw.
    unscaled(min, maxScale, RoundingMode.CEILING, "min");
    unscaled(max, maxScale, RoundingMode.FLOOR, "max");
    return random -> draw(random, min, max, random.nextInt(maxScale + 1));
  }

  /**
   * A decimal from {@code min} to {@code max} with exactly {@code scale} places where the range
   * holds one, else {@code min}. The caller has checked that the bounds fit a long at this scale.
   */
  static BigDecimal draw(RandomGenerator random, BigDecimal min, BigDecimal max, int scale) {
    long low = unscaled(min, scale, RoundingMode.CEILING, "min");
    long high = unscaled(max, scale, RoundingMode.FLOOR, "max");
    if (low > high) {
      return min;
    }
    // nextLong(origin, bound) excludes the bound; high + 1 cannot overflow below 10^18 · 9.2.
    return BigDecimal.valueOf(high == Long.MAX_VALUE ? random.nextLong(low, high)
        : random.nextLong(low, high + 1), scale);
  }

  /**
   * Decimals from {@code min} to {@code max} with 5 to {@link #MAX_SCALE} places, for example
   * 17.000000000000000003: an ordinary value of up to 4 places moved by a tail of 1E-18 to 1E-4
   * towards the inside of the range. They catch code that rounds too early or assumes a scale.
   * A range narrower than 1E-4 gives its {@code min}.
   *
   * @throws InvalidArgumentException if {@code max} is below {@code min} or either does not fit a
   *     long at 4 places
   */
  public static Generator<BigDecimal> withManyPlaces(BigDecimal min, BigDecimal max) {
    Generator<BigDecimal> ordinary = between(min, max, 4);
    return random -> {
      BigDecimal value = ordinary.next(random);
      BigDecimal tail = BigDecimal.valueOf(random.nextLong(1, 100_000_000_000_000L), MAX_SCALE);
      if (value.add(tail).compareTo(max) <= 0) {
        return value.add(tail);
      }
      if (value.subtract(tail).compareTo(min) >= 0) {
        return value.subtract(tail);
      }
      return min;
    };
  }

  static void checkRange(BigDecimal min, BigDecimal max) {
    Objects.requireNonNull(min, "'min' must not be null");
    Objects.requireNonNull(max, "'max' must not be null");
    if (max.compareTo(min) < 0) {
      throw new InvalidArgumentException("max", "must be at least 'min' (" + min.toPlainString()
          + ")", "须不小于'min'(" + min.toPlainString() + ")", max);
    }
  }

  private static long unscaled(BigDecimal value, int scale, RoundingMode rounding, String name) {
    try {
      return value.setScale(scale, rounding).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidArgumentException(name, "must fit a long at " + scale
          + " decimal places", "保留" + scale + "位小数时须在long范围内", value);
    }
  }
}
