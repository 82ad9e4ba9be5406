package org.planmetrics.metrics;

import static org.planmetrics.metrics.Precision.MATH_CONTEXT;

import java.math.BigDecimal;
import org.planmetrics.model.InvalidArgumentException;

/**
 * The share of counted things that meet a condition, for example 0.7 when 7 of 10 newly
 * introduced industrial projects are in the leading industries.
 *
 * <p>A share is a decimal fraction in [0, 1]. Comparing it with a target is the target operator's
 * job: "占比高于70%" is {@code ComparisonOperator.GREATER_THAN}, which 7 of 10 fails.
 */
public final class Shares {

  private Shares() {}

  /**
   * The share numerator ÷ denominator of counts, rounded with {@link Precision#MATH_CONTEXT}.
   *
   * <p>{@code denominator} must be above 0: with nothing counted there is no share, and the
   * assessment reports that instead of calling this. {@code numerator} must be between 0 and
   * {@code denominator}, because the numerator's things are counted among the denominator's.
   *
   * <p>Examples: 7 of 10 is 0.7; 1 of 3 is 0.33333333333333333333.
   *
   * @throws InvalidArgumentException if {@code denominator} is not above 0 or {@code numerator}
   *     is outside [0, denominator]
   */
  public static BigDecimal share(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new InvalidArgumentException("denominator", "must be above 0", "须大于0", denominator);
    }
    if (numerator < 0 || numerator > denominator) {
      throw new InvalidArgumentException("numerator",
          "must be between 0 and 'denominator' (" + denominator + ")",
          "须在0至'denominator'(" + denominator + ")之间", numerator);
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MATH_CONTEXT);
  }

  /**
   * The share numerator ÷ denominator of amounts, for example Σ investment of leading-industry
   * projects ÷ Σ investment of industrial projects, rounded with {@link Precision#MATH_CONTEXT}.
   *
   * <p>{@code denominator} must be above 0 (projects of no investment in all have no share; the
   * assessment says so instead of calling this), and {@code numerator} between 0 and {@code
   * denominator}, because the numerator's projects are among the denominator's.
   *
   * <p>Example: 90 of 150 (亿元) is 0.6; 10 of 30 is 0.33333333333333333333.
   *
   * @throws InvalidArgumentException if {@code denominator} is not above 0 or {@code numerator}
   *     is outside [0, denominator]
   */
  public static BigDecimal share(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() <= 0) {
      throw new InvalidArgumentException("denominator", "must be above 0", "须大于0", denominator);
    }
    if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
      throw new InvalidArgumentException("numerator",
          "must be between 0 and 'denominator' (" + denominator.toPlainString() + ")",
          "须在0至'denominator'(" + denominator.toPlainString() + ")之间", numerator);
    }
    return numerator.divide(denominator, MATH_CONTEXT);
  }

  /**
   * 资金到位率: the capital paid in ÷ the capital contracted, in the same unit, rounded with
   * {@link Precision#MATH_CONTEXT}. Unlike a share it may exceed 1: a project can bring in more
   * than its contract says (追加投资).
   *
   * <p>Example: 45 亿元 paid in of 60 亿元 contracted is 0.75.
   *
   * @throws InvalidArgumentException if {@code contracted} is not above 0 or {@code paidIn} is
   *     negative
   */
  public static BigDecimal paidInRate(BigDecimal paidIn, BigDecimal contracted) {
    if (contracted.signum() <= 0) {
      throw new InvalidArgumentException("contracted", "must be above 0", "须大于0", contracted);
    }
    if (paidIn.signum() < 0) {
      throw new InvalidArgumentException("paidIn", "must not be negative", "不得为负数", paidIn);
    }
    return paidIn.divide(contracted, MATH_CONTEXT);
  }
}
