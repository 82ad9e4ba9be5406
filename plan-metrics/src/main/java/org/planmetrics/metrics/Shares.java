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
}
