package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@code POST /api/v1/plans/{planId}/teams/ranking?month=} over real HTTP: the library's ranking
 * with localized siblings, the sample's June 2024 figures, and every refusal as a problem. Every
 * reply is also checked against the OpenAPI document ({@link ApiCalls#check}).
 */
class TeamRankingOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();
  private static final String RANKING = PLAN + "/teams/ranking";

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theSamplesJuneRankingOverHttpEqualsTheLibrarys(String lang) throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = postJson(client, RANKING + "?month=2024-06&lang=" + lang, sample);
          assertThat(reply.status()).as("%s", reply).isEqualTo(200);
          assertThat(reply.header("Content-Language")).isEqualTo(lang);
          TeamRanking overHttp = MAPPER.treeToValue(
              ScorecardOverHttpTest.withoutTextMembers(reply.json()), TeamRanking.class);
          TeamRanking library = Assessor.of(BundledPlans.gongqingcheng2022())
              .teamRanking(MAPPER.readValue(sample, Observations.class), YearMonth.of(2024, 6));
          assertThat(overHttp).isEqualTo(asAnswered(library, TeamRanking.class));
          JsonNode first = reply.json().path("teams").path(0);
          assertThat(first.path("summaryText").asText()).isEqualTo(
              library.teams().get(0).summary().in(org.planmetrics.model.Language.of(
                  java.util.Locale.forLanguageTag(lang))));
        });
  }

  @Test
  void theSamplesJuneRankingIsTheOneWorkedOutInItsReadme() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode ranking = postJson(client, RANKING + "?month=2024-06", sample).json();

          // Time progress 6/12. The "100·50" team signed 150 of 150 亿元 and 1 of 1 major
          // project: 100%. Team 2: 28/60, 1/2, 1/1 → (0.4667 + 0.5 + 1) ÷ 3 = 65.6%. Team 1:
          // 53/200, 2/3, 1/2, 0/1 → (0.265 + 0.6667 + 0.5 + 0) ÷ 4 = 35.8%. The legal team has
          // no tasks.
          assertThat(ranking.path("timeProgress").decimalValue()).isEqualByComparingTo("0.5");
          assertThat(ranking.findValuesAsText("team")).containsExactly(
              "project-team-100-50", "team-2", "team-1", "legal-team");
          assertThat(ranking.path("teams").path(1).path("summaryText").asText()).isEqualTo(
              "招商二组(示例)综合完成率65.6%,排名第2。签约额完成年度任务的46.7%,落后序时进度3.3个百分点,"
                  + "排名第2;签约项目数完成年度任务的50.0%,与序时进度持平,排名第2;重大项目数完成年度任务的"
                  + "100.0%,超序时进度50.0个百分点,排名第1。");
          // (0.265 + 2/3 + 0.5 + 0) ÷ 4 = 0.3579166…, answered to 12 decimal places.
          assertThat(ranking.path("teams").path(2).path("score").decimalValue())
              .isEqualByComparingTo("0.357916666667");
          assertThat(ranking.path("teams").path(3).path("unrankedText").asText())
              .isEqualTo("2024年未下达任务");
          assertThat(ranking.path("rule").path("rationaleText").asText())
              .contains("未给出排位方法");
        });
  }

  @Test
  void aRepeatedRequestIsAnsweredFromTheCacheAndAnotherMonthIsNot() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply first = postJson(client, RANKING + "?month=2024-05", sample);
          Reply again = postJson(client, RANKING + "?month=2024-05", sample);
          Reply june = postJson(client, RANKING + "?month=2024-06", sample);

          assertThat(first.header("Cache-Status")).isEqualTo("plan-api; fwd=miss; stored");
          assertThat(again.header("Cache-Status")).isEqualTo("plan-api; hit");
          assertThat(again.body()).isEqualTo(first.body());
          assertThat(june.header("Cache-Status")).startsWith("plan-api; fwd=miss");
          assertThat(june.json().path("month").asText()).isEqualTo("2024-06");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?month=", "?month=2024-6", "?month=2024-13", "?month=June",
      "?month=2024-06-01"})
  void aMissingOrMalformedMonthIsA400NamingTheParameter(String query) throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode error = assertProblemAt(postJson(client, RANKING + query, sample), 400,
              "bad-parameter", "/query/month");
          assertThat(error.path("message").asText()).contains("'month'", "YYYY-MM");
        });
  }

  @Test
  void aMonthNotOverByTheBodysDateIsA422AtAsOf() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode error = assertProblemAt(postJson(client, RANKING + "?month=2024-07", sample),
              422, "invalid-observations", "/asOf");
          assertThat(error.path("rule").asText()).isEqualTo("period-not-over");
          assertThat(error.path("message").asText()).contains("2024-07-31", "2024-06-30");
        });
  }

  @Test
  void everyTeamMistakeInTheBodyIsListedWithItsPointer() {
    String body = """
        {"asOf": "2023-06-30",
         "teams": [{"id": "team-1", "name": {"zh": "招商一组", "en": "Team 1"},
                    "units": ["trade-office"],
                    "tasks": {"2023": {"signed-investment": -1, "signed-project": 4}}}],
         "projects": [{"id": "P1", "signedOn": "2023-02-01", "investment": 5,
                       "team": "team-9", "direction": "space"}],
         "events": [{"kind": "VISIT", "date": "2023-03-01", "team": "team-2"}]}
        """;
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = postJson(client, RANKING + "?month=2023-05", body);
          JsonNode problem = assertProblem(reply, 422, "invalid-observations");
          // The team's own rules first (TeamRules), then the roster's (ObservationRules), then
          // the checks against the plan.
          assertThat(problem.findValuesAsText("pointer")).containsExactly(
              "/teams/0/tasks/2023/signed-investment", "/teams/0/tasks/2023/signed-project",
              "/projects/0/team", "/events/0/team", "/teams/0/units/0",
              "/projects/0/direction");
        });
  }

  @Test
  void anUnknownPlanIsA404() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> assertProblem(postJson(client,
            "/api/v1/plans/no-such-plan/teams/ranking?month=2024-06", sample), 404, "not-found"));
  }

  @Test
  void aRosterOfMoreThan500TeamsIsA413BeforeAnyWork() {
    StringBuilder teams = new StringBuilder();
    for (int i = 0; i <= ObservationsReader.MAX_TEAMS; i++) {
      teams.append(i == 0 ? "" : ",").append("{\"id\":\"t").append(i)
          .append("\",\"name\":{\"zh\":\"组\",\"en\":\"T\"}}");
    }
    String body = "{\"asOf\":\"2024-06-30\",\"teams\":[" + teams + "]}";
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode error = assertProblemAt(postJson(client, RANKING + "?month=2024-05", body),
              413, "too-many-items", "/teams");
          assertThat(error.path("message").asText()).contains("500", "501");
        });
  }
}
