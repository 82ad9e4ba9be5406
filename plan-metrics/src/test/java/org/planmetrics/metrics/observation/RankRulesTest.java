package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * Published ranks hold to their own rules whichever way they are made: the builder refuses what
 * the readers report, naming the field, the rule and the value, and JSON still lists every rule
 * broken at once.
 */
class RankRulesTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void aPeerCountBelowOneCannotBeBuilt() {
    assertThatThrownBy(() -> PublishedRanks.of(5, 5, 0))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("peerCount");
          assertThat(e.rule()).isEqualTo("must be at least 1");
          assertThat(e.value()).isEqualTo("0");
          assertThat(e).hasMessage("'peerCount' must be at least 1 but was 0");
          assertThat(e.messages().zh()).isEqualTo("'peerCount'须至少为1,实为0");
        });
  }

  @ParameterizedTest(name = "ranks {0} and {1} of {2}: ''{3}'' was {4}")
  @CsvSource({"14, 1, 13, totalRank, 14", "0, 1, 13, totalRank, 0", "1, 0, 13, growthRank, 0",
      "1, 14, 13, growthRank, 14", "2, 2, 1, totalRank, 2"})
  void aRankOutsideOneToThePeerCountCannotBeBuilt(int total, int growth, int count,
      String field, String value) {
    assertThatThrownBy(() -> PublishedRanks.builder().totalRank(total).growthRank(growth)
        .peerCount(count).build())
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo(field);
          assertThat(e.rule()).isEqualTo("must be between 1 and 'peerCount' (" + count + ")");
          assertThat(e.value()).isEqualTo(value);
        });
  }

  @Test
  void aCountOrARankAboveTheBoundCannotBeBuilt() {
    assertThatThrownBy(() -> PublishedRanks.of(2, 6, Integer.MAX_VALUE))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'peerCount' must be at most 10000 but was 2147483647");
    // Without a usable count, a rank is still held to the bound.
    assertThatThrownBy(() -> PublishedRanks.of(3, 10_001, 20_000))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'peerCount' must be at most 10000 but was 20000");
  }

  @Test
  void ranksAtTheEndsOfTheRangeAndAtTheBoundAreAllowed() {
    assertThat(RankRules.MAX_PEER_COUNT).isEqualTo(10_000);
    assertThat(PublishedRanks.of(1, 13, 13).peerCount()).isEqualTo(13);
    assertThat(PublishedRanks.of(1, 1, 1).peerCount()).isEqualTo(1);
    assertThat(PublishedRanks.of(10_000, 1, 10_000).totalRank()).isEqualTo(10_000);
  }

  @Test
  void everyRuleBrokenIsReportedAtItsField() {
    assertThat(RankRules.checked(14, 0, 13).violations("/ranks/2022"))
        .extracting(Violation::path, Violation::rule, v -> v.value().orElseThrow())
        .containsExactly(tuple("/ranks/2022/totalRank", "bad-rank", "14"),
            tuple("/ranks/2022/growthRank", "bad-rank", "0"));
    assertThat(RankRules.checked(14, 0, 13).violations("/ranks/2022").get(0).message())
        .isEqualTo("'totalRank' must be between 1 and 'peerCount' (13) but was 14");
    assertThat(RankRules.checked(10_001, 3, 0).violations("/ranks/2022"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ranks/2022/peerCount", "bad-rank"),
            tuple("/ranks/2022/totalRank", "too-large"));
    assertThat(RankRules.checked(20_000, 10_001, 10_001).violations("/ranks/2023"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ranks/2023/peerCount", "too-large"),
            tuple("/ranks/2023/totalRank", "too-large"),
            tuple("/ranks/2023/growthRank", "too-large"));
  }

  @Test
  void standInsKeepThePeriodWithRanksThatCanBeBuilt() {
    Checked<PublishedRanks> checked = RankRules.checked(20_000, 0, -4);

    assertThat(checked.isAsGiven()).isFalse();
    assertThat(checked.value()).isEqualTo(PublishedRanks.of(1, 1, 1));
    assertThat(RankRules.checked(2, 6, 13).value()).isEqualTo(PublishedRanks.of(2, 6, 13));
  }

  @Test
  void jsonListsEveryRuleTheRanksBreakAtOnce() throws Exception {
    ObjectNode body = (ObjectNode) PlanJson.mapper().readTree("""
        {"asOf": "2024-06-30",
         "ranks": {"2022": {"totalRank": 14, "growthRank": 0, "peerCount": 13},
                   "2023": {"totalRank": 2, "growthRank": 6, "peerCount": 0},
                   "2023-06": {"totalRank": 20000, "growthRank": 6, "peerCount": 13}}}
        """);

    ObservationsJson.Reading reading = ObservationsJson.check(body, PLAN);

    assertThat(reading.fieldProblems()).isEmpty();
    assertThat(reading.observations()).isEmpty();
    assertThat(reading.planProblems()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ranks/2022/totalRank", "bad-rank"),
            tuple("/ranks/2022/growthRank", "bad-rank"),
            tuple("/ranks/2023/peerCount", "bad-rank"),
            tuple("/ranks/2023-06/totalRank", "bad-rank"));
    assertThat(reading.planProblems().get(2).messageZh())
        .hasValue("'peerCount'(参与排位单位数)须至少为1,实为0");
  }

  @Test
  void aMissingCountIsReportedAsMissingNotAsACountBelowOne() throws Exception {
    // The walk stands in 0 for the missing count, which would break the rule; the stand-in is
    // never reported as the caller's, and never fails the building.
    ObjectNode body = (ObjectNode) PlanJson.mapper().readTree("""
        {"asOf": "2024-06-30",
         "ranks": {"2022": {"totalRank": 2, "growthRank": 6},
                   "2023": "second of thirteen"}}
        """);

    ObservationsJson.Reading reading = ObservationsJson.check(body, PLAN);

    assertThat(reading.fieldProblems()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ranks/2022/peerCount", "missing-field"),
            tuple("/ranks/2023", "wrong-type"));
    assertThat(reading.planProblems()).isEmpty();
  }
}
