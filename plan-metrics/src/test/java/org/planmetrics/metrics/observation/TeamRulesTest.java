package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;

/**
 * A roster team holds to its own rules whichever way it is made: the builder refuses what the
 * readers report, naming the field, the rule and the value.
 */
class TeamRulesTest {

  private static final LocalizedText NAME = LocalizedText.of("招商一组", "Team 1");

  private static RosterTeam.Builder team() {
    return RosterTeam.builder().id("team-1").name(NAME);
  }

  private static RosterTeam.Builder tasks(String year, String metric, String task) {
    return team().putTasks(year, Map.of(metric, new BigDecimal(task)));
  }

  /** Asserts that building fails at {@code field} for {@code rule}, refusing {@code value}. */
  private static void assertRefused(RosterTeam.Builder team, String field, String rule,
      String value) {
    assertThatThrownBy(team::build).isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
      assertThat(e.argument()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(e.value()).isEqualTo(value);
    });
  }

  @Test
  void aBlankIdCannotBeBuilt() {
    assertRefused(team().id("  "), "id", "must not be blank", "  ");
    assertThatThrownBy(() -> team().id("").build()).hasMessage("'id' must not be blank but was ''");
  }

  @Test
  void aBlankNameInEitherLanguageCannotBeBuilt() {
    assertRefused(team().name(LocalizedText.of(" ", "Team 1")), "name/zh", "must not be blank",
        " ");
    assertRefused(team().name(LocalizedText.of("招商一组", "")), "name/en", "must not be blank", "");
  }

  @ParameterizedTest(name = "tasks for ''{0}''")
  @ValueSource(strings = {"23", "2023-06", "二〇二三", ""})
  void tasksForSomethingOtherThanAYearCannotBeBuilt(String year) {
    assertRefused(tasks(year, "signed-projects", "1"), "tasks/" + year, "must be a year YYYY",
        year);
  }

  @Test
  void aTaskForAnUnknownMetricCannotBeBuilt() {
    assertRefused(tasks("2023", "signed-project", "1"), "tasks/2023/signed-project",
        "must name a team metric, one of signed-investment, signed-projects, major-projects, "
            + "started-projects, activities", "signed-project");
  }

  @ParameterizedTest(name = "a task of {0}")
  @ValueSource(strings = {"0", "0.00", "-5", "-0.01"})
  void aTaskNotAboveZeroCannotBeBuilt(String task) {
    assertRefused(tasks("2023", "signed-investment", task), "tasks/2023/signed-investment",
        "must be above 0", task);
    assertThatThrownBy(() -> tasks("2023", "activities", task).build())
        .hasMessage("'tasks/2023/activities' must be above 0 but was " + task);
  }

  @Test
  void aFractionalCountCannotBeBuiltButAFractionalAmountCan() {
    assertRefused(tasks("2023", "signed-projects", "2.5"), "tasks/2023/signed-projects",
        "must be a whole number, as it counts projects or activities", "2.5");
    // Investment may be fractional (亿元); 3.00 projects are 3.
    assertThat(tasks("2023", "signed-investment", "12.5").build().tasks()).hasSize(1);
    assertThat(tasks("2023", "signed-projects", "3.00").build().tasks().get("2023"))
        .containsEntry("signed-projects", new BigDecimal("3.00"));
  }

  @Test
  void aChineseMessageNamesTheFieldTheRuleAndTheValue() {
    assertThatThrownBy(() -> tasks("2023", "major-projects", "0").build())
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> assertThat(
            e.messages().zh()).isEqualTo("'tasks/2023/major-projects'须大于0,实为0"));
  }

  @Test
  void aNullTaskIsRefusedByWhereItIs() {
    Map<String, BigDecimal> withNull = new LinkedHashMap<>();
    withNull.put("signed-projects", BigDecimal.ONE);
    withNull.put("started-projects", null);

    assertThatThrownBy(() -> team().putTasks("2023", withNull).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("'tasks/2023/started-projects' must not be null; leave it out instead");
  }

  @Test
  void everyRuleBrokenIsReportedAtItsFieldInTheWordsOfTheChecks() {
    Map<String, BigDecimal> tasks = new LinkedHashMap<>();
    tasks.put("signed-investment", new BigDecimal("-5"));
    tasks.put("signed-project", BigDecimal.ONE);
    tasks.put("signed-projects", new BigDecimal("2.5"));
    tasks.put("major-projects", BigDecimal.ONE);
    Map<String, Map<String, BigDecimal>> byYear = new LinkedHashMap<>();
    byYear.put("2023", tasks);
    byYear.put("23", Map.of("signed-projects", BigDecimal.ONE));

    Checked<RosterTeam> checked = TeamRules.checked(" ", LocalizedText.of("", "Team 1"),
        List.of("commerce-bureau"), byYear);

    assertThat(checked.violations("/teams/3"))
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(
            tuple("/teams/3/id", "blank", " "),
            tuple("/teams/3/name/zh", "blank", ""),
            tuple("/teams/3/tasks/2023/signed-investment", "not-positive", "-5"),
            tuple("/teams/3/tasks/2023/signed-project", "unknown-metric", "signed-project"),
            tuple("/teams/3/tasks/2023/signed-projects", "not-whole", "2.5"),
            tuple("/teams/3/tasks/23", "bad-period", "23"));
    assertThat(checked.violations("/teams/3")).extracting(Violation::message).contains(
        "a task's metric must be one of signed-investment, signed-projects, major-projects, "
            + "started-projects, activities but was 'signed-project'",
        "the task for 'signed-investment' must be above 0 but was -5; leave a metric out when "
            + "the team has no task for it");
    assertThat(checked.violations("/teams/3").get(1).messageZh())
        .hasValue("组团的'zh'(中文名称)不得为空,实为''");
    // The stand-in keeps what keeps the rules, for the checks of the rest.
    assertThat(checked.value().tasks()).containsOnlyKeys("2023");
    assertThat(checked.value().tasks().get("2023"))
        .containsExactly(entry("major-projects", BigDecimal.ONE));
    assertThat(checked.value().units()).containsExactly("commerce-bureau");
  }
}
