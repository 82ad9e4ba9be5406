package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;
import static org.planmetrics.metrics.Precision.MATH_CONTEXT;

import java.math.BigDecimal;
import java.util.List;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.UnitMismatchException;

/**
 * Progress against a target and against the calendar (序时进度), for example 313.64 of 1015 by the
 * end of March: completion 0.3090, time progress 0.25, 5.90 points ahead (超序时进度).
 *
 * <p>The formulas are the ones official bulletins use: 完成率 = actual ÷ target, 时间进度 = elapsed
 * months ÷ months in the span, and the gap in percentage points between them. Divisions round with
 * {@link Precision#MATH_CONTEXT}; sums and differences are exact.
 */
public final class Pacing {

  /** A fraction becomes percentage points by moving the decimal point 2 places right. */
  private static final int PERCENT_SHIFT = 2;

  private Pacing() {}

  /**
   * The completion rate (完成率): actual ÷ target.
   *
   * <p>{@code target} must be above 0: a zero target has no completion rate. {@code actual} may
   * be any value, and above {@code target} gives a rate above 1.
   *
   * <p>Example: 313.64 of an annual target of 1015 is 0.30900492610837438424, or 30.90%.
   *
   * @throws InvalidArgumentException if {@code target} is not above 0
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal completionRate(BigDecimal actual, BigDecimal target) {
    requireNonNull(actual, "'actual' must not be null");
    requireNonNull(target, "'target' must not be null");
    if (target.signum() <= 0) {
      throw new InvalidArgumentException("target", "must be above 0", "须大于0", target);
    }
    return actual.divide(target, MATH_CONTEXT);
  }

  /**
   * The time progress (时间进度): monthsElapsed ÷ monthsInSpan.
   *
   * <p>{@code monthsInSpan} must be above 0 and {@code monthsElapsed} between 0 and {@code
   * monthsInSpan}, both inclusive, so the result lies in [0, 1]. A month counts once it has ended:
   * through March is 3.
   *
   * <p>Examples: 1–3月 of a year is 3 ÷ 12 = 0.25, 1–11月 is 0.91666666666666666667 (91.7%), and
   * 18 months of a three-year window is 18 ÷ 36 = 0.5.
   *
   * @throws InvalidArgumentException if {@code monthsInSpan} is not above 0 or {@code
   *     monthsElapsed} is outside [0, monthsInSpan]
   */
  public static BigDecimal timeProgress(int monthsElapsed, int monthsInSpan) {
    if (monthsInSpan <= 0) {
      throw new InvalidArgumentException("monthsInSpan", "must be above 0", "须大于0", monthsInSpan);
    }
    if (monthsElapsed < 0 || monthsElapsed > monthsInSpan) {
      throw new InvalidArgumentException("monthsElapsed",
          "must be between 0 and 'monthsInSpan' (" + monthsInSpan + ")",
          "须在0至'monthsInSpan'(" + monthsInSpan + ")之间", monthsElapsed);
    }
    return BigDecimal.valueOf(monthsElapsed)
        .divide(BigDecimal.valueOf(monthsInSpan), MATH_CONTEXT);
  }

  /**
   * The amount 序时进度 asks for after {@code monthsElapsed} of {@code monthsInSpan}: target ×
   * monthsElapsed ÷ monthsInSpan, rounded once to {@code MATH_CONTEXT}. Bulletins print it
   * beside the achieved amount ("序时进度应完成60亿元").
   *
   * <p>Edge cases: 0 months ask for 0, all months for the whole target; the months are checked
   * as {@link #timeProgress} checks them.
   *
   * <p>Example: 120亿元 for a year, through June: 120 × 6 ÷ 12 = 60亿元; 54亿元 achieved is 6亿元
   * behind.
   *
   * @throws InvalidArgumentException if {@code monthsInSpan} is not above 0 or {@code
   *     monthsElapsed} is outside [0, monthsInSpan]
   * @throws NullPointerException if {@code target} is null
   */
  public static BigDecimal scheduledAmount(BigDecimal target, int monthsElapsed,
      int monthsInSpan) {
    requireNonNull(target, "'target' must not be null");
    timeProgress(monthsElapsed, monthsInSpan);
    if (monthsElapsed == monthsInSpan) {
      // The whole period asks for the whole target, to the last digit the plan wrote.
      return target;
    }
    // Multiplying first keeps whole-month shares exact: 120 × 6 ÷ 12 is 60, not 59.99….
    return target.multiply(BigDecimal.valueOf(monthsElapsed))
        .divide(BigDecimal.valueOf(monthsInSpan), MATH_CONTEXT);
  }

  /**
   * The gap between completion and time progress in percentage points: (completion −
   * timeProgress) × 100. Positive is ahead of time (超序时进度), negative behind (落后序时进度), and 0
   * exactly on time. The result is exact; the wording rounds it to one place, half-up, to print it
   * as the bulletins do ({@code org.planmetrics.metrics.wording.DisplayRounding}).
   *
   * <p>Example: completion 0.3090 against time progress 0.25 is (0.3090 − 0.25) × 100 = 5.90
   * points ahead ("超过时间进度5.90个百分点").
   *
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal gapInPercentagePoints(BigDecimal completion, BigDecimal timeProgress) {
    requireNonNull(completion, "'completion' must not be null");
    requireNonNull(timeProgress, "'timeProgress' must not be null");
    // Moving the decimal point is exact, where a multiplication would need a MathContext.
    return completion.subtract(timeProgress).movePointRight(PERCENT_SHIFT);
  }

  /**
   * What is still to be achieved: max(0, target − achieved). Never negative: a target already
   * met or exceeded leaves 0.
   *
   * <p>Example: 9 of 15 "50·20" projects signed leaves 6; 16 of 15 leaves 0.
   *
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal remainingAmount(BigDecimal achieved, BigDecimal target) {
    requireNonNull(achieved, "'achieved' must not be null");
    requireNonNull(target, "'target' must not be null");
    return target.subtract(achieved).max(BigDecimal.ZERO);
  }

  /**
   * The exact sum of {@code values}; an empty iterable sums to 0.
   *
   * <p>Example: the yearly actuals 2.1, 2.3 and 2.6 亿美元 sum to 7.0.
   *
   * @throws NullPointerException if {@code values} or one of its elements is null
   */
  public static BigDecimal sum(Iterable<BigDecimal> values) {
    requireNonNull(values, "'values' must not be null");
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(requireNonNull(value, "'values' must not contain null"));
    }
    return sum;
  }

  /**
   * The exact sum of {@code quantities}, in their one unit.
   *
   * <p>All quantities must share one unit: 亿美元 and 亿元 never add up. The list must not be
   * empty, because an empty list has no unit to give its zero.
   *
   * <p>Example: 2.1, 2.3 and 2.6 亿美元 sum to 7.0 亿美元.
   *
   * @throws InvalidArgumentException if {@code quantities} is empty
   * @throws UnitMismatchException if the quantities have more than one unit
   * @throws NullPointerException if {@code quantities} or one of its elements is null
   */
  public static Quantity sum(List<Quantity> quantities) {
    requireNonNull(quantities, "'quantities' must not be null");
    if (quantities.isEmpty()) {
      throw new InvalidArgumentException("quantities",
          "must not be empty, since an empty list has no unit,", "不得为空:空列表没有单位", quantities);
    }
    Quantity sum = requireNonNull(quantities.get(0), "'quantities' must not contain null");
    for (Quantity quantity : quantities.subList(1, quantities.size())) {
      sum = sum.plus(requireNonNull(quantity, "'quantities' must not contain null"));
    }
    return sum;
  }
}
