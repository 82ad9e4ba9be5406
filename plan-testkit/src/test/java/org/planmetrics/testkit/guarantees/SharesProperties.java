package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.Tolerances.assertClose;
import static org.quicktheories.QuickTheory.qt;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.Shares;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promises of {@link Shares} (see {@link Guarantee}). */
class SharesProperties {

  /** A numerator counted among its denominator: 0 ≤ numerator ≤ denominator. */
  private record Counts(long numerator, long denominator) {}

  /**
   * Counts up to {@code maxDenominator}, and one draw in four an edge: no project counted, all of
   * them, one short of all, or a denominator of 1.
   */
  private static Gen<Counts> counts(long maxDenominator) {
    Generator<Counts> ordinary = random -> {
      long denominator = random.nextLong(1, maxDenominator + 1);
      return new Counts(random.nextLong(0, denominator + 1), denominator);
    };
    Generator<Counts> edges = random -> {
      long denominator = random.nextLong(1, maxDenominator + 1);
      return switch (random.nextInt(4)) {
        case 0 -> new Counts(0, denominator);
        case 1 -> new Counts(denominator, denominator);
        case 2 -> new Counts(denominator - 1, denominator);
        default -> new Counts(random.nextInt(2), 1);
      };
    };
    return Gens.of(ordinary.withEdgeCases(edges));
  }

  @Test
  @Checks(Guarantee.A_SHARE_STAYS_BETWEEN_ZERO_AND_ONE)
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
  @Checks(Guarantee.ONE_MORE_COUNTED_PROJECT_RAISES_THE_SHARE)
  void oneMoreCountedProjectRaisesTheShare() {
    qt().forAll(counts(10_000)).assuming(counts -> counts.numerator() < counts.denominator())
        .check(counts -> Shares.share(counts.numerator(), counts.denominator())
            .compareTo(Shares.share(counts.numerator() + 1, counts.denominator())) < 0);
  }

  @Test
  @Checks(Guarantee.A_SHARE_TIMES_THE_DENOMINATOR_IS_THE_NUMERATOR)
  void aShareTimesTheDenominatorIsTheNumerator() {
    qt().forAll(counts(1_000_000)).checkAssert(counts -> assertClose(
        Shares.share(counts.numerator(), counts.denominator())
            .multiply(BigDecimal.valueOf(counts.denominator())),
        BigDecimal.valueOf(counts.numerator())));
  }

  @Test
  @Checks(Guarantee.A_SHARE_AND_ITS_COMPLEMENT_MAKE_ONE)
  void aShareAndItsComplementMakeOne() {
    qt().forAll(counts(10_000)).checkAssert(counts -> assertClose(
        Shares.share(counts.numerator(), counts.denominator())
            .add(Shares.share(counts.denominator() - counts.numerator(), counts.denominator())),
        BigDecimal.ONE));
  }

  /** Amounts in 亿元 with up to 4 decimal places (a 万元 is 0.0001 亿元). */
  private static BigDecimal amount(RandomGenerator random, long maxWhole) {
    return BigDecimal.valueOf(random.nextLong(0, maxWhole * 10_000 + 1), 4);
  }

  /** An amount share's two sides: 0 ≤ part ≤ whole, whole > 0, edges one draw in four. */
  private record Amounts(BigDecimal part, BigDecimal whole) {}

  private static Gen<Amounts> amounts() {
    Generator<Amounts> ordinary = random -> {
      BigDecimal whole = amount(random, 1_000_000).max(new BigDecimal("0.0001"));
      BigDecimal part = whole.multiply(BigDecimal.valueOf(random.nextInt(0, 10_001), 4))
          .setScale(4, RoundingMode.DOWN);
      return new Amounts(part, whole);
    };
    Generator<Amounts> edges = random -> {
      BigDecimal whole = amount(random, 1_000_000).max(new BigDecimal("0.0001"));
      return switch (random.nextInt(3)) {
        case 0 -> new Amounts(BigDecimal.ZERO, whole);
        case 1 -> new Amounts(whole, whole);
        default -> new Amounts(new BigDecimal("0.0001"), new BigDecimal("0.0003"));
      };
    };
    return Gens.of(ordinary.withEdgeCases(edges));
  }

  @Test
  @Checks(Guarantee.A_SHARE_OF_AMOUNTS_DOES_NOT_DEPEND_ON_THE_SCALE)
  void aShareOfAmountsDoesNotDependOnTheScale() {
    qt().forAll(amounts(), integers().between(-4, 4)).checkAssert((amounts, shift) -> {
      BigDecimal share = Shares.share(amounts.part(), amounts.whole());
      assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      // The same investments written in 万元 (shift 4) or any other scale: the same share.
      assertThat(Shares.share(amounts.part().movePointRight(shift),
          amounts.whole().movePointRight(shift))).isEqualByComparingTo(share);
    });
  }

  @Test
  @Checks(Guarantee.A_PAID_IN_RATE_TIMES_THE_CONTRACT_IS_THE_PAID_IN_CAPITAL)
  void aPaidInRateTimesTheContractIsThePaidInCapital() {
    Gen<BigDecimal> contracted = Gens.of(random -> amount(random, 1_000_000)
        .max(new BigDecimal("0.0001")));
    Gen<BigDecimal> paidIn = Gens.of(random -> amount(random, 2_000_000));
    qt().forAll(paidIn, contracted).checkAssert((p, c) -> {
      assertClose(Shares.paidInRate(p, c).multiply(c), p);
      assertThat(Shares.paidInRate(c, c)).isEqualByComparingTo(BigDecimal.ONE);
    });
  }
}
