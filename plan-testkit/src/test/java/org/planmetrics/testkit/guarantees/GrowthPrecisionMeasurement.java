package org.planmetrics.testkit.guarantees;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.Tolerances;

/**
 * Measures how well growth inverts compounding as the rate nears −1, for the conditions of {@link
 * Guarantee#GROWTH_INVERTS_COMPOUNDING} and the README's figures: for each band of 1 + rate (1 to
 * 0.1, 0.1 to 0.01, … down to 1E-20) and each largest previous value, the worst relative error and
 * the worst error against {@link Tolerances} (1E-12 × max(1, |current|)) over 3,000 random values.
 * Not a test (its name ends in neither Test nor Properties); run its {@code main} by hand:
 *
 * <pre>{@code
 * mvn -B -ntp -q test-compile -pl plan-testkit -am
 * java -cp plan-testkit/target/test-classes:plan-testkit/target/classes:\
 * plan-metrics/target/classes:plan-model/target/classes \
 *     org.planmetrics.testkit.guarantees.GrowthPrecisionMeasurement
 * }</pre>
 */
public final class GrowthPrecisionMeasurement {

  private static final MathContext THREE_DIGITS = new MathContext(3);
  private static final MathContext FORTY_DIGITS = new MathContext(40);

  private GrowthPrecisionMeasurement() {}

  public static void main(String[] args) {
    SplittableRandom random = new SplittableRandom(2022);
    for (int largestExponent : new int[] {6, 8, 10}) {
      System.out.println("previous from 1E-4 to 1E" + largestExponent
          + ": 1 + rate, worst relative error, worst error ÷ max(1, |current|)");
      for (int band = 0; band <= 20; band++) {
        BigDecimal worstRelative = BigDecimal.ZERO;
        BigDecimal worstAgainstTolerance = BigDecimal.ZERO;
        int roundedToMinusOne = 0;
        for (int i = 0; i < 3_000; i++) {
          // Four digits at a power of ten drawn evenly: every magnitude as likely.
          BigDecimal previous = BigDecimal.valueOf(random.nextLong(1_000, 10_000), 3)
              .scaleByPowerOfTen(random.nextInt(-4, largestExponent));
          // 1 + rate from 10^-(band + 1) to 10^-band: seven digits from 3 to 30, divided by 3 so
          // that most quotients never end, as those of real figures rarely do.
          BigDecimal onePlusRate = BigDecimal.valueOf(random.nextLong(3_000_000, 30_000_000), 6)
              .divide(BigDecimal.valueOf(3), FORTY_DIGITS).scaleByPowerOfTen(-band - 1);
          BigDecimal current = previous.multiply(onePlusRate);
          BigDecimal rate = GrowthRates.growthRate(previous, current);
          if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            roundedToMinusOne++;
            continue;
          }
          BigDecimal error = GrowthRates.compound(previous, rate, 1).subtract(current).abs();
          worstRelative = worstRelative.max(error.divide(current, THREE_DIGITS));
          worstAgainstTolerance = worstAgainstTolerance.max(
              error.divide(BigDecimal.ONE.max(current), THREE_DIGITS));
        }
        System.out.printf("  1E-%-2d to 1E-%-2d  %-10s %-10s%s%n", band + 1, band,
            worstRelative, worstAgainstTolerance, roundedToMinusOne == 0 ? ""
                : "  (the rate rounded to -1 in " + roundedToMinusOne + " of 3,000)");
      }
    }
  }
}
