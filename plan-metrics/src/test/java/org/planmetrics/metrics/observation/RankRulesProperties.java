package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.quicktheories.core.Gen;
import org.quicktheories.dsl.TheoryBuilder3;

/**
 * The same rules hold whichever way published ranks are made: what Java builds, JSON reads
 * without a problem, and what Java refuses, JSON refuses at the field Java names, in the same
 * words; the stand-ins a reader builds with always keep the rules.
 */
class RankRulesProperties {

  /**
   * A rank or a count: mostly small, so that every order of the three comes up often, and now and
   * then at the bound of 10,000 or just past it.
   */
  private static Gen<Integer> rankOrCount() {
    return integers().between(-2, 18).map(n -> n <= 15 ? n
        : RankRules.MAX_PEER_COUNT + n - 17);
  }

  private static TheoryBuilder3<Integer, Integer, Integer> anyRanks() {
    return qt().withExamples(1000).forAll(rankOrCount(), rankOrCount(), rankOrCount());
  }

  @Test
  void javaBuildsRanksExactlyWhenJsonReadsThemWithoutAProblem() {
    anyRanks().checkAssert((total, growth, count) -> {
      InvalidArgumentException refused = null;
      PublishedRanks built = null;
      try {
        built = PublishedRanks.of(total, growth, count);
      } catch (InvalidArgumentException e) {
        refused = e;
      }

      ObservationsJson.Reading reading = ObservationsJson.check(tree(total, growth, count), PLAN);
      assertThat(reading.fieldProblems()).isEmpty();

      if (built != null) {
        assertThat(reading.planProblems()).isEmpty();
        assertThat(reading.observations().orElseThrow().ranks()).containsValue(built);
      } else {
        assertThat(reading.observations()).isEmpty();
        Violation first = reading.planProblems().get(0);
        assertThat(first.path()).isEqualTo("/ranks/2023/" + refused.argument());
        assertThat(first.value()).hasValue(refused.value());
        assertThat(first.message()).isEqualTo(refused.getMessage());
        assertThat(reading.planProblems()).extracting(Violation::path).doesNotHaveDuplicates()
            .allMatch(p -> p.startsWith("/ranks/2023/"));
      }
    });
  }

  @Test
  void standInsKeepEveryRuleAndChangeNothingThatDoes() {
    anyRanks().checkAssert((total, growth, count) -> {
      Checked<PublishedRanks> checked = RankRules.checked(total, growth, count);
      PublishedRanks standIn = checked.value();

      assertThat(RankRules.broken(standIn.totalRank(), standIn.growthRank(),
          standIn.peerCount())).isEmpty();
      assertThat(checked.broken()).isEqualTo(RankRules.broken(total, growth, count));
      if (checked.isAsGiven()) {
        assertThat(standIn).isEqualTo(PublishedRanks.of(total, growth, count));
      }
    });
  }

  private static ObjectNode tree(int total, int growth, int count) {
    ObjectNode body = PlanJson.mapper().createObjectNode();
    body.put("asOf", "2024-06-30");
    body.putObject("ranks").putObject("2023").put("totalRank", total).put("growthRank", growth)
        .put("peerCount", count);
    return body;
  }
}
