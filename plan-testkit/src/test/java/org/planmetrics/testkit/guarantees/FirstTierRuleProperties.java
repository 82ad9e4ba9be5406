package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.TierRuleMethod;
import org.planmetrics.testkit.Guarantee;

/** The promise of {@link FirstTierRule#tierSize} (see {@link Guarantee}). */
class FirstTierRuleProperties {

  @Test
  @Checks(Guarantee.THE_TOP_FRACTION_IS_THE_EXACT_CEILING_FOR_EVERY_PEER_COUNT)
  void theTopFractionIsTheExactCeilingForEveryPeerCount() {
    // Half the peer counts near Integer.MAX_VALUE, where n + d − 1 would overflow an int.
    qt().withExamples(2_000)
        .forAll(integers().between(0, Integer.MAX_VALUE)
                .mix(integers().between(Integer.MAX_VALUE - 200, Integer.MAX_VALUE)),
            integers().between(1, 100))
        .checkAssert((peers, denominator) -> {
          FirstTierRule rule = FirstTierRule.builder().method(TierRuleMethod.TOP_FRACTION)
              .denominator(denominator).build();
          // ceil(n ÷ d) = (n + d − 1) ÷ d, safe in BigInteger.
          BigInteger d = BigInteger.valueOf(denominator);
          BigInteger exact = BigInteger.valueOf(peers).add(d).subtract(BigInteger.ONE).divide(d);

          assertThat(BigInteger.valueOf(rule.tierSize(peers))).isEqualTo(exact);
        });
  }
}
