package org.planmetrics.metrics.wording;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy for figures shown to people, as statistical bulletins round them:
 * half-up, percentages to one place (0.7285 → 72.9%), amounts to two (5.1 → 5.10, 304.205 →
 * 304.21) and percentage points to one (−6.25 → −6.3). The sentences of {@link Sentences} and
 * the command-line scorecard both round here, so that a table and a sentence never show one
 * figure two ways.
 *
 * <p>Only display rounds like this. Every computed figure keeps the precision of {@code
 * org.planmetrics.metrics.Precision} (20 digits, half-even) in the results, and rounds once, here,
 * when it is shown; a rounded figure is never computed with again.
 */
public final class DisplayRounding {

  /** Half-up: 72.85% is shown as 72.9%, as bulletins round, where half-even would show 72.8%. */
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final int PERCENT_PLACES = 1;
  private static final int AMOUNT_PLACES = 2;
  private static final int POINT_PLACES = 1;

  private DisplayRounding() {}

  /**
   * A fraction as a percentage, rounded to one place: 0.729 → 72.9, 0.0859950859950859951 → 8.6,
   * −0.04 → −4.0.
   *
   * @throws NullPointerException if {@code fraction} is null
   */
  public static BigDecimal percentage(BigDecimal fraction) {
    requireNonNull(fraction, "'fraction' must not be null");
    return fraction.movePointRight(2).setScale(PERCENT_PLACES, ROUNDING);
  }

  /**
   * A fraction written as a percentage with its sign: 0.729 → "72.9%", 1 → "100.0%".
   *
   * @throws NullPointerException if {@code fraction} is null
   */
  public static String percent(BigDecimal fraction) {
    return percentage(fraction).toPlainString() + "%";
  }

  /**
   * An amount rounded to two places: 5.1 → 5.10, 304.205 → 304.21.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static BigDecimal amount(BigDecimal value) {
    requireNonNull(value, "'value' must not be null");
    return value.setScale(AMOUNT_PLACES, ROUNDING);
  }

  /**
   * Percentage points rounded to one place, sign kept: 6.19 → 6.2, −6.25 → −6.3.
   *
   * @throws NullPointerException if {@code points} is null
   */
  public static BigDecimal points(BigDecimal points) {
    requireNonNull(points, "'points' must not be null");
    return points.setScale(POINT_PLACES, ROUNDING);
  }
}
