package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.quicktheories.dsl.TheoryBuilder4;

/**
 * The same rules hold whichever way a team's tasks are made: what Java builds, JSON reads without
 * a problem, and what Java refuses, JSON refuses at the field Java names, with the same value;
 * the stand-ins a reader builds with always keep the rules.
 */
class TeamRulesProperties {

  private static final LocalizedText NAME = LocalizedText.of("招商一组", "Team 1");

  /**
   * A year key (or not), a metric (or an unknown one), and a task in units of its last place with
   * 0 to 2 decimals: around 0, so that zero, negative and fractional tasks come up often.
   */
  private static TheoryBuilder4<String, String, Integer, Integer> anyTask() {
    return qt().withExamples(1000).forAll(
        arbitrary().pick(List.of("2023", "2024", "23", "2024-06")),
        arbitrary().pick(List.of("signed-investment", "signed-projects", "major-projects",
            "started-projects", "activities", "signed-project")),
        integers().between(-300, 300), integers().between(0, 2));
  }

  @Test
  void javaBuildsATeamExactlyWhenJsonReadsItWithoutAProblem() {
    anyTask().checkAssert((year, metric, units, scale) -> {
      BigDecimal task = BigDecimal.valueOf(units, scale);
      InvalidArgumentException refused = null;
      RosterTeam built = null;
      try {
        built = RosterTeam.builder().id("team-1").name(NAME)
            .putTasks(year, Map.of(metric, task)).build();
      } catch (InvalidArgumentException e) {
        refused = e;
      }

      ObservationsJson.Reading reading = ObservationsJson.check(tree(year, metric, task), PLAN);
      assertThat(reading.fieldProblems()).isEmpty();

      if (built != null) {
        assertThat(reading.planProblems()).isEmpty();
        assertThat(reading.observations().orElseThrow().teams()).containsExactly(built);
      } else {
        assertThat(reading.observations()).isEmpty();
        Violation first = reading.planProblems().get(0);
        assertThat(first.path()).isEqualTo("/teams/0/" + refused.argument());
        assertThat(first.value()).hasValue(refused.value());
        assertThat(reading.planProblems()).extracting(Violation::path)
            .allMatch(p -> p.startsWith("/teams/0/tasks/"));
      }
    });
  }

  @Test
  void standInsKeepEveryRuleAndChangeNothingThatDoes() {
    anyTask().checkAssert((year, metric, units, scale) -> {
      Map<String, Map<String, BigDecimal>> tasks = Map.of(year,
          Map.of(metric, BigDecimal.valueOf(units, scale)));
      Checked<RosterTeam> checked = TeamRules.checked("team-1", NAME, List.of(), tasks);
      RosterTeam standIn = checked.value();

      assertThat(TeamRules.broken(standIn.id(), standIn.name(), standIn.tasks())).isEmpty();
      if (checked.isAsGiven()) {
        assertThat(standIn.tasks()).isEqualTo(tasks);
      }
    });
  }

  private static ObjectNode tree(String year, String metric, BigDecimal task) {
    ObjectNode body = PlanJson.mapper().createObjectNode();
    body.put("asOf", "2024-06-30");
    ObjectNode team = body.putArray("teams").addObject();
    team.put("id", "team-1");
    team.putObject("name").put("zh", NAME.zh()).put("en", NAME.en());
    team.putObject("tasks").putObject(year).put(metric, task);
    return body;
  }
}
