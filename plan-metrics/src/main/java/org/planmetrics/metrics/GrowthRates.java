package org.planmetrics.metrics;

import static java.math.BigDecimal.ONE;
import static java.util.Objects.requireNonNull;
import static org.planmetrics.metrics.Precision.MATH_CONTEXT;

import java.math.BigDecimal;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Growth between two figures as a decimal fraction, for example 0.085995085995085995086 (8.6%) from
 * 2.035 to 2.21 亿美元, and the compounding that growth undoes.
 *
 * <p>Rates are decimal fractions (0.07 is 7%). Every division and power rounds with {@link
 * Precision#MATH_CONTEXT}; additions and subtractions of exact inputs are exact.
 */
public final class GrowthRates {

  private GrowthRates() {}

  /**
   * The growth rate from {@code previous} to {@code current}: current ÷ previous − 1.
   *
   * <p>{@code previous} must be above 0: growth from a zero or negative base has no meaning (the
   * assessment reports such a target as not assessable instead of calling this). {@code current}
   * may be any value: 0 gives −1 (everything lost), and a negative value gives a rate below −1.
   *
   * <p>Example: from 2.035 to 2.21 亿美元 the growth is (2.21 − 2.035) ÷ 2.035 =
   * 0.085995085995085995086, or 8.6%.
   *
   * @throws InvalidArgumentException if {@code previous} is not above 0
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal growthRate(BigDecimal previous, BigDecimal current) {
    requireAbove0("previous", previous);
    requireNonNull(current, "'current' must not be null");
    // (current − previous) ÷ previous: the difference is exact, so the one rounding keeps its
    // sign; current ÷ previous − 1 rounds the quotient first and turns a change of less than
    // one part in 10^20 (1000.000000000000000001 → 1000) into no growth at all.
    return current.subtract(previous).divide(previous, MATH_CONTEXT);
  }

  /**
   * The compound annual growth rate (CAGR) from {@code first} to {@code last} over {@code years}
   * years: (last ÷ first)^(1 ÷ years) − 1, the constant yearly rate that leads from one to the
   * other.
   *
   * <p>{@code first} must be above 0, {@code last} at least 0 and {@code years} at least 1. Over
   * one year this is {@link #growthRate}, to the last digit. A {@code last} of 0 gives −1. The
   * root is found by Newton's method on BigDecimal to {@link Precision#MATH_CONTEXT}, never
   * through {@code double}.
   *
   * <p>Example: from 83.55 to 111.20505 亿元 over 3 years, (111.20505 ÷ 83.55)^(1/3) − 1 =
   * 1.331^(1/3) − 1 = 0.1.
   *
   * @throws InvalidArgumentException if {@code first} is not above 0, {@code last} is negative or
   *     {@code years} is below 1
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal compoundAnnualGrowthRate(BigDecimal first, BigDecimal last, int years) {
    requireAbove0("first", first);
    requireNonNull(last, "'last' must not be null");
    if (last.signum() < 0) {
      throw new InvalidArgumentException("last", "must be at least 0", "须至少为0", last);
    }
    if (years < 1) {
      throw new InvalidArgumentException("years", "must be at least 1", "须至少为1", years);
    }
    BigDecimal growth = growthRate(first, last);
    if (years == 1) {
      return growth;
    }
    BigDecimal rate = nthRoot(last.divide(first, MATH_CONTEXT), years).subtract(ONE, MATH_CONTEXT);
    // A change too small for the quotient's 20 digits: (1 + x)^(1/n) − 1 is x/n to within x²,
    // far below the last digit, and keeps the sign of the change.
    return rate.signum() == 0 && growth.signum() != 0
        ? growth.divide(BigDecimal.valueOf(years), MATH_CONTEXT) : rate;
  }

  /**
   * {@code base} grown at {@code rate} for {@code years} years: base × (1 + rate)^years.
   *
   * <p>{@code rate} must be above −1 (at −1 nothing is left to compound, below it the sign would
   * flip every year) and {@code years} at least 0; 0 years give {@code base} itself. {@code base}
   * may be any value.
   *
   * <p>Example: 83.55 亿元 grown at 0.10 for 3 years is 83.55 × 1.331 = 111.20505 亿元.
   *
   * @throws InvalidArgumentException if {@code rate} is not above −1 or {@code years} is negative
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal compound(BigDecimal base, BigDecimal rate, int years) {
    requireNonNull(base, "'base' must not be null");
    requireNonNull(rate, "'rate' must not be null");
    if (rate.compareTo(ONE.negate()) <= 0) {
      throw new InvalidArgumentException("rate", "must be above -1", "须大于-1", rate);
    }
    if (years < 0) {
      throw new InvalidArgumentException("years", "must be at least 0", "须至少为0", years);
    }
    return base.multiply(ONE.add(rate).pow(years, MATH_CONTEXT), MATH_CONTEXT);
  }

  private static void requireAbove0(String name, BigDecimal value) {
    requireNonNull(value, "'" + name + "' must not be null");
    if (value.signum() <= 0) {
      throw new InvalidArgumentException(name, "must be above 0", "须大于0", value);
    }
  }

  /**
   * The n-th root of {@code a} (a ≥ 0, n ≥ 1) by Newton's method, x ← ((n − 1)·x + a ÷ x^(n−1)) ÷ n.
   *
   * <p>The start is a power of ten at or above the root, found from the digits of {@code a}. From
   * above the root, Newton's steps on the convex x^n − a fall monotonically onto it, so the first
   * step that fails to fall marks the point where rounding, not the method, limits the answer.
   */
  private static BigDecimal nthRoot(BigDecimal a, int n) {
    if (a.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // a < 10^digits, so 10^ceil(digits / n) raised to n is above a.
    int digits = a.precision() - a.scale();
    BigDecimal x = ONE.scaleByPowerOfTen(-Math.floorDiv(-digits, n));
    BigDecimal nDecimal = BigDecimal.valueOf(n);
    BigDecimal nMinus1 = BigDecimal.valueOf(n - 1L);
    // A bound on the steps only guards against a loop that the argument above rules out; from a
    // start at most 100 times the root, a few hundred steps suffice even for n in the hundreds.
    for (int step = 0; step < 100_000; step++) {
      BigDecimal next = nMinus1.multiply(x, MATH_CONTEXT)
          .add(a.divide(x.pow(n - 1, MATH_CONTEXT), MATH_CONTEXT), MATH_CONTEXT)
          .divide(nDecimal, MATH_CONTEXT);
      if (next.compareTo(x) >= 0) {
        return x;
      }
      x = next;
    }
    return x;
  }
}
