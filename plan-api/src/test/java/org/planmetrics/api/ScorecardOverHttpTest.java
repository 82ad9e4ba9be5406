package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.exampleObservations;
import static org.planmetrics.api.ApiCalls.postJson;
import static org.planmetrics.api.ApiCalls.sampleObservations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.json.PlanJson;

/**
 * What the API returns is the library's result: the response, less the "...Text" members the
 * localization adds, reads back as an equal {@link Scorecard} or {@link Assessment}.
 */
class ScorecardOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  /** A second input, with a window year still to come and other figures than the sample. */
  private static final String OTHER_OBSERVATIONS = """
      {"asOf": "2024-03-31",
       "series": {
         "foreign-capital-utilized": {"2021": 2.035, "2022": 2.5, "2023": 2.6, "2024-03": 0.7},
         "cash-fdi": {"2021": 0.165, "2022": 0.2, "2023": 0.19},
         "out-of-province-capital": {"2021": 83.55, "2022": 95.1, "2023": 101.0}},
       "projects": [
         {"id": "A", "signedOn": "2022-03-01", "investment": 105, "industrial": true,
          "leadingIndustry": true, "investorTypes": ["FORTUNE_GLOBAL_500"]},
         {"id": "B", "signedOn": "2023-07-15", "investment": 55.5, "industrial": true,
          "strategicEmerging": true, "investorTypes": []},
         {"id": "C", "signedOn": "2023-11-02", "investment": 21, "industrial": false}],
       "ranks": {"2023": {"totalRank": 1, "growthRank": 3, "peerCount": 13}},
       "events": [{"kind": "TEAM_MEETING", "date": "2023-01-10"},
                  {"kind": "WEEKLY_BULLETIN", "date": "2023-02-03"}]}
      """;

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void scorecardPostedOverHttpEqualsTheLibrarysScorecard(String lang) {
    for (String input : List.of(exampleObservations(), OTHER_OBSERVATIONS)) {
      JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
          (server, client) -> {
            Reply reply = postJson(client, SCORECARD + "?lang=" + lang, input);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            JsonNode tree = reply.json();
            assertThat(tree.findValues("explanationText")).isNotEmpty();
            Scorecard overHttp = MAPPER.treeToValue(withoutTextMembers(tree), Scorecard.class);

            Observations observations = MAPPER.readValue(input, Observations.class);
            Scorecard library = Assessor.of(BundledPlans.gongqingcheng2022())
                .scorecard(observations);
            assertThat(overHttp).isEqualTo(asAnswered(library, Scorecard.class));
          });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fdi-cumulative", "out-of-province-capital-growth",
      "open-economy-first-tier", "tier-50-20-cumulative", "leading-industry-share"})
  void assessmentPostedOverHttpEqualsTheLibrarysAssessment(String targetId) {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          String input = exampleObservations();
          Reply reply = postJson(client, PLAN + "/targets/" + targetId + "/assessment", input,
              "Accept-Language", "en");
          assertThat(reply.status()).as("%s", reply).isEqualTo(200);
          Assessment overHttp = MAPPER.treeToValue(withoutTextMembers(reply.json()),
              Assessment.class);

          Observations observations = MAPPER.readValue(input, Observations.class);
          Assessment library = Assessor.of(BundledPlans.gongqingcheng2022())
              .assess(targetId, observations).orElseThrow();
          assertThat(overHttp).isEqualTo(asAnswered(library, Assessment.class));
        });
  }

  /**
   * {@code ?asOf=} stands in for the body's date, as the tool's {@code --as-of} does: the answer
   * is the library's scorecard of the same observations at that date, and is cached apart from
   * the answer at the body's own date.
   */
  @Test
  void asOfInTheQueryStandsInForTheBodysDate() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          String input = sampleObservations();
          Observations observations = MAPPER.readValue(input, Observations.class);
          LocalDate earlier = LocalDate.parse("2023-12-31");
          assertThat(observations.asOf()).isNotEqualTo(earlier);

          Reply atBodysDate = postJson(client, SCORECARD, input);
          Reply atEarlier = postJson(client, SCORECARD + "?asOf=2023-12-31", input);
          assertThat(atEarlier.status()).as("%s", atEarlier).isEqualTo(200);
          assertThat(atEarlier.json().path("asOf").asText()).isEqualTo("2023-12-31");
          Scorecard overHttp = MAPPER.treeToValue(withoutTextMembers(atEarlier.json()),
              Scorecard.class);
          assertThat(overHttp).isEqualTo(asAnswered(Assessor.of(BundledPlans.gongqingcheng2022())
              .scorecard(observations.withAsOf(earlier)), Scorecard.class));
          assertThat(atEarlier.json()).isNotEqualTo(atBodysDate.json());
          assertThat(atBodysDate.json().path("asOf").asText())
              .isEqualTo(observations.asOf().toString());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"asOf=2024-13-01", "asOf=", "asOf=30/06/2024", "asOf=0000-01-01",
      "asOf=2024-06-30&asOf=2024-03-31"})
  void aBadAsOfInTheQueryIsRefusedNamingTheParameter(String query) {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = postJson(client, SCORECARD + "?" + query, exampleObservations());
          JsonNode problem = ApiCalls.assertProblem(reply, 400, "bad-parameter");
          assertThat(problem.toString()).contains("asOf");
        });
  }

  /** A copy of {@code node} without any member whose name ends in "Text". */
  static JsonNode withoutTextMembers(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (name.endsWith("Text")) {
          object.remove(name);
        } else {
          strip(object.get(name));
        }
      }
    } else if (node.isArray()) {
      node.forEach(ScorecardOverHttpTest::strip);
    }
  }
}
