package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SharesProperties {

  private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

  /** A numerator counted among its denominator: 0 ≤ numerator ≤ denominator. */
  private record Counts(long numerator, long denominator) {}

  private static Gen<Counts> counts(long maxDenominator) {
    return longs().between(1, maxDenominator).zip(longs().between(0, Long.MAX_VALUE),
        (denominator, any) -> new Counts(any % (denominator + 1), denominator));
  }

  @Test
  void aShareStaysBetweenZeroAndOne() {
    qt().forAll(counts(10_000)).checkAssert(counts -> {
          long numerator = counts.numerator();
          long denominator = counts.denominator();
          BigDecimal share = Shares.share(numerator, denominator);
          assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
          assertThat(share.signum() == 0).isEqualTo(numerator == 0);
          assertThat(share.compareTo(BigDecimal.ONE) == 0).isEqualTo(numerator == denominator);
        });
  }

  @Test
  void oneMoreCountedProjectRaisesTheShare() {
    qt().forAll(counts(10_000)).assuming(counts -> counts.numerator() < counts.denominator())
        .check(counts -> Shares.share(counts.numerator(), counts.denominator())
            .compareTo(Shares.share(counts.numerator() + 1, counts.denominator())) < 0);
  }

  @Test
  void aShareTimesTheDenominatorIsTheNumerator() {
    qt().forAll(counts(1_000_000)).checkAssert(counts ->
        assertThat(Shares.share(counts.numerator(), counts.denominator())
            .multiply(BigDecimal.valueOf(counts.denominator())))
            .isCloseTo(BigDecimal.valueOf(counts.numerator()), within(TOLERANCE)));
  }

  @Test
  void aShareAndItsComplementMakeOne() {
    qt().forAll(counts(10_000)).checkAssert(counts ->
        assertThat(Shares.share(counts.numerator(), counts.denominator())
            .add(Shares.share(counts.denominator() - counts.numerator(), counts.denominator())))
            .isCloseTo(BigDecimal.ONE, within(TOLERANCE)));
  }
}
