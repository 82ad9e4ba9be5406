package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * A plan file with amounts in one period (each year, a first quarter, a 百日攻坚 campaign), read
 * from a folder as the server reads plan files at start-up, and assessed over real HTTP: every
 * answer fits the OpenAPI document, and the figures are the hand-worked ones.
 */
class PeriodFormsOverHttpTest {

  private static final String PLAN_ID = "period-forms-2022";
  private static final String PLAN = "/api/v1/plans/" + PLAN_ID;

  /** Targets added to the bundled plan's first goal (window 2022–2024). */
  private static final List<String> TARGETS = List.of("""
      {"id": "capital-each-year", "clause": "二.1",
       "text": {"zh": "力争全年完成省外项目实际进资120亿元以上",
                "en": "strive for at least CNY 12 billion from outside the province each year"},
       "kind": "PERIOD_AMOUNT", "indicator": "out-of-province-capital",
       "period": {"kind": "YEAR"},
       "operator": "AT_LEAST", "threshold": {"value": 120, "unit": "CNY_100M"},
       "commitment": "STRIVE"}""", """
      {"id": "capital-first-quarter", "clause": "二.1",
       "text": {"zh": "力争一季度实现开门红,完成省外项目实际进资30亿元以上",
                "en": "strive for a strong first quarter, at least CNY 3 billion"},
       "kind": "PERIOD_AMOUNT", "indicator": "out-of-province-capital",
       "period": {"kind": "QUARTER", "quarter": 1, "year": 2023},
       "operator": "AT_LEAST", "threshold": {"value": 30, "unit": "CNY_100M"},
       "commitment": "STRIVE"}""", """
      {"id": "capital-campaign", "clause": "二.1",
       "text": {"zh": "力争百日攻坚期间完成省外项目实际进资40亿元以上",
                "en": "strive for at least CNY 4 billion during the hundred-day drive"},
       "kind": "PERIOD_AMOUNT", "indicator": "out-of-province-capital",
       "period": {"kind": "DATES", "from": "2023-04-01", "to": "2023-06-30",
                  "name": {"zh": "百日攻坚", "en": "Hundred-day drive"}},
       "operator": "AT_LEAST", "threshold": {"value": 40, "unit": "CNY_100M"},
       "commitment": "STRIVE"}""");

  @TempDir
  Path dir;

  private PlanCatalog catalog() throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = (ObjectNode) mapper.readTree(
        PlanFiles.write(BundledPlans.gongqingcheng2022()));
    plan.put("id", PLAN_ID);
    ArrayNode targets = (ArrayNode) plan.get("goals").get(0).get("targets");
    for (String target : TARGETS) {
      targets.add(mapper.readTree(target));
    }
    Files.writeString(dir.resolve("period-forms.json"), mapper.writeValueAsString(plan));
    return PlanCatalog.load(List.of(dir));
  }

  @Test
  void periodAmountsAreServedAndAssessedWithTheirPace() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(), ServerSettings.defaults()), (server, client) -> {
      ApiCalls.Reply plan = ApiCalls.get(client, PLAN);
      assertThat(plan.status()).as(plan.body()).isEqualTo(200);
      assertThat(plan.body()).contains("\"PERIOD_AMOUNT\"", "百日攻坚");

      // 2022: 126; through March 2023: 28; through June 2023: 54 (so April–June: 26).
      String body = "{\"asOf\": \"2023-06-30\", \"series\": {\"out-of-province-capital\": "
          + "{\"2021\": 100, \"2022\": 126, \"2023-03\": 28, \"2023-06\": 54}}}";
      ApiCalls.Reply card = ApiCalls.postJson(client, PLAN + "/scorecard", body);
      assertThat(card.status()).as(card.body()).isEqualTo(200);
      Map<String, JsonNode> byId = new HashMap<>();
      PlanJson.mapper().readTree(card.body()).get("assessments")
          .forEach(a -> byId.put(a.get("targetId").asText(), a));

      // Each year: 2022 126 ≥ 120 met; 2023 through June 54 against 120 × 6 ÷ 12 = 60 due.
      JsonNode eachYear = byId.get("capital-each-year");
      assertThat(eachYear.get("status").asText()).isEqualTo("BEHIND");
      assertThat(eachYear.at("/pace/completion").decimalValue()).isEqualByComparingTo("0.45");
      assertThat(eachYear.at("/explanation/zh").asText())
          .contains("序时进度应完成60.00亿元,落后6.00亿元");

      // First quarter 2023: 28 of 30, the quarter over: missed by 2.
      JsonNode quarter = byId.get("capital-first-quarter");
      assertThat(quarter.get("status").asText()).isEqualTo("MISSED");
      assertThat(quarter.at("/actual/value").decimalValue()).isEqualByComparingTo("28");

      // April–June: 54 − 28 = 26 of 40, the campaign over: missed.
      JsonNode campaign = byId.get("capital-campaign");
      assertThat(campaign.get("status").asText()).isEqualTo("MISSED");
      assertThat(campaign.at("/actual/value").decimalValue()).isEqualByComparingTo("26");

      ApiCalls.Reply one = ApiCalls.postJson(client,
          PLAN + "/targets/capital-campaign/assessment", body);
      assertThat(one.status()).as(one.body()).isEqualTo(200);
      assertThat(one.body()).contains("百日攻坚(2023-04-01至2023-06-30)");
    });
  }
}
