package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.api.csv.CsvFile;
import org.planmetrics.model.json.PlanJson;

/**
 * A plan file with a quota for two parks and a township ("各园区全年新签约工业项目投资额分别为800万元、
 * 600万元、300万元"), served from a folder and assessed over HTTP from JSON and from a CSV ledger
 * whose column 所属单位 names each project's unit; every answer fits the OpenAPI document.
 */
class QuotasOverHttpTest {

  private static final String PLAN_ID = "quotas-2022";
  private static final String REPORT = "/api/v1/plans/" + PLAN_ID + "/quotas/report";

  @TempDir
  Path dir;

  private PlanCatalog catalog() throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = BundledPlanFile.renamed(PLAN_ID);
    ArrayNode units = (ArrayNode) plan.get("units");
    unit(units, "north-park", "北区工业园", "North Park", "PARK");
    unit(units, "south-park", "南区工业园", "South Park", "PARK");
    unit(units, "east-township", "东乡镇", "East Township", "TOWNSHIP");
    ObjectNode quota = plan.putArray("quotas").addObject();
    quota.put("id", "park-signed-investment").put("clause", "四.(一).1");
    quota.putObject("text").put("zh", "各园区全年新签约工业项目投资额分别为800万元、600万元、300万元")
        .put("en", "the parks sign industrial projects of CNY 8, 6 and 3 million a year");
    quota.put("metric", "signed-investment");
    ArrayNode figures = quota.putArray("figures");
    String[] ids = {"north-park", "south-park", "east-township"};
    int[] tasks = {800, 600, 300};
    for (int i = 0; i < 3; i++) {
      figures.addObject().put("unit", ids[i]).putObject("task").put("value", tasks[i])
          .put("unit", "CNY_10K");
    }
    return BundledPlanFile.served(dir, "quotas.json", plan);
  }

  private static void unit(ArrayNode units, String id, String zh, String en, String kind) {
    ObjectNode unit = units.addObject().put("id", id);
    unit.putObject("name").put("zh", zh).put("en", en);
    unit.put("kind", kind);
  }

  @Test
  void mayRanksTheUnitsByCompletionFromJson() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(), ServerSettings.defaults()), (server, client) -> {
      // North 0.03 + 0.026 = 560万元 of 800 (70%); south 200 of 600; east 300 of 300.
      ApiCalls.Reply reply = ApiCalls.postJson(client, REPORT + "?month=2022-05",
          "{\"asOf\": \"2022-06-05\", \"projects\": ["
              + "{\"id\": \"n1\", \"signedOn\": \"2022-02-01\", \"investment\": 0.03, "
              + "\"unit\": \"north-park\"},"
              + "{\"id\": \"n2\", \"signedOn\": \"2022-04-10\", \"investment\": 0.026, "
              + "\"unit\": \"north-park\"},"
              + "{\"id\": \"s1\", \"signedOn\": \"2022-05-31\", \"investment\": 0.02, "
              + "\"unit\": \"south-park\"},"
              + "{\"id\": \"e1\", \"signedOn\": \"2022-03-15\", \"investment\": 0.03, "
              + "\"unit\": \"east-township\"}]}");
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonNode units = PlanJson.mapper().readTree(reply.body()).at("/quotas/0/units");
      assertThat(units.get(0).get("unit").asText()).isEqualTo("east-township");
      assertThat(units.get(0).get("status").asText()).isEqualTo("MET");
      assertThat(units.get(1).get("unit").asText()).isEqualTo("north-park");
      assertThat(units.get(1).at("/actual/value").decimalValue()).isEqualByComparingTo("560");
      assertThat(units.get(1).get("rank").asInt()).isEqualTo(2);
      assertThat(units.get(1).get("summaryText").asText()).startsWith("北区工业园签约额完成560.00万元");
      assertThat(units.get(2).get("status").asText()).isEqualTo("BEHIND");
    });
  }

  @Test
  void aCsvLedgerNamesTheUnitInItsOwnColumnAndAnUnknownUnitIs422() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(), ServerSettings.defaults()), (server, client) -> {
      String csv = "项目编号,签约日期,总投资(亿元),是否工业项目,是否主导产业,是否战略性新兴产业,所属单位\n"
          + "n1,2022-02-01,0.08,是,否,否,north-park\n";
      ApiCalls.Reply reply = ApiCalls.post(client, REPORT + "?month=2022-05&asOf=2022-05-31",
          "multipart/form-data; boundary=quota", HttpRequest.BodyPublishers.ofByteArray(
              CsvOverHttpTest.multipart("quota", List.of(new CsvFile("projects.csv",
                  csv.getBytes(StandardCharsets.UTF_8))))));
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonNode north = PlanJson.mapper().readTree(reply.body()).at("/quotas/0/units/0");
      assertThat(north.get("unit").asText()).isEqualTo("north-park");
      assertThat(north.get("status").asText()).isEqualTo("MET");

      ApiCalls.Reply unknown = ApiCalls.postJson(client, REPORT + "?month=2022-05",
          "{\"asOf\": \"2022-06-05\", \"projects\": [{\"id\": \"w1\", \"signedOn\": "
              + "\"2022-02-01\", \"investment\": 1, \"unit\": \"west-park\"}]}");
      assertThat(unknown.status()).isEqualTo(422);
      assertThat(unknown.body()).contains("/projects/0/unit", "west-park");
    });
  }
}
