package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.json.PlanJson;

/**
 * A plan file whose cumulative target is in 万元 while its indicator's figures are in 亿元, read
 * from a folder as the server reads plan files at start-up, and assessed over HTTP: every answer
 * fits the OpenAPI document (the unit CNY_10K included).
 */
class ScaledUnitsOverHttpTest {

  private static final String PLAN_ID = "wan-yuan-2022";
  private static final String TARGET = "out-of-province-capital-cumulative";
  private static final String ASSESSMENT =
      "/api/v1/plans/" + PLAN_ID + "/targets/" + TARGET + "/assessment";

  @TempDir
  Path dir;

  /** The bundled plan with its out-of-province total rewritten as "累计5000万元以上". */
  private PlanCatalog catalogWithWanYuanTarget() throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = BundledPlanFile.renamed(PLAN_ID);
    for (JsonNode goal : plan.get("goals")) {
      for (JsonNode target : goal.get("targets")) {
        if (target.get("id").asText().equals(TARGET)) {
          ObjectNode t = (ObjectNode) target;
          ((ObjectNode) t.get("text")).put("zh", "力争引进省外项目实际进资累计5000万元以上")
              .put("en", "strive for at least CNY 50 million in total from outside the province");
          ((ObjectNode) t.get("threshold")).put("value", 5000).put("unit", "CNY_10K");
        }
      }
    }
    return BundledPlanFile.served(dir, "wan-yuan.json", plan);
  }

  private static String observations(String asOf, String first, String second) {
    return "{\"asOf\": \"" + asOf + "\", \"series\": {\"out-of-province-capital\": "
        + "{\"2022\": " + first + ", \"2023\": " + second + "}}}";
  }

  @Test
  void aWanYuanTargetOverYiYuanFiguresIsAssessedExactly() throws IOException {
    JavalinTest.test(PlanApi.create(catalogWithWanYuanTarget(), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply plan = ApiCalls.get(client, "/api/v1/plans/" + PLAN_ID);
          assertThat(plan.status()).isEqualTo(200);
          assertThat(plan.body()).contains("\"CNY_10K\"");

          // 0.25亿元 + 0.30亿元 = 5500万元 ≥ 5000万元.
          ApiCalls.Reply met = ApiCalls.postJson(client, ASSESSMENT,
              observations("2023-12-31", "0.25", "0.30"));
          assertThat(met.status()).as(met.body()).isEqualTo(200);
          JsonNode a = PlanJson.mapper().readTree(met.body());
          assertThat(a.get("status").asText()).isEqualTo("MET");
          assertThat(a.at("/threshold/unit").asText()).isEqualTo("CNY_10K");
          assertThat(a.at("/actual/unit").asText()).isEqualTo("CNY_10K");
          assertThat(a.at("/actual/value").decimalValue()).isEqualByComparingTo("5500");
          assertThat(a.at("/explanation/zh").asText()).contains("5500.00万元");

          // 0.2499亿元 + 0.25亿元 = 4999万元 after 24 of 36 months: not yet met.
          ApiCalls.Reply short1 = ApiCalls.postJson(client, ASSESSMENT,
              observations("2023-12-31", "0.2499", "0.25"));
          JsonNode s = PlanJson.mapper().readTree(short1.body());
          assertThat(s.get("status").asText()).isNotEqualTo("MET");
          assertThat(s.at("/actual/value").decimalValue()).isEqualByComparingTo("4999");
        });
  }
}
