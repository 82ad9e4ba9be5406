package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.ProjectBreakdown;
import org.planmetrics.metrics.result.ProjectFunnel;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@code POST …/projects/funnel} and {@code POST …/projects/breakdown} over real HTTP: the
 * library's results with localized siblings, checked against the OpenAPI document, and the
 * refusal of a ledger whose dates run backwards.
 */
class ProjectReportsOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theSamplesFunnelAndBreakdownOverHttpEqualTheLibrarys(String lang) throws Exception {
    String sample = ApiCalls.sampleObservations();
    Assessor assessor = Assessor.of(BundledPlans.gongqingcheng2022());
    Observations observations = MAPPER.readValue(sample, Observations.class);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply funnel = postJson(client, PLAN + "/projects/funnel?lang=" + lang, sample);
          assertThat(funnel.status()).as("%s", funnel).isEqualTo(200);
          assertThat(MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(funnel.json()),
              ProjectFunnel.class)).isEqualTo(asAnswered(assessor.projectFunnel(observations), ProjectFunnel.class));
          assertThat(funnel.json().path("stalled").path(0).path("summaryText").asText())
              .isEqualTo(lang.equals("en")
                  ? "P-2022-01 Illustrative project A (not official data): not started 838 days "
                      + "after signing"
                  : "P-2022-01 Illustrative project A (not official data):签约后838天仍未开工");

          Reply breakdown = postJson(client, PLAN + "/projects/breakdown?lang=" + lang, sample);
          assertThat(breakdown.status()).as("%s", breakdown).isEqualTo(200);
          assertThat(MAPPER.treeToValue(
              ScorecardOverHttpTest.withoutTextMembers(breakdown.json()), ProjectBreakdown.class))
              .isEqualTo(asAnswered(assessor.projectBreakdown(observations),
                  ProjectBreakdown.class));
        });
  }

  @Test
  void theSamplesFunnelFigures() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode funnel = postJson(client, PLAN + "/projects/funnel", sample).json();
          assertThat(funnel.path("signed").asInt()).isEqualTo(13);
          assertThat(funnel.path("started").asInt()).isEqualTo(1);
          assertThat(funnel.path("medianDaysToStart").asInt()).isEqualTo(81);
          assertThat(funnel.has("medianDaysToProduce")).isFalse();
          assertThat(funnel.path("stalled")).hasSize(9);
          assertThat(funnel.path("rule").path("rationaleText").asText()).contains("180天");

          JsonNode breakdown = postJson(client, PLAN + "/projects/breakdown", sample).json();
          assertThat(breakdown.path("investment").decimalValue()).isEqualByComparingTo("691.5");
          JsonNode none = breakdown.path("byDirection").path(8);
          assertThat(none.has("id")).isFalse();
          assertThat(none.path("nameText").asText()).isEqualTo("未归入重点方向");
          assertThat(none.path("investment").decimalValue()).isEqualByComparingTo("283.5");
        });
  }

  @Test
  void aLedgerWhoseDatesRunBackwardsIsA422WithEachPointer() {
    String body = """
        {"asOf": "2024-06-30",
         "projects": [
           {"id": "A", "signedOn": "2023-05-10", "startedOn": "2023-05-01", "investment": 10},
           {"id": "B", "signedOn": "2023-05-10", "startedOn": "2023-06-01",
            "producingOn": "2023-05-31", "investment": 10}]}
        """;
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          JsonNode problem = assertProblem(postJson(client, PLAN + "/projects/funnel", body), 422,
              "invalid-observations");
          assertThat(problem.findValuesAsText("pointer"))
              .containsExactly("/projects/0/startedOn", "/projects/1/producingOn");
          assertThat(problem.findValuesAsText("rule")).containsOnly("date-order");
        });
  }
}
