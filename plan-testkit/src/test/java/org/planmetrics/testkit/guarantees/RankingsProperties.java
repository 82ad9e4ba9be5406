package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.Rankings;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promises of {@link Rankings} (see {@link Guarantee}). */
class RankingsProperties {

  /**
   * Peer figures with many ties: few distinct values, and the same value at different scales
   * (1 and 1.0); now and then one with many places, just beside a tie.
   */
  private static Gen<List<BigDecimal>> figures() {
    BigDecimal five = BigDecimal.valueOf(5);
    return lists().of(Gens.decimals(five.negate(), five, 2)
        .map(value -> value.setScale(Math.min(value.scale(), 1),
            Precision.MATH_CONTEXT.getRoundingMode()))
        .mix(Gens.amounts(five.negate(), five), 10))
        .ofSizeBetween(1, 20);
  }

  /** Figures and an order of their indices; shrinks towards the order as given. */
  private record Permuted(List<BigDecimal> values, List<Integer> order) {}

  private static Gen<Permuted> permutedFigures() {
    // Each index gets a sort key; sorting the indices by key (stably) gives the order.
    return figures().flatMap(values -> lists().of(integers().between(0, 1_000))
        .ofSize(values.size()).map(keys -> new Permuted(values,
            IntStream.range(0, values.size()).boxed()
                .sorted(Comparator.comparing(keys::get)).toList())));
  }

  @Test
  @Checks(Guarantee.RANKING_IS_PERMUTATION_INVARIANT)
  void rankingIsPermutationInvariant() {
    qt().forAll(permutedFigures()).checkAssert(permuted -> {
      List<BigDecimal> values = permuted.values();
      List<Integer> order = permuted.order();
      List<BigDecimal> shuffled = order.stream().map(values::get).toList();
      List<Integer> ranks = Rankings.competitionRanks(values);
      List<Integer> shuffledRanks = Rankings.competitionRanks(shuffled);
      for (int i = 0; i < order.size(); i++) {
        assertThat(shuffledRanks.get(i)).isEqualTo(ranks.get(order.get(i)));
      }
    });
  }

  @Test
  @Checks(Guarantee.RANKS_RUN_FROM_ONE_TO_N_AND_THE_LARGEST_VALUE_RANKS_FIRST)
  void ranksRunFromOneToNAndTheLargestValueRanksFirst() {
    qt().forAll(figures()).checkAssert(values -> {
      List<Integer> ranks = Rankings.competitionRanks(values);
      assertThat(ranks).hasSameSizeAs(values).allSatisfy(rank ->
          assertThat(rank).isBetween(1, values.size()));
      BigDecimal largest = Collections.max(values);
      for (int i = 0; i < values.size(); i++) {
        assertThat(ranks.get(i) == 1).isEqualTo(values.get(i).compareTo(largest) == 0);
      }
    });
  }

  @Test
  @Checks(Guarantee.HIGHER_VALUES_RANK_BETTER_AND_EQUAL_VALUES_RANK_EQUAL)
  void higherValuesRankBetterAndEqualValuesRankEqual() {
    qt().forAll(figures()).checkAssert(values -> {
      List<Integer> ranks = Rankings.competitionRanks(values);
      for (int i = 0; i < values.size(); i++) {
        for (int j = 0; j < values.size(); j++) {
          assertThat(Integer.signum(ranks.get(j).compareTo(ranks.get(i))))
              .isEqualTo(values.get(i).compareTo(values.get(j)));
        }
      }
    });
  }

  @Test
  @Checks(Guarantee.A_RANK_COUNTS_THE_VALUES_RANKED_ABOVE_IT)
  void aRankCountsTheValuesRankedAboveIt() {
    // Competition ranking ("1224"): r − 1 values rank above rank r, so ties skip ranks.
    qt().forAll(figures()).checkAssert(values -> {
      List<Integer> ranks = Rankings.competitionRanks(values);
      for (Integer rank : ranks) {
        assertThat(ranks.stream().filter(other -> other < rank).count()).isEqualTo(rank - 1L);
      }
    });
  }

  @Test
  @Checks(Guarantee.THE_FIRST_TIER_IS_THE_TOP_THIRD_OF_THE_PEERS_RANKED)
  void theFirstTierIsTheTopThirdOfThePeersRanked() {
    qt().forAll(integers().between(1, 60), integers().between(0, 10_000)).check((peers, any) -> {
      int rank = 1 + any % peers;
      // rank ≤ ceil(peers ÷ 3) in whole numbers: 3·rank ≤ peers + 2.
      return Rankings.isFirstTier(rank, peers, FirstTierRule.topThird())
          == (3 * rank <= peers + 2);
    });
  }
}
