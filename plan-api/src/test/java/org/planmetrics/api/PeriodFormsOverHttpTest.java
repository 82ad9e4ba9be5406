package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.json.PlanJson;

/**
 * A plan file with amounts in one period (each year, a first quarter, a 百日攻坚 campaign), a level
 * of a level indicator and an average growth, read from a folder as the server reads plan files
 * at start-up, and assessed over real HTTP: every answer fits the OpenAPI document, and the
 * figures are the hand-worked ones. The same plan with a one-year window ("2023年工作要点") is
 * served and assessed too.
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
       "commitment": "STRIVE"}""", """
      {"id": "industry-share-level", "clause": "二.1",
       "text": {"zh": "力争到2024年规上工业增加值占比达到40%以上",
                "en": "strive for industry above designated size to reach 40% of value added"},
       "kind": "LEVEL", "indicator": "industry-share",
       "operator": "AT_LEAST", "threshold": {"value": 0.4, "unit": "RATIO"},
       "commitment": "STRIVE"}""", """
      {"id": "capital-average-growth", "clause": "二.1",
       "text": {"zh": "力争省外项目实际进资年均增长10%以上",
                "en": "strive for average growth of at least 10% a year"},
       "kind": "AVERAGE_GROWTH", "indicator": "out-of-province-capital",
       "operator": "AT_LEAST", "threshold": {"value": 0.1, "unit": "RATIO"},
       "commitment": "STRIVE"}""");

  /** A level indicator added to the bundled plan's. */
  private static final String LEVEL_INDICATOR = """
      {"id": "industry-share", "unit": "RATIO", "nature": "LEVEL",
       "name": {"zh": "规上工业增加值占比", "en": "Share of industry above designated size"}}""";

  @TempDir
  Path dir;

  private PlanCatalog catalog() throws IOException {
    return catalog(null);
  }

  /** The plan with its targets added; with {@code oneYear}, its window is that year alone. */
  private PlanCatalog catalog(Integer oneYear) throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = BundledPlanFile.renamed(PLAN_ID);
    ((ArrayNode) plan.get("indicators")).add(mapper.readTree(LEVEL_INDICATOR));
    if (oneYear != null) {
      for (JsonNode reading : plan.at("/window/readings")) {
        ((ObjectNode) reading.get("window")).put("startYear", oneYear).put("endYear", oneYear);
      }
    }
    ArrayNode targets = (ArrayNode) plan.get("goals").get(0).get("targets");
    for (String target : TARGETS) {
      targets.add(mapper.readTree(target));
    }
    return BundledPlanFile.served(dir, "period-forms.json", plan);
  }

  @Test
  void periodLevelAndAverageGrowthFormsAreServedAndAssessed() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(), ServerSettings.defaults()), (server, client) -> {
      ApiCalls.Reply plan = ApiCalls.get(client, PLAN);
      assertThat(plan.status()).as(plan.body()).isEqualTo(200);
      assertThat(plan.body()).contains("\"PERIOD_AMOUNT\"", "百日攻坚");

      // 2022: 126; through March 2023: 28; through June 2023: 54 (so April–June: 26).
      String body = "{\"asOf\": \"2023-06-30\", \"series\": {\"out-of-province-capital\": "
          + "{\"2021\": 100, \"2022\": 126, \"2023-03\": 28, \"2023-06\": 54}, "
          + "\"industry-share\": {\"2022\": 0.36, \"2023-06\": 0.41}}}";
      Map<String, JsonNode> byId = assessments(client, body);

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

      // The level of 2024 (the window's end): 41% through June 2023 already meets 40%.
      JsonNode level = byId.get("industry-share-level");
      assertThat(level.get("status").asText()).isEqualTo("ON_TRACK");
      assertThat(level.at("/actual/value").decimalValue()).isEqualByComparingTo("0.41");

      // 100 in 2021 → 126 in 2022: 26% a year so far ≥ 10%; the last two years need
      // √(133.1 ÷ 126) − 1 ≈ 2.78% a year.
      JsonNode average = byId.get("capital-average-growth");
      assertThat(average.get("status").asText()).isEqualTo("ON_TRACK");
      assertThat(average.get("compoundGrowthRate").decimalValue()).isEqualByComparingTo("0.26");
      assertThat(average.at("/required/requiredGrowthRate").decimalValue().doubleValue())
          .isCloseTo(Math.sqrt(133.1 / 126) - 1, org.assertj.core.api.Assertions.within(1e-9));

      ApiCalls.Reply one = ApiCalls.postJson(client,
          PLAN + "/targets/capital-campaign/assessment", body);
      assertThat(one.status()).as(one.body()).isEqualTo(200);
      assertThat(one.body()).contains("百日攻坚(2023-04-01至2023-06-30)");
    });
  }

  @Test
  void aOneYearPlanIsPacedWithinItsYearAndItsAverageGrowthIsItsGrowth() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(2023), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply plan = ApiCalls.get(client, PLAN);
          assertThat(plan.status()).as(plan.body()).isEqualTo(200);

          // Through June 2023, base year 2022: 54 of 120 against 60 due.
          String midYear = "{\"asOf\": \"2023-06-30\", \"series\": {\"out-of-province-capital\": "
              + "{\"2022\": 100, \"2022-06\": 50, \"2023-03\": 28, \"2023-06\": 54}}}";
          Map<String, JsonNode> mid = assessments(client, midYear);
          JsonNode eachYear = mid.get("capital-each-year");
          assertThat(eachYear.get("status").asText()).isEqualTo("BEHIND");
          assertThat(eachYear.get("years")).hasSize(1);
          // The window total is paced over the window's 12 months: 54 of 304.2 after 6.
          JsonNode total = mid.get("out-of-province-capital-cumulative");
          assertThat(total.at("/pace/monthsInSpan").asInt()).isEqualTo(12);
          assertThat(total.at("/pace/timeProgress").decimalValue()).isEqualByComparingTo("0.5");
          // Average growth before the year ends: 54 ÷ 50 − 1 = 8% year on year, below 10%.
          assertThat(mid.get("capital-average-growth").get("status").asText())
              .isEqualTo("BEHIND");

          // The year over: 112 after 100 is 12% growth, met each year and on average alike.
          String yearEnd = "{\"asOf\": \"2023-12-31\", \"series\": {\"out-of-province-capital\": "
              + "{\"2022\": 100, \"2023\": 112}}}";
          Map<String, JsonNode> end = assessments(client, yearEnd);
          JsonNode average = end.get("capital-average-growth");
          assertThat(average.get("status").asText()).isEqualTo("MET");
          assertThat(average.get("compoundGrowthRate").decimalValue())
              .isEqualByComparingTo("0.12");
          assertThat(end.get("out-of-province-capital-growth").get("status").asText())
              .isEqualTo("MET");
          assertThat(end.get("capital-each-year").get("status").asText()).isEqualTo("MISSED");
        });
  }

  private static Map<String, JsonNode> assessments(HttpClient client, String body)
      throws IOException {
    ApiCalls.Reply card = ApiCalls.postJson(client, PLAN + "/scorecard", body);
    assertThat(card.status()).as(card.body()).isEqualTo(200);
    Map<String, JsonNode> byId = new HashMap<>();
    PlanJson.mapper().readTree(card.body()).get("assessments")
        .forEach(a -> byId.put(a.get("targetId").asText(), a));
    return byId;
  }
}
