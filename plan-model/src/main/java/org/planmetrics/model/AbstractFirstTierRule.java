package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which ranks count as the first tier (第一方阵), for example the top third: rank ≤ ceil(n ÷ 3),
 * which is 5 when 13 peers are ranked.
 */
@Value.Immutable
@JsonSerialize(as = FirstTierRule.class)
@JsonDeserialize(as = FirstTierRule.class)
public abstract class AbstractFirstTierRule {

  public abstract TierRuleMethod method();

  /** For {@link TierRuleMethod#TOP_FRACTION}: 3 for the top third. */
  public abstract Optional<Integer> denominator();

  /** For {@link TierRuleMethod#TOP_COUNT}: the number of places. */
  public abstract Optional<Integer> count();

  /** The top third, the default reading of 第一方阵. */
  public static FirstTierRule topThird() {
    return FirstTierRule.builder().method(TierRuleMethod.TOP_FRACTION).denominator(3).build();
  }

  /**
   * The number of first-tier places among {@code rankedPeers} ranked units. For the top third of
   * 13 this is ceil(13 ÷ 3) = 5; for 0 peers it is 0. Every non-negative int gives the exact
   * ceiling: ceil(2,147,483,647 ÷ 3) = 715,827,883.
   *
   * @throws InvalidArgumentException if {@code rankedPeers} is negative
   * @throws IllegalStateException if the rule lacks the number its method needs
   */
  public int tierSize(int rankedPeers) {
    if (rankedPeers < 0) {
      throw new InvalidArgumentException("rankedPeers", "must be at least 0", "须至少为0", rankedPeers);
    }
    switch (method()) {
      case TOP_FRACTION:
        int d = denominator().orElseThrow(() ->
            new IllegalStateException("a TOP_FRACTION rule needs 'denominator'"));
        // ceil(n ÷ d) as a quotient and a remainder: the usual (n + d − 1) / d overflows int
        // when n is near Integer.MAX_VALUE and would give a tier of 1 for 2,147,483,647 peers.
        return rankedPeers / d + (rankedPeers % d == 0 ? 0 : 1);
      case TOP_COUNT:
        int c = count().orElseThrow(() ->
            new IllegalStateException("a TOP_COUNT rule needs 'count'"));
        return Math.min(c, rankedPeers);
      default:
        throw new AssertionError(method());
    }
  }
}
