package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.TierRuleMethod;

class RankingsTest {

  @ParameterizedTest(name = "{0} ranks {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "5;3;3;1     | 1;2;2;4",
      "1;3;3;5     | 4;2;2;1",
      "3;5;1;3     | 2;1;4;2",
      "7           | 1",
      "2;2;2       | 1;1;1",
      "3.0;3;2.99  | 1;1;3",
      "-1;0;-2     | 2;1;3",
      "9;8;7;6;5   | 1;2;3;4;5",
      "1;1;2;2     | 3;3;1;1",
  })
  void competitionRanksPutTheHighestFirstAndSkipAfterTies(String values, String ranks) {
    List<BigDecimal> input = Arrays.stream(values.split(";")).map(BigDecimal::new).toList();
    List<Integer> expected = Arrays.stream(ranks.split(";")).map(Integer::valueOf).toList();
    assertThat(Rankings.competitionRanks(input)).isEqualTo(expected);
  }

  @Test
  void noValuesHaveNoRanks() {
    assertThat(Rankings.competitionRanks(List.of())).isEmpty();
  }

  @Test
  void ranksAreUnmodifiable() {
    List<Integer> ranks = Rankings.competitionRanks(List.of(BigDecimal.ONE));
    assertThatThrownBy(() -> ranks.set(0, 2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "rank {0} of {1} under the top third is first tier: {2}")
  @CsvSource({
      "1,  13, true",
      "5,  13, true",
      "6,  13, false",
      "13, 13, false",
      "1,  1,  true",
      "1,  3,  true",
      "2,  3,  false",
      "2,  4,  true",
      "3,  4,  false",
  })
  void theTopThirdOfThirteenIsFivePlaces(int rank, int peers, boolean expected) {
    assertThat(Rankings.isFirstTier(rank, peers, FirstTierRule.topThird())).isEqualTo(expected);
  }

  @Test
  void aFixedCountRuleTakesThatManyPlaces() {
    FirstTierRule topThree = FirstTierRule.builder().method(TierRuleMethod.TOP_COUNT).count(3)
        .build();
    assertThat(Rankings.isFirstTier(3, 13, topThree)).isTrue();
    assertThat(Rankings.isFirstTier(4, 13, topThree)).isFalse();
  }

  @ParameterizedTest(name = "rank {0} of {1} is refused: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0  | 13 | 'rank' must be at least 1 but was 0",
      "-1 | 13 | 'rank' must be at least 1 but was -1",
      "14 | 13 | 'peerCount' must be at least 'rank' (14) but was 13",
      "5  | 4  | 'peerCount' must be at least 'rank' (5) but was 4",
  })
  void ranksOutOfRangeAreRefused(int rank, int peers, String message) {
    assertThatThrownBy(() -> Rankings.isFirstTier(rank, peers, FirstTierRule.topThird()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Rankings.competitionRanks(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'values'");
    List<BigDecimal> withNull = Arrays.asList(BigDecimal.ONE, null);
    assertThatThrownBy(() -> Rankings.competitionRanks(withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'values'");
    assertThatThrownBy(() -> Rankings.isFirstTier(1, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rule'");
  }
}
