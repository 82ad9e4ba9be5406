package org.planmetrics.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The computational precision of the calculators, for example {@link #MATH_CONTEXT}: 20
 * significant digits rounded half to even, so 1 ÷ 3 is 0.33333333333333333333.
 *
 * <p>It lives in one place so that every lossy step of every formula rounds the same way, and a
 * change of precision is one edit. The calculators keep this full precision in what they return
 * and never round to a display scale themselves: a rate rounded for display and then compounded
 * over three years would drift. Figures shown to people are rounded once, at the end, by the
 * display policy in {@code org.planmetrics.metrics.wording.DisplayRounding} (half-up, as
 * bulletins round: percentages to one place, amounts to two).
 */
public final class Precision {

  /**
   * The precision and rounding of every lossy step: 20 significant digits, half to even. Twenty
   * digits keep a three-year compounding of a 亿元 figure exact to far below a yuan, and half to
   * even (banker's rounding) does not bias long sums upwards.
   */
  public static final MathContext MATH_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);

  /**
   * How close a numeric solver comes to the exact root before it stops: 1E-20, well below the
   * 1E-12 the callers need, so that a solved rate fed back into a projection reproduces its input.
   */
  public static final BigDecimal SOLVER_TOLERANCE = new BigDecimal("1E-20");

  private Precision() {}
}
