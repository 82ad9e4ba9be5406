package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import org.planmetrics.metrics.result.Reason;

/**
 * Which observed figures the rules compute with: at most {@link #MAX_DIGITS} digits and a scale
 * within ±{@link #MAX_DIGITS}, for example 2.035, 1E+40 or {@code new BigDecimal(2.21)} (51
 * digits), but not 1E+999999999.
 *
 * <p>BigDecimal takes any such figure, but the exact steps of an assessment would not: a sum
 * aligns both scales and a quantity is held at scale 0, so 1E+999999999 would become a
 * billion-digit number, or overflow. A rule checks a figure here before it uses one, and a figure
 * outside is {@link Reason.FigureOutOfRange}, NOT_ASSESSABLE, rather than an exception. A hundred
 * digits is far beyond any statistic and beyond the exact decimal of a double near 1, yet keeps
 * every ratio of two figures within a double's range, where the growth solver takes its fast
 * path; the REST facade already refuses numbers of more than 40.
 */
final class ComputableFigures {

  static final int MAX_DIGITS = 100;

  private ComputableFigures() {}

  static boolean isComputable(BigDecimal value) {
    return value.precision() <= MAX_DIGITS && Math.abs((long) value.scale()) <= MAX_DIGITS;
  }

  /** Why the figure at {@code pointer} is not computed with. */
  static Reason outOfRange(String pointer) {
    return new Reason.FigureOutOfRange(pointer, MAX_DIGITS);
  }
}
