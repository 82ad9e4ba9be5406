package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FirstTierRuleTest {

  @ParameterizedTest(name = "top third of {0} is {1}")
  @CsvSource({"0, 0", "1, 1", "3, 1", "4, 2", "12, 4", "13, 5", "15, 5", "16, 6"})
  void theTopThirdIsTheCeilingOfNOverThree(int peers, int expected) {
    assertThat(FirstTierRule.topThird().tierSize(peers)).isEqualTo(expected);
  }

  @Test
  void theTopThirdOfTheLargestIntDoesNotOverflow() {
    assertThat(FirstTierRule.topThird().tierSize(Integer.MAX_VALUE)).isEqualTo(715_827_883);
  }

  @Test
  void aFixedCountNeverExceedsThePeersRanked() {
    FirstTierRule topFive = FirstTierRule.builder().method(TierRuleMethod.TOP_COUNT).count(5)
        .build();
    assertThat(topFive.tierSize(13)).isEqualTo(5);
    assertThat(topFive.tierSize(3)).isEqualTo(3);
  }

  @Test
  void aNegativePeerCountIsRefused() {
    assertThatThrownBy(() -> FirstTierRule.topThird().tierSize(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
