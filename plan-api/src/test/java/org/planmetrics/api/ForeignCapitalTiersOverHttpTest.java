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
 * Tier bounds in two currencies over HTTP: a plan file whose tiers give foreign-funded projects
 * bounds in dollars ("100" from 1.5 亿美元, "50·20" from 3000 万美元 up to 1.5 亿美元), read from a
 * folder as the server reads plan files at start-up, and a ledger whose projects carry their
 * foreign capital in 万美元. Every answer fits the OpenAPI document.
 */
class ForeignCapitalTiersOverHttpTest {

  private static final String PLAN_ID = "foreign-tiers-2022";

  @TempDir
  Path dir;

  private PlanCatalog catalog() throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = BundledPlanFile.renamed(PLAN_ID);
    ObjectNode hundred = (ObjectNode) plan.at("/projectTiers/tiers/0");
    ObjectNode fiftyTwenty = (ObjectNode) plan.at("/projectTiers/tiers/1");
    assertThat(hundred.get("id").asText()).isEqualTo("100");
    assertThat(fiftyTwenty.get("id").asText()).isEqualTo("50·20");
    hundred.set("minForeignCapital", mapper.readTree("{\"value\": 1.5, \"unit\": \"USD_100M\"}"));
    fiftyTwenty.set("minForeignCapital",
        mapper.readTree("{\"value\": 3000, \"unit\": \"USD_10K\"}"));
    fiftyTwenty.set("maxForeignCapital",
        mapper.readTree("{\"value\": 1.5, \"unit\": \"USD_100M\"}"));
    return BundledPlanFile.served(dir, "foreign-tiers.json", plan);
  }

  /**
   * 2022: A domestic 120 亿元 → "100" by its yuan; B 10 亿元 with 20000 万美元 (2 亿美元) →
   * "100" by its dollars; C 150 亿元 with 5000 万美元 → "50·20" by its dollars; D 25 亿元 with
   * 1000 万美元 → no tier; E domestic 30 亿元 → "50·20".
   */
  private static final String LEDGER = "{\"asOf\": \"2022-12-31\", \"projects\": ["
      + "{\"id\": \"A\", \"signedOn\": \"2022-02-01\", \"investment\": 120},"
      + "{\"id\": \"B\", \"signedOn\": \"2022-03-01\", \"investment\": 10, \"foreignCapital\": 20000},"
      + "{\"id\": \"C\", \"signedOn\": \"2022-04-01\", \"investment\": 150, \"foreignCapital\": 5000},"
      + "{\"id\": \"D\", \"signedOn\": \"2022-05-01\", \"investment\": 25, \"foreignCapital\": 1000},"
      + "{\"id\": \"E\", \"signedOn\": \"2022-06-01\", \"investment\": 30}]}";

  private static String assessment(String target) {
    return "/api/v1/plans/" + PLAN_ID + "/targets/" + target + "/assessment";
  }

  @Test
  void foreignFundedProjectsArePlacedByTheirDollarsOverHttp() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(), ServerSettings.defaults()), (server, client) -> {
      ApiCalls.Reply plan = ApiCalls.get(client, "/api/v1/plans/" + PLAN_ID);
      assertThat(plan.status()).as(plan.body()).isEqualTo(200);
      assertThat(plan.body()).contains("\"minForeignCapital\"", "\"USD_10K\"");

      // "100" in 2022: A and B → 2 ≥ 1, the year is over → MET.
      ApiCalls.Reply hundred = ApiCalls.postJson(client, assessment("tier-100-annual"), LEDGER);
      assertThat(hundred.status()).as(hundred.body()).isEqualTo(200);
      JsonNode h = hundred.json();
      assertThat(h.at("/years/0/actual/value").decimalValue()).isEqualByComparingTo("2");
      assertThat(h.at("/years/0/status").asText()).isEqualTo("MET");
      assertThat(h.get("inputs")).extracting(JsonNode::asText)
          .containsExactly("/projects/0", "/projects/1");

      // "50·20" in 2022: C and E → 2 of at least 4 → MISSED.
      ApiCalls.Reply fifty = ApiCalls.postJson(client, assessment("tier-50-20-annual"), LEDGER);
      JsonNode f = fifty.json();
      assertThat(f.at("/years/0/actual/value").decimalValue()).isEqualByComparingTo("2");
      assertThat(f.get("inputs")).extracting(JsonNode::asText)
          .containsExactly("/projects/2", "/projects/4");

      // A negative foreign capital is refused at its pointer.
      ApiCalls.Reply negative = ApiCalls.postJson(client, assessment("tier-100-annual"),
          LEDGER.replace("\"foreignCapital\": 1000", "\"foreignCapital\": -1000"));
      assertThat(negative.status()).isEqualTo(422);
      assertThat(negative.body()).contains("/projects/3/foreignCapital", "negative-investment");
    });
  }
}
