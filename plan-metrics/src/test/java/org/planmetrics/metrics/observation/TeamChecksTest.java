package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The team checks of {@link ObservationChecks}, and of the teams' own rules as JSON reads them:
 * every problem listed, each with its pointer.
 */
class TeamChecksTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void aRosterWithEveryKindOfMistakeIsReportedInFull() throws Exception {
    // A team's own rules are checked before it is built (TeamRules), and the roster's with the
    // observations (ObservationRules), so the mistakes go through JSON: every one is listed, the
    // team's own first, then the roster's, then those the plan shows.
    ObjectNode body = (ObjectNode) PlanJson.mapper().readTree("""
        {"asOf": "2023-06-30",
         "teams": [{"id": "team-1", "name": {"zh": "招商一组", "en": "Team 1"},
                    "units": ["commerce-bureau", "trade-office"],
                    "tasks": {"2023": {"signed-investment": -5, "signed-project": 1,
                                       "major-projects": 0, "activities": 12},
                              "23": {"signed-projects": 1}}},
                   {"id": "team-1", "name": {"zh": "重复", "en": "Again"}}],
         "projects": [{"id": "P1", "signedOn": "2023-02-01", "investment": 10,
                       "team": "team-9", "direction": "emerging-industries"},
                      {"id": "P2", "signedOn": "2023-02-01", "investment": 10,
                       "team": "team-1", "direction": "space-industry"}],
         "events": [{"kind": "TEAM_MEETING", "date": "2023-03-01", "team": "team-2"},
                    {"kind": "VISITS", "date": "2023-03-02", "team": "team-1"}]}
        """);

    ObservationsJson.Reading reading = ObservationsJson.check(body, PLAN);

    assertThat(reading.fieldProblems()).isEmpty();
    assertThat(reading.planProblems())
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(
            tuple("/teams/0/tasks/2023/signed-investment", "not-positive", "-5"),
            tuple("/teams/0/tasks/2023/signed-project", "unknown-metric", "signed-project"),
            tuple("/teams/0/tasks/2023/major-projects", "not-positive", "0"),
            tuple("/teams/0/tasks/23", "bad-period", "23"),
            // The rules of the whole: ids given twice, teams the roster has not.
            tuple("/teams/1/id", "duplicate-id", "team-1"),
            tuple("/projects/0/team", "unknown-team", "team-9"),
            tuple("/events/0/team", "unknown-team", "team-2"),
            // The event kinds are checked before the team checks; an activity kind needs no
            // cadence, but an unknown one is refused as before.
            tuple("/events/1/kind", "unknown-event-kind", "VISITS"),
            tuple("/teams/0/units/1", "unknown-unit", "trade-office"),
            tuple("/projects/1/direction", "unknown-direction", "space-industry"));
  }

  @Test
  void aCorrectRosterWithItsProjectsAndEventsHasNoViolations() throws Exception {
    String json = """
        {"asOf": "2023-06-30",
         "teams": [{"id": "team-1", "name": {"zh": "招商一组", "en": "Team 1"},
                    "units": ["commerce-bureau", "htz-investment-service-bureau"],
                    "tasks": {"2023": {"signed-investment": 50, "signed-projects": 4,
                                       "major-projects": 1, "started-projects": 2}}}],
         "projects": [{"id": "P1", "signedOn": "2023-02-01", "investment": 25,
                       "team": "team-1", "direction": "emerging-industries"}],
         "events": [{"kind": "TEAM_MEETING", "date": "2023-03-01", "team": "team-1"},
                    {"kind": "VISIT", "date": "2023-03-02", "team": "team-1"},
                    {"kind": "PROMOTION_EVENT", "date": "2023-03-09"}]}
        """;

    Observations observations = PlanJson.mapper().readValue(json, Observations.class);

    assertThat(ObservationChecks.violations(observations, PLAN)).isEmpty();
    assertThat(observations.teams().get(0).tasks().get("2023"))
        .containsEntry("major-projects", BigDecimal.ONE);
    assertThat(observations.projects().get(0).team()).hasValue("team-1");
    assertThat(observations.events().get(0).team()).hasValue("team-1");
  }

  @Test
  void aTaskMapPassedInIsCopiedSoChangingItLaterChangesNothing() {
    Map<String, BigDecimal> tasks = new LinkedHashMap<>();
    tasks.put("signed-projects", BigDecimal.ONE);
    RosterTeam team = RosterTeam.builder().id("t").name(LocalizedText.of("甲", "A"))
        .putTasks("2023", tasks).build();

    tasks.put("signed-projects", BigDecimal.TEN);

    assertThat(team.tasks().get("2023")).containsEntry("signed-projects", BigDecimal.ONE);
  }
}
