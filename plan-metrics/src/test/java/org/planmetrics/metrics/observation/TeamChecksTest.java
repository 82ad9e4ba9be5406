package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/** The team checks of {@link ObservationChecks}: every problem listed, each with its pointer. */
class TeamChecksTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void aRosterWithEveryKindOfMistakeIsReportedInFull() {
    Map<String, BigDecimal> tasks = new LinkedHashMap<>();
    tasks.put("signed-investment", new BigDecimal("-5"));
    tasks.put("signed-project", BigDecimal.ONE);
    tasks.put("major-projects", BigDecimal.ZERO);
    tasks.put("started-projects", null);
    tasks.put("activities", new BigDecimal("12"));
    Observations observations = Observations.builder()
        .asOf(LocalDate.of(2023, 6, 30))
        .addTeams(RosterTeam.builder().id("team-1").name(LocalizedText.of("招商一组", "Team 1"))
            .addUnits("commerce-bureau", "trade-office")
            .putTasks("2023", tasks)
            .putTasks("23", Map.of("signed-projects", BigDecimal.ONE))
            .build())
        .addTeams(RosterTeam.builder().id("team-1").name(LocalizedText.of("重复", "Again"))
            .build())
        .addProjects(LedgerProject.builder().id("P1").signedOn(LocalDate.of(2023, 2, 1))
            .investment(BigDecimal.TEN).team("team-9").direction("emerging-industries").build())
        .addProjects(LedgerProject.builder().id("P2").signedOn(LocalDate.of(2023, 2, 1))
            .investment(BigDecimal.TEN).team("team-1").direction("space-industry").build())
        .addEvents(LoggedEvent.builder().kind("TEAM_MEETING").date(LocalDate.of(2023, 3, 1))
            .team("team-2").build())
        .addEvents(LoggedEvent.builder().kind("VISITS").date(LocalDate.of(2023, 3, 2))
            .team("team-1").build())
        .build();

    assertThat(ObservationChecks.violations(observations, PLAN))
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(
            // The event kinds are checked before the team checks; an activity kind needs no
            // cadence, but an unknown one is refused as before.
            tuple("/events/1/kind", "unknown-event-kind", "VISITS"),
            tuple("/teams/0/units/1", "unknown-unit", "trade-office"),
            tuple("/teams/0/tasks/2023/signed-investment", "not-positive", "-5"),
            tuple("/teams/0/tasks/2023/signed-project", "unknown-metric", "signed-project"),
            tuple("/teams/0/tasks/2023/major-projects", "not-positive", "0"),
            tuple("/teams/0/tasks/2023/started-projects", "missing-value", null),
            tuple("/teams/0/tasks/23", "bad-period", "23"),
            tuple("/teams/1/id", "duplicate-id", "team-1"),
            tuple("/projects/0/team", "unknown-team", "team-9"),
            tuple("/projects/1/direction", "unknown-direction", "space-industry"),
            tuple("/events/0/team", "unknown-team", "team-2"));
  }

  @Test
  void blankIdsAndNamesAndFractionalCountsAreRefused() {
    Observations observations = Observations.builder()
        .asOf(LocalDate.of(2023, 6, 30))
        .addTeams(RosterTeam.builder().id("  ").name(LocalizedText.of("", " "))
            // Investment may be fractional (亿元); a number of projects may not.
            .putTasks("2023", Map.of("signed-investment", new BigDecimal("12.5")))
            .build())
        .addTeams(RosterTeam.builder().id("team-2").name(LocalizedText.of("招商二组", "Team 2"))
            .putTasks("2023", Map.of("signed-projects", new BigDecimal("2.5")))
            .putTasks("2024", Map.of("signed-projects", new BigDecimal("3.00")))
            .build())
        .build();

    assertThat(ObservationChecks.violations(observations, PLAN))
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(
            tuple("/teams/0/id", "blank", "  "),
            tuple("/teams/0/name/zh", "blank", ""),
            tuple("/teams/0/name/en", "blank", " "),
            tuple("/teams/1/tasks/2023/signed-projects", "not-whole", "2.5"));
  }

  @Test
  void theMessagesSayWhatIsAllowedAndWhatWasFound() {
    Observations observations = Observations.builder()
        .asOf(LocalDate.of(2023, 6, 30))
        .addTeams(RosterTeam.builder().id("team-1").name(LocalizedText.of("招商一组", "Team 1"))
            .putTasks("2023", Map.of("signed-project", BigDecimal.ONE,
                "signed-investment", BigDecimal.ZERO))
            .build())
        .build();

    assertThat(ObservationChecks.violations(observations, PLAN)).extracting(Violation::message)
        .containsExactlyInAnyOrder(
            "a task's metric must be one of signed-investment, signed-projects, major-projects, "
                + "started-projects, activities but was 'signed-project'",
            "the task for 'signed-investment' must be above 0 but was 0; leave a metric out when "
                + "the team has no task for it");
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
