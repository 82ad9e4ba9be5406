package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.QuarterlyTeamReview;
import org.planmetrics.metrics.result.WeeklyTeamReport;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@code POST …/teams/weekly?week=} and {@code POST …/teams/quarterly?quarter=} over real HTTP:
 * the library's reports, checked against the OpenAPI document, and their refusals.
 */
class TeamReportsOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  @Test
  void theWeekAndTheQuarterOverHttpEqualTheLibrarys() throws Exception {
    String sample = ApiCalls.sampleObservations();
    Assessor assessor = Assessor.of(BundledPlans.gongqingcheng2022());
    Observations observations = MAPPER.readValue(sample, Observations.class);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply week = postJson(client, PLAN + "/teams/weekly?week=2024-W16", sample);
          assertThat(week.status()).as("%s", week).isEqualTo(200);
          assertThat(MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(week.json()),
              WeeklyTeamReport.class))
              .isEqualTo(asAnswered(assessor.weeklyTeamReport(observations, 2024, 16),
                  WeeklyTeamReport.class));
          assertThat(week.json().path("teams").path(0).path("summaryText").asText())
              .startsWith("招商一组(示例)本周开展招商活动1次(项目洽谈1次),新签约项目1个、投资额45.00亿元");

          Reply quarter = postJson(client, PLAN + "/teams/quarterly?quarter=2024-Q2&lang=en",
              sample);
          assertThat(quarter.status()).as("%s", quarter).isEqualTo(200);
          assertThat(MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(quarter.json()),
              QuarterlyTeamReview.class))
              .isEqualTo(asAnswered(assessor.quarterlyTeamReview(observations, 2024, 2),
                  QuarterlyTeamReview.class));
          JsonNode team1 = quarter.json().path("teams").path(0);
          assertThat(team1.findValuesAsText("status"))
              .containsExactly("BEHIND", "ON_TRACK", "ON_TRACK", "BEHIND");
          assertThat(team1.path("summaryText").asText()).startsWith(
              "Team 1 (illustrative), 2024 Q2: signed investment at 26.5% of the annual task, "
                  + "behind;");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "teams/weekly, week",
      "teams/weekly?week=2024-16, week",
      "teams/weekly?week=2024-W1, week",
      "teams/weekly?week=2024-W53, week",
      "teams/weekly?week=2024-W00, week",
      "teams/quarterly, quarter",
      "teams/quarterly?quarter=2024-Q5, quarter",
      "teams/quarterly?quarter=2024Q2, quarter"})
  void aMissingOrMalformedPeriodIsA400NamingIt(String path, String parameter) throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> assertProblemAt(postJson(client, PLAN + "/" + path, sample), 400,
            "bad-parameter", "/query/" + parameter));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"teams/weekly?week=2024-W27, 2024-07-07", "teams/quarterly?quarter=2024-Q3, 2024-09-30"})
  void aPeriodNotOverByTheBodysDateIsA422AtAsOf(String path, String end) throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode error = assertProblemAt(postJson(client, PLAN + "/" + path, sample), 422,
              "invalid-observations", "/asOf");
          assertThat(error.path("rule").asText()).isEqualTo("period-not-over");
          assertThat(error.path("message").asText()).contains(end, "2024-06-30");
        });
  }
}
