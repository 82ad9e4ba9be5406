package org.planmetrics.metrics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators shared by the {@code *Properties} classes. Decimals are built from a
 * long and a scale, never from a double, so every generated value is exact.
 */
final class MetricsGenerators {

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

  private MetricsGenerators() {}

  /** Decimals from {@code min} to {@code max} inclusive, with 0 to 4 decimal places. */
  static Gen<BigDecimal> decimals(long min, long max) {
    return integers().between(0, POWERS_OF_TEN.length - 1).flatMap(scale -> {
      long factor = POWERS_OF_TEN[scale];
      return longs().between(min * factor, max * factor)
          .map(unscaled -> BigDecimal.valueOf(unscaled, scale));
    });
  }

  /** Decimals above 0 up to {@code max}, with 0 to 4 decimal places. */
  static Gen<BigDecimal> positiveDecimals(long max) {
    return decimals(0, max).assuming(value -> value.signum() > 0);
  }

  /** Rates above −1, from −0.9999 to {@code maxWhole}, with 4 places. */
  static Gen<BigDecimal> rates(long maxWhole) {
    return longs().between(-9_999, maxWhole * 10_000)
        .map(unscaled -> BigDecimal.valueOf(unscaled, 4));
  }
}
