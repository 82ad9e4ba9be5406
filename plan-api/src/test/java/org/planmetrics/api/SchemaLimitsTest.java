package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * The limits the OpenAPI document states and the limits the server keeps are the same, checked at
 * each limit: a request at the limit is accepted, one beyond it is refused with the documented
 * status. The numbers are read from the document, so a limit changed on one side only fails here.
 */
class SchemaLimitsTest {

  private static final String OBSERVATIONS = "/components/schemas/Observations";
  private static final String FUNNEL = PLAN + "/projects/funnel";

  private static JsonNode document() {
    return OpenApiContract.load().document();
  }

  private static int maxItems(String member) {
    JsonNode max = document().at(OBSERVATIONS + "/properties/" + member + "/maxItems");
    assertThat(max.isInt()).as("maxItems of %s", member).isTrue();
    return max.asInt();
  }

  @Test
  void theDocumentsMaxItemsAreTheServersDefaults() {
    assertThat(maxItems("projects")).isEqualTo(ServerSettings.defaults().maxProjects());
    assertThat(maxItems("events")).isEqualTo(ServerSettings.defaults().maxEvents());
    assertThat(maxItems("teams")).isEqualTo(ObservationsReader.MAX_TEAMS);
  }

  @Test
  void projectsEventsAndTeamsAreAcceptedUpToMaxItemsAndRefusedBeyond() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withResponseCacheBytes(0)), (server, client) -> {
          assertAtLimit(client, "projects", i -> "{\"id\":\"P" + i
              + "\",\"signedOn\":\"2022-01-01\",\"investment\":1}");
          assertAtLimit(client, "events", i -> "{\"kind\":\"TEAM_MEETING\",\"date\":\"2022-01-10\"}");
          assertAtLimit(client, "teams", i -> "{\"id\":\"t" + i
              + "\",\"name\":{\"zh\":\"组\",\"en\":\"T\"}}");
        });
  }

  private static void assertAtLimit(io.javalin.testtools.HttpClient client, String member,
      IntFunction<String> item) {
    int limit = maxItems(member);
    Reply at = postJson(client, FUNNEL, body(member, limit, item));
    assertThat(at.status()).as("%d %s: %s", limit, member, at).isEqualTo(200);
    Reply beyond = postJson(client, FUNNEL, body(member, limit + 1, item));
    assertProblemAt(beyond, 413, "too-many-items", "/" + member);
  }

  private static String body(String member, int count, IntFunction<String> item) {
    StringBuilder body = new StringBuilder("{\"asOf\":\"2023-06-30\",\"" + member + "\":[");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",").append(item.apply(i));
    }
    return body.append("]}").toString();
  }

  @Test
  void aBodysNumbersAreAcceptedUpToTheDocumentedExponentAndRefusedBeyond() {
    String limits = document().at(OBSERVATIONS + "/description").asText();
    assertThat(limits).contains("`1e40` and `1e-40` are accepted", "`1e41`, `1e-41`");
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String accepted : new String[] {"1e40", "1e-40", "1" + "0".repeat(39)}) {
            Reply reply = postJson(client, ApiCalls.SCORECARD, series(accepted));
            assertThat(reply.status()).as("%s: %s", accepted, reply).isEqualTo(200);
          }
          for (String refused : new String[] {"1e41", "1e-41", "1.5e-40", "1" + "0".repeat(40)}) {
            assertProblemAt(postJson(client, ApiCalls.SCORECARD, series(refused)), 400,
                "invalid-body", "/series/foreign-capital-utilized/2022");
          }
        });
  }

  private static String series(String number) {
    return "{\"asOf\":\"2023-06-30\",\"series\":{\"foreign-capital-utilized\":{\"2022\":" + number
        + "}}}";
  }

  @Test
  void theCalculatorsWholeNumbersAreAcceptedAtTheirDocumentedBoundsAndRefusedBeyond() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          String growth = "/api/v1/calculators/required-growth?base=1&total=10&years=";
          int maxYears = schema("required-growth", "years").path("maximum").asInt();
          int minYears = schema("required-growth", "years").path("minimum").asInt();
          assertThat(get(client, growth + maxYears).status()).isEqualTo(200);
          assertThat(get(client, growth + minYears).status()).isEqualTo(200);
          assertProblemAt(get(client, growth + (maxYears + 1)), 400, "bad-parameter",
              "/query/years");
          assertProblemAt(get(client, growth + (minYears - 1)), 400, "bad-parameter",
              "/query/years");

          int maxTotal = schema("time-progress", "monthsTotal").path("maximum").asInt();
          String progress = "/api/v1/calculators/time-progress?actual=1&target=2";
          assertThat(get(client, progress + "&monthsElapsed=" + maxTotal + "&monthsTotal="
              + maxTotal).status()).isEqualTo(200);
          assertProblemAt(get(client, progress + "&monthsElapsed=0&monthsTotal="
              + (maxTotal + 1)), 400, "bad-parameter", "/query/monthsTotal");
          // monthsElapsed goes up to monthsTotal, as its description says.
          assertThat(schema("time-progress", "monthsElapsed").path("maximum").asInt())
              .isEqualTo(maxTotal);
          assertThat(parameter("time-progress", "monthsElapsed").path("description").asText())
              .contains("more than monthsTotal is refused with 400 `bad-parameter`");
          assertThat(get(client, progress + "&monthsElapsed=12&monthsTotal=12").status())
              .isEqualTo(200);
          assertProblemAt(get(client, progress + "&monthsElapsed=13&monthsTotal=12"), 400,
              "bad-parameter", "/query/monthsElapsed");
        });
  }

  @Test
  void theCalculatorsDecimalsAreAcceptedAtTheirDocumentedLengthAndExponentAndRefusedBeyond() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (JsonNode parameter : document().at(parameters("implied-base"))) {
            if (parameter.path("schema").path("type").asText().equals("number")) {
              assertThat(parameter.path("description").asText()).contains("At most 50 "
                  + "characters, with an exponent within ±40: `1e40` is accepted, `1e41` refused");
            }
          }
          String base = "/api/v1/calculators/implied-base?rate=0.1&years=3&total=";
          assertThat(get(client, base + "1e40").status()).isEqualTo(200);
          assertProblemAt(get(client, base + "1e41"), 400, "bad-parameter", "/query/total");
          String fifty = "1" + "0".repeat(49);
          assertThat(get(client, base + fifty).status()).isEqualTo(200);
          assertProblemAt(get(client, base + fifty + "0"), 400, "bad-parameter", "/query/total");
        });
  }

  private static String parameters(String calculator) {
    return "/paths/" + OpenApiContract.escape("/api/v1/calculators/" + calculator)
        + "/get/parameters";
  }

  private static JsonNode schema(String calculator, String name) {
    return parameter(calculator, name).path("schema");
  }

  private static JsonNode parameter(String calculator, String name) {
    for (JsonNode parameter : document().at(parameters(calculator))) {
      if (parameter.path("name").asText().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError(calculator + " has no parameter " + name);
  }
}
