package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.SELF;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.values;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;

/**
 * Observations hold to the rules of the whole whichever way they are made: the builder refuses
 * what the readers report (a key that is no period, a period or an id given twice, a team the
 * roster has not), naming the field, the rule and the value, and JSON still lists every rule
 * broken at once, with the checks of the plan.
 */
class ObservationRulesTest {

  private static final PeerFigures ONE = PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE);
  private static final String PERIOD_RULE = "must be a period, YYYY (full year) or YYYY-MM (year "
      + "to date, month 01-12)";

  private static RosterTeam team(String id) {
    return RosterTeam.builder().id(id).name(LocalizedText.of("招商组", "Team")).build();
  }

  /** Asserts that building fails at {@code field} for {@code rule}, refusing {@code value}. */
  private static void assertRefused(Observations.Builder observations, String field, String rule,
      String value) {
    assertThatThrownBy(observations::build)
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo(field);
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.value()).isEqualTo(value);
        });
  }

  @ParameterizedTest(name = "period key ''{0}''")
  @ValueSource(strings = {"2023-13", "2023-00", "2023-6", "23", "2023-1-1", "20231", "abcd", ""})
  void aKeyThatIsNoPeriodCannotBeBuilt(String key) {
    assertRefused(on("2023-06-30").putSeries(FDI, values(key, "1")), "series/" + FDI + "/" + key,
        PERIOD_RULE, key);
    assertRefused(on("2023-06-30").putPeers(key, Map.of(SELF, ONE)), "peers/" + key, PERIOD_RULE,
        key);
    assertRefused(on("2023-06-30").putRanks(key, PublishedRanks.of(1, 1, 13)), "ranks/" + key,
        PERIOD_RULE, key);
  }

  @Test
  void aKeyIsNamedAsAJsonPointerSegment() {
    assertThatThrownBy(() -> on("2023-06-30").putSeries("a/b", values("2023/06", "1")).build())
        .hasMessage("'series/a~1b/2023~106' " + PERIOD_RULE + " but was '2023/06'");
  }

  @Test
  void twoKeysForOnePeriodCannotBeBuilt() {
    assertRefused(on("2023-06-30").putRanks("2022", PublishedRanks.of(2, 5, 13))
        .putRanks("2022-12", PublishedRanks.of(6, 6, 13)), "ranks/2022-12",
        "must not be the same period (2022) as 'ranks/2022'", "2022-12");
    assertRefused(on("2023-06-30").putPeers("2022-12", Map.of(SELF, ONE))
        .putPeers("2022", Map.of(SELF, ONE)), "peers/2022",
        "must not be the same period (2022) as 'peers/2022-12'", "2022");
    assertThatThrownBy(() -> on("2023-06-30").putSeries(FDI, values("2022", "2.21", "2022-12",
        "2.3")).build()).isInstanceOf(InvalidArgumentException.class).hasMessage("'series/" + FDI
        + "/2022-12' must not be the same period (2022) as 'series/" + FDI + "/2022' but was "
        + "'2022-12'");
  }

  @Test
  void aYearToDateIsNotTheSamePeriodAsItsYear() {
    Observations o = on("2023-06-30")
        .putSeries(FDI, values("2022-06", "1", "2022", "2", "2022-11", "1.9"))
        .putRanks("2022-06", PublishedRanks.of(1, 1, 13))
        .putRanks("2022", PublishedRanks.of(1, 1, 13)).build();

    assertThat(o.series().get(FDI)).hasSize(3);
    assertThat(o.ranks()).hasSize(2);
  }

  @Test
  void anIdGivenTwiceCannotBeBuilt() {
    assertRefused(on("2023-06-30").addProjects(project("A", "2022-01-01", "1").build())
        .addProjects(project("B", "2022-01-01", "1").build())
        .addProjects(project("A", "2022-02-01", "2").build()), "projects/2/id",
        "must not repeat the id of 'projects/0'", "A");
    assertRefused(on("2023-06-30").addTeams(team("team-1"), team("team-1")), "teams/1/id",
        "must not repeat the id of 'teams/0'", "team-1");
  }

  @Test
  void aTeamTheRosterHasNotCannotBeNamed() {
    assertRefused(on("2023-06-30").addTeams(team("team-1"))
        .addProjects(project("A", "2022-01-01", "1").team("team-9").build()), "projects/0/team",
        "must name a team of 'teams'", "team-9");
    assertRefused(on("2023-06-30").addEvents(LoggedEvent.builder().kind("VISIT")
        .date(LocalDate.of(2023, 3, 1)).team("team-1").build()), "events/0/team",
        "must name a team of 'teams'", "team-1");
    assertThatThrownBy(() -> on("2023-06-30").addProjects(project("A", "2022-01-01", "1")
        .team("team-9").build()).build())
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> assertThat(
            e.messages().zh()).isEqualTo("'projects/0/team'须为'teams'(组团名单)中的组团,实为'team-9'"));
  }

  @Test
  void aBuilderFromAValueIsHeldToTheRulesToo() {
    Observations last = on("2023-06-30").putRanks("2022", PublishedRanks.of(2, 5, 13)).build();

    assertThatThrownBy(() -> Observations.builder().from(last)
        .putRanks("2022-12", PublishedRanks.of(2, 5, 13)).build())
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> last.withProjects(project("A", "2022-01-01", "1").build(),
        project("A", "2022-01-01", "1").build())).isInstanceOf(InvalidArgumentException.class);
  }

  private static ObservationRules.Parts everyRuleBroken() {
    return new ObservationRules.Parts(LocalDate.of(2023, 6, 30),
        Map.of(FDI, values("2021", "2.035", "2023-13", "1", "2022", "2.21", "2022-12", "2.3")),
        List.of(project("A", "2022-01-01", "1").team("team-1").build(),
            project("A", "2022-02-01", "2").team("team-9").build()),
        Map.of("2022-13", Map.of(SELF, ONE)),
        Map.of("2022", PublishedRanks.of(2, 5, 13)),
        List.of(LoggedEvent.builder().kind("VISIT").date(LocalDate.of(2023, 3, 1))
            .team("team-2").build()),
        List.of(team("team-1"), team("team-1")));
  }

  @Test
  void everyRuleBrokenIsReportedAtItsPointerInTheWordsOfTheChecks() {
    Checked<Observations> checked = ObservationRules.checked(everyRuleBroken());

    assertThat(checked.violations(""))
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(
            tuple("/series/" + FDI + "/2023-13", "bad-period", "2023-13"),
            tuple("/series/" + FDI + "/2022-12", "duplicate-period", "2022-12"),
            tuple("/projects/1/id", "duplicate-id", "A"),
            tuple("/peers/2022-13", "bad-period", "2022-13"),
            tuple("/teams/1/id", "duplicate-id", "team-1"),
            tuple("/projects/1/team", "unknown-team", "team-9"),
            tuple("/events/0/team", "unknown-team", "team-2"));
    assertThat(checked.violations("")).extracting(Violation::message).contains(
        "a period key must be YYYY (full year) or YYYY-MM (year to date, month 01-12) but was "
            + "'2023-13'",
        "'/series/" + FDI + "/2022-12' and '/series/" + FDI + "/2022' are the same period (2022); "
            + "give it once",
        "'id' must be unique but 'A' is also used at /projects/0",
        "'team' must name a team of 'teams' but was 'team-9'");
    assertThat(checked.violations("").get(2).messageZh())
        .hasValue("'id'(编号)须唯一,但'A'在/projects/0已使用");
  }

  @Test
  void standInsLeaveOutOrReplaceWhatBreaksARuleAndKeepTheRest() {
    Observations standIn = ObservationRules.checked(everyRuleBroken()).value();

    assertThat(standIn.series().get(FDI)).containsOnlyKeys("2021", "2022");
    assertThat(standIn.peers()).isEmpty();
    assertThat(standIn.ranks()).containsOnlyKeys("2022");
    assertThat(standIn.projects()).extracting(LedgerProject::id)
        .containsExactly("A", "/projects/1/id");
    assertThat(standIn.projects().get(0).team()).hasValue("team-1");
    assertThat(standIn.projects().get(1).team()).isEmpty();
    assertThat(standIn.events().get(0).team()).isEmpty();
    assertThat(standIn.teams()).extracting(RosterTeam::id)
        .containsExactly("team-1", "/teams/1/id");
    assertThat(ObservationRules.broken(new ObservationRules.Parts(standIn.asOf(),
        standIn.series(), standIn.projects(), standIn.peers(), standIn.ranks(), standIn.events(),
        standIn.teams()))).isEmpty();
  }

  @Test
  void aStandInIdIsUniqueEvenAgainstACallersOwnIds() {
    Observations standIn = ObservationRules.checked(new ObservationRules.Parts(
        LocalDate.of(2023, 6, 30), Map.of(), List.of(project("/projects/2/id", "2022-01-01", "1")
            .build(), project("A", "2022-01-01", "1").build(), project("A", "2022-01-01", "1")
            .build()), Map.of(), Map.of(), List.of(), List.of())).value();

    assertThat(standIn.projects()).extracting(LedgerProject::id)
        .containsExactly("/projects/2/id", "A", "/projects/2/id~");
  }

  @Test
  void jsonListsEveryRuleOfTheWholeAtOnceThenTheChecksOfThePlan() throws Exception {
    ObjectNode body = (ObjectNode) PlanJson.mapper().readTree("""
        {"asOf": "2023-06-30",
         "series": {"foreign-capital-utilized": {"2022": 2.21, "2022-12": 2.3, "2023-13": 1}},
         "projects": [{"id": "A", "signedOn": "2022-01-01", "investment": 1, "team": "team-9"},
                      {"id": "A", "signedOn": "2022-01-01", "investment": 1,
                       "direction": "space-industry"}],
         "ranks": {"2022": {"totalRank": 2, "growthRank": 5, "peerCount": 13},
                   "2022-12": {"totalRank": 14, "growthRank": 5, "peerCount": 13}},
         "teams": [{"id": "team-1", "name": {"zh": "招商一组", "en": "Team 1"}},
                   {"id": "team-1", "name": {"zh": "招商二组", "en": "Team 2"}}]}
        """);

    ObservationsJson.Reading reading = ObservationsJson.check(body, PLAN);

    assertThat(reading.fieldProblems()).isEmpty();
    assertThat(reading.observations()).isEmpty();
    assertThat(reading.planProblems()).extracting(Violation::path, Violation::rule)
        .containsExactly(
            // The ranks' own rule first, as JSON is read; then those of the whole.
            tuple("/ranks/2022-12/totalRank", "bad-rank"),
            tuple("/series/foreign-capital-utilized/2022-12", "duplicate-period"),
            tuple("/series/foreign-capital-utilized/2023-13", "bad-period"),
            tuple("/projects/1/id", "duplicate-id"),
            tuple("/ranks/2022-12", "duplicate-period"),
            tuple("/teams/1/id", "duplicate-id"),
            tuple("/projects/0/team", "unknown-team"),
            // Then the plan's checks, still made on the rest.
            tuple("/projects/1/direction", "unknown-direction"));
  }
}
