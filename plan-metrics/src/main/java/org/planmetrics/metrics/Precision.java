package org.planmetrics.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The numeric defaults of the calculators, for example {@link #MATH_CONTEXT}: 20 significant
 * digits rounded half to even, so 1 ÷ 3 is 0.33333333333333333333.
 *
 * <p>They live in one place so that every lossy step of every formula rounds the same way, and a
 * change of precision is one edit. The calculators keep the full {@link #MATH_CONTEXT} precision in
 * what they return and never round to a display scale themselves: a rate rounded to
 * {@link #RATE_SCALE} places and then compounded over three years would drift. Rounding to a scale
 * is for results shown to people, at the end.
 */
public final class Precision {

  /**
   * The precision and rounding of every lossy step: 20 significant digits, half to even. Twenty
   * digits keep a three-year compounding of a 亿元 figure exact to far below a yuan, and half to
   * even (banker's rounding) does not bias long sums upwards.
   */
  public static final MathContext MATH_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);

  /** The rounding mode of {@link #MATH_CONTEXT}, for callers that round to a scale. */
  public static final RoundingMode ROUNDING_MODE = MATH_CONTEXT.getRoundingMode();

  /**
   * The scale of rates (decimal fractions) in results: 10 places, so 0.0859950859950859951 is
   * reported as 0.0859950860. Ten places keep a rate exact to a hundred-millionth of a percent.
   */
  public static final int RATE_SCALE = 10;

  /**
   * The scale of percentage points in results: 2 places, as the bulletins write them
   * ("超过时间进度5.90个百分点").
   */
  public static final int PERCENTAGE_POINT_SCALE = 2;

  /**
   * How close a numeric solver comes to the exact root before it stops: 1E-20, well below the
   * 1E-12 the callers need, so that a solved rate fed back into a projection reproduces its input.
   */
  public static final BigDecimal SOLVER_TOLERANCE = new BigDecimal("1E-20");

  private Precision() {}

  /**
   * {@code value} rounded to {@link #RATE_SCALE} places with {@link #ROUNDING_MODE}, for a rate
   * shown in a result. For example 0.0859950859950859951 becomes 0.0859950860.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static BigDecimal toRateScale(BigDecimal value) {
    Objects.requireNonNull(value, "'value' must not be null");
    return value.setScale(RATE_SCALE, ROUNDING_MODE);
  }
}
