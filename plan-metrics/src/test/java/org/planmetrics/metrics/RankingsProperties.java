package org.planmetrics.metrics;

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
import org.planmetrics.model.FirstTierRule;
import org.quicktheories.core.Gen;

class RankingsProperties {

  /** Peer figures with many ties: few distinct values, and the same value at different scales. */
  private static Gen<List<BigDecimal>> figures() {
    return lists().of(MetricsGenerators.decimals(-5, 5)
        .map(value -> value.setScale(Math.min(value.scale(), 1),
            Precision.MATH_CONTEXT.getRoundingMode())))
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
  void theFirstTierIsTheTopThirdOfThePeersRanked() {
    qt().forAll(integers().between(1, 60), integers().between(0, 10_000)).check((peers, any) -> {
      int rank = 1 + any % peers;
      // rank ≤ ceil(peers ÷ 3) in whole numbers: 3·rank ≤ peers + 2.
      return Rankings.isFirstTier(rank, peers, FirstTierRule.topThird())
          == (3 * rank <= peers + 2);
    });
  }
}
