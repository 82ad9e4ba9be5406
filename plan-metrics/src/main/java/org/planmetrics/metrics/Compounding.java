package org.planmetrics.metrics;

import static java.math.BigDecimal.ONE;
import static java.util.Objects.requireNonNull;
import static org.planmetrics.metrics.Precision.MATH_CONTEXT;
import static org.planmetrics.metrics.Precision.SOLVER_TOLERANCE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Totals over several years of compound growth, for example the three-year cumulative target
 * 304.2 亿元 = 83.55 × (1.1 + 1.1² + 1.1³) at 10% a year on a base of 83.55 亿元.
 *
 * <p>A cumulative target C over n years growing at g from a base-year value B satisfies
 * C = B · S(g, n), where S(g, n) = (1+g) + (1+g)² + … + (1+g)^n is the {@linkplain
 * #growthFactorSum growth factor sum}. This class reads that equation each way: the base a
 * target implies, the growth a target requires, and the total a growth projects. Lossy steps round
 * with {@link Precision#MATH_CONTEXT}.
 */
public final class Compounding {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** A bound on Newton steps; from a double-precision start two or three are enough. */
  private static final int MAX_NEWTON_STEPS = 12;

  /**
   * Newton's method works with 10 guard digits beyond {@link Precision#MATH_CONTEXT}, so that the
   * root, rounded once at the end, is correct to the last of its 20 digits rather than off by the
   * rounding noise of S(g) in 20-digit arithmetic.
   */
  private static final MathContext SOLVER_CONTEXT =
      new MathContext(MATH_CONTEXT.getPrecision() + 10, MATH_CONTEXT.getRoundingMode());

  private Compounding() {}

  /**
   * The growth factor sum S(rate, years) = Σ_{k=1..years} (1 + rate)^k: how many base years a
   * window of {@code years} years of growth at {@code rate} adds up to.
   *
   * <p>{@code years} must be at least 1 and {@code rate} above −1. A rate of 0 gives {@code
   * years}. The sum is increasing in {@code rate}.
   *
   * <p>Example: at 0.10 over 3 years, 1.1 + 1.21 + 1.331 = 3.641.
   *
   * @throws InvalidArgumentException if {@code rate} is not above −1 or {@code years} is below 1
   * @throws NullPointerException if {@code rate} is null
   */
  public static BigDecimal growthFactorSum(BigDecimal rate, int years) {
    requireRateAboveMinus1(rate);
    requireYearsAtLeast1(years);
    return factorSum(ONE.add(rate), years);
  }

  /**
   * The base-year value a cumulative target implies: total ÷ growthFactorSum(rate, years).
   *
   * <p>The divisor is above 0 for every valid rate, so there is no zero-denominator case; the
   * arguments are checked as in {@link #growthFactorSum}. {@code total} may be any value.
   *
   * <p>Examples: 304.2 亿元 at 0.10 over 3 years implies 304.2 ÷ 3.641 = 83.548475693490799231
   * (83.55); 7 亿美元 at 0.07 implies 7 ÷ 3.439943 = 2.0349… (2.035); 0.6 亿美元 at 0.10 implies
   * 0.1647… (0.165).
   *
   * @throws InvalidArgumentException if {@code rate} is not above −1 or {@code years} is below 1
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal impliedBaseValue(BigDecimal total, BigDecimal rate, int years) {
    requireNonNull(total, "'total' must not be null");
    return total.divide(growthFactorSum(rate, years), MATH_CONTEXT);
  }

  /**
   * The yearly growth g that carries {@code base} to {@code total} over {@code years} years, the
   * root of base · growthFactorSum(g, years) = total.
   *
   * <p>{@code base} must be above 0, {@code total} at least 0 and {@code years} at least 1. The
   * sum grows strictly with g from 0 (at g = −1) without bound, so there is exactly one root, and
   * it may be negative: a total below what flat figures give needs shrinking years. A total of 0
   * gives exactly −1, the limit where everything is lost; note that {@link #projectedTotal} and
   * {@link GrowthRates#compound} refuse −1. The root is found by Newton's method in BigDecimal,
   * started from a double-precision solution, to within {@link Precision#SOLVER_TOLERANCE} (or to
   * the last digits of {@link Precision#MATH_CONTEXT}, whichever is coarser), far inside 1E-12.
   * Ratios total ÷ base beyond the range of a double are solved by bisection instead.
   *
   * <p>Example: from 83.55 亿元 to a three-year total of 304.2 亿元 needs 0.09999027… (0.1000 to 4
   * places).
   *
   * @throws InvalidArgumentException if {@code base} is not above 0, {@code total} is negative or
   *     {@code years} is below 1
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal requiredGrowthRate(BigDecimal base, BigDecimal total, int years) {
    requireNonNull(base, "'base' must not be null");
    requireNonNull(total, "'total' must not be null");
    if (base.signum() <= 0) {
      throw new InvalidArgumentException("base", "must be above 0", "须大于0", base);
    }
    if (total.signum() < 0) {
      throw new InvalidArgumentException("total", "must be at least 0", "须至少为0", total);
    }
    requireYearsAtLeast1(years);
    if (total.signum() == 0) {
      return ONE.negate();
    }
    BigDecimal ratio = total.divide(base, SOLVER_CONTEXT);
    double start = doubleRoot(ratio.doubleValue(), years);
    return Double.isFinite(start) ? newton(ratio, years, BigDecimal.valueOf(start))
        : bisection(ratio, years);
  }

  /**
   * The root of S(g, years) = ratio in double precision, by bisection: about 60 cheap halvings
   * that put {@link #newton} within a step or two of the 20-digit root. NaN if the ratio is
   * beyond the range of a double.
   */
  private static double doubleRoot(double ratio, int years) {
    if (!Double.isFinite(ratio)) {
      return Double.NaN;
    }
    double low = -1;
    double high = ratio;
    while (true) {
      double middle = low + (high - low) / 2;
      if (middle <= low || middle >= high) {
        return middle;
      }
      double sum = 0;
      for (int year = 0; year < years; year++) {
        sum = (1 + middle) * (1 + sum);
      }
      if (sum < ratio) {
        low = middle;
      } else {
        high = middle;
      }
    }
  }

  /**
   * Newton's method on S(g) − ratio in BigDecimal from {@code start}. S is increasing and convex
   * in 1 + g, so from a start this close each step roughly doubles the correct digits; it stops
   * once a step is within {@link Precision#SOLVER_TOLERANCE}, or stops shrinking (rounding noise
   * is all that is left), and rounds the root to {@link Precision#MATH_CONTEXT}.
   */
  private static BigDecimal newton(BigDecimal ratio, int years, BigDecimal start) {
    BigDecimal rate = start.compareTo(ONE.negate()) <= 0 ? ratio.subtract(ONE) : start;
    BigDecimal previousStep = null;
    for (int iteration = 0; iteration < MAX_NEWTON_STEPS; iteration++) {
      BigDecimal factor = ONE.add(rate);
      // S(f) = f·(1 + S_{k−1}) and its slope S'(f) = (1 + S_{k−1}) + f·S'_{k−1}, by Horner's rule.
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal slope = BigDecimal.ZERO;
      for (int year = 0; year < years; year++) {
        BigDecimal onePlusSum = ONE.add(sum);
        slope = onePlusSum.add(factor.multiply(slope, SOLVER_CONTEXT), SOLVER_CONTEXT);
        sum = factor.multiply(onePlusSum, SOLVER_CONTEXT);
      }
      BigDecimal step = sum.subtract(ratio).divide(slope, SOLVER_CONTEXT);
      if (previousStep != null && step.abs().compareTo(previousStep.abs()) >= 0) {
        break;
      }
      BigDecimal next = rate.subtract(step, SOLVER_CONTEXT);
      // Only rounding can carry a step to −1 or below (the root is above −1): go halfway instead.
      rate = next.compareTo(ONE.negate()) > 0 ? next
          : rate.subtract(ONE).divide(TWO, SOLVER_CONTEXT);
      if (step.abs().compareTo(SOLVER_TOLERANCE) <= 0) {
        break;
      }
      previousStep = step;
    }
    return rate.round(MATH_CONTEXT);
  }

  /**
   * The root by bisection in BigDecimal, for ratios too large for a double to start Newton's
   * method from.
   */
  private static BigDecimal bisection(BigDecimal ratio, int years) {
    // The first term alone gives S(g) ≥ 1 + g > g, so S(ratio) > ratio and the root lies in
    // (−1, ratio). S increases strictly, so each halving keeps the root between low and high.
    BigDecimal low = ONE.negate();
    BigDecimal high = ratio;
    while (high.subtract(low).compareTo(SOLVER_TOLERANCE) > 0) {
      BigDecimal middle = low.add(high).divide(TWO, MATH_CONTEXT);
      if (middle.compareTo(low) == 0 || middle.compareTo(high) == 0) {
        // For a large root, low and high are neighbours at 20 digits before they are 1E-20 apart.
        break;
      }
      if (factorSum(ONE.add(middle), years).compareTo(ratio) < 0) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return low.add(high).divide(TWO, MATH_CONTEXT);
  }

  /**
   * The window total if every year grows at {@code rate} from {@code base}: base ·
   * growthFactorSum(rate, years).
   *
   * <p>The arguments are checked as in {@link #growthFactorSum}; {@code base} may be any value.
   *
   * <p>Example: 83.55 亿元 at 0.10 over 3 years projects 83.55 × 3.641 = 304.20555 亿元.
   *
   * @throws InvalidArgumentException if {@code rate} is not above −1 or {@code years} is below 1
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal projectedTotal(BigDecimal base, BigDecimal rate, int years) {
    requireNonNull(base, "'base' must not be null");
    return base.multiply(growthFactorSum(rate, years), MATH_CONTEXT);
  }

  /**
   * The window total projected at an observed rate: the years already reported plus the years
   * still to come, each growing at {@code rate} from the last reported value:
   * sum(actualYears) + Σ_{k=1..remainingYears} lastValue · (1 + rate)^k.
   *
   * <p>{@code remainingYears} must be at least 0; with 0 the result is the sum of {@code
   * actualYears} (empty sums to 0). Unlike {@link #growthFactorSum}, {@code rate} may be exactly
   * −1: an observed fall to zero ({@link GrowthRates#growthRate} from a value to 0) is a real
   * observation, and it projects zeros. Below −1 is refused.
   *
   * <p>Example: with 100 and 110 reported, a last value of 110 at 0.10 and one year to come, the
   * projection is 100 + 110 + 121 = 331.
   *
   * @throws InvalidArgumentException if {@code rate} is below −1 or {@code remainingYears} is
   *     negative
   * @throws NullPointerException if an argument or an element of {@code actualYears} is null
   */
  public static BigDecimal projectedWindowTotal(List<BigDecimal> actualYears,
      BigDecimal lastValue, BigDecimal rate, int remainingYears) {
    requireNonNull(actualYears, "'actualYears' must not be null");
    requireNonNull(lastValue, "'lastValue' must not be null");
    requireNonNull(rate, "'rate' must not be null");
    if (rate.compareTo(ONE.negate()) < 0) {
      throw new InvalidArgumentException("rate", "must be at least -1", "须至少为-1", rate);
    }
    if (remainingYears < 0) {
      throw new InvalidArgumentException("remainingYears", "must be at least 0", "须至少为0",
          remainingYears);
    }
    BigDecimal projected = lastValue.multiply(factorSum(ONE.add(rate), remainingYears),
        MATH_CONTEXT);
    return Pacing.sum(actualYears).add(projected, MATH_CONTEXT);
  }

  /**
   * f + f² + … + f^years by Horner's rule, f·(1 + f·(1 + …)): one rounding per year instead of a
   * power per term. 0 years give 0.
   */
  private static BigDecimal factorSum(BigDecimal factor, int years) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int year = 0; year < years; year++) {
      sum = factor.multiply(ONE.add(sum), MATH_CONTEXT);
    }
    return sum;
  }

  private static void requireRateAboveMinus1(BigDecimal rate) {
    requireNonNull(rate, "'rate' must not be null");
    if (rate.compareTo(ONE.negate()) <= 0) {
      throw new InvalidArgumentException("rate", "must be above -1", "须大于-1", rate);
    }
  }

  private static void requireYearsAtLeast1(int years) {
    if (years < 1) {
      throw new InvalidArgumentException("years", "must be at least 1", "须至少为1", years);
    }
  }
}
