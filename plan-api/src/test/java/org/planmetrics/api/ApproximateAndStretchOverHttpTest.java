package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * A plan file with a stretch figure ("确保实际利用外资累计7亿美元以上,力争8亿美元以上"), 左右 targets
 * ("主导工业项目占比70%左右", tolerance 0.05) and a bare figure ("年增长7%"), read from a folder as the server
 * reads plan files at start-up, served and assessed over HTTP; every answer fits the OpenAPI
 * document, and a file that leaves a 左右 unread is refused at start-up with its pointer.
 */
class ApproximateAndStretchOverHttpTest {

  private static final String PLAN_ID = "forms-2022";
  private static final String TARGETS = "/api/v1/plans/" + PLAN_ID + "/targets/";

  @TempDir
  Path dir;

  private ObjectNode plan(boolean withReading) throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = (ObjectNode) mapper.readTree(
        PlanFiles.write(BundledPlans.gongqingcheng2022()));
    plan.put("id", PLAN_ID);
    for (JsonNode goal : plan.get("goals")) {
      for (JsonNode target : goal.get("targets")) {
        ObjectNode t = (ObjectNode) target;
        switch (t.get("id").asText()) {
          case "fdi-cumulative" -> {
            ((ObjectNode) t.get("text")).put("zh", "确保实际利用外资累计7亿美元以上,力争8亿美元以上");
            t.put("commitment", "ENSURE");
            ObjectNode stretch = t.putObject("stretch");
            stretch.putObject("threshold").put("value", 8).put("unit", "USD_100M");
            stretch.put("commitment", "STRIVE");
          }
          case "leading-industry-share" -> {
            ((ObjectNode) t.get("text")).put("zh", "确保新引进主导工业项目占比70%左右");
            t.put("operator", "APPROXIMATELY");
            t.putObject("tolerance").put("value", 0.05).put("unit", "RATIO");
          }
          case "fdi-growth" -> ((ObjectNode) t.get("text")).put("zh", "力争全市实际利用外资年增长7%");
          case "cash-fdi-growth" -> {
            ((ObjectNode) t.get("text")).put("zh", "力争现汇进资年增长10%左右");
            t.put("operator", "APPROXIMATELY");
            t.putObject("tolerance").put("value", 0.02).put("unit", "RATIO");
          }
          default -> { }
        }
      }
    }
    if (withReading) {
      ObjectNode reading = ((com.fasterxml.jackson.databind.node.ArrayNode) plan.get("readings"))
          .addObject();
      reading.put("id", "about-and-bare");
      reading.putObject("summary").put("zh", "“7%”按下限理解;“10%左右”按8%以上、“70%左右”按65%以上理解")
          .put("en", "“7%” is read as a floor; “about 10%” as at least 8%, “about 70%” as at "
              + "least 65%");
      reading.putObject("rationale").put("zh", "文中未写容差与比较词。")
          .put("en", "The text states neither a tolerance nor a comparison word.");
      reading.putArray("targets").add("fdi-growth").add("cash-fdi-growth")
          .add("leading-industry-share");
    }
    return plan;
  }

  private PlanCatalog catalog(boolean withReading) throws IOException {
    Files.writeString(dir.resolve("forms.json"),
        PlanJson.mapper().writeValueAsString(plan(withReading)));
    return PlanCatalog.load(List.of(dir));
  }

  @Test
  void aStretchIsAssessedBesideTheBindingFigure() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(true), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply target = ApiCalls.get(client, TARGETS + "fdi-cumulative");
          assertThat(target.status()).isEqualTo(200);
          assertThat(target.body()).contains("\"stretch\"");

          // 2.4 + 2.5 + 2.6 = 7.5亿美元: the ensured 7 is met, the striven-for 8 is not.
          ApiCalls.Reply reply = ApiCalls.postJson(client, TARGETS + "fdi-cumulative/assessment",
              "{\"asOf\": \"2024-12-31\", \"series\": {\"foreign-capital-utilized\": "
                  + "{\"2022\": 2.4, \"2023\": 2.5, \"2024\": 2.6}}}");
          assertThat(reply.status()).as(reply.body()).isEqualTo(200);
          JsonNode a = PlanJson.mapper().readTree(reply.body());
          assertThat(a.get("status").asText()).isEqualTo("MET");
          assertThat(a.at("/stretch/status").asText()).isEqualTo("MISSED");
          assertThat(a.at("/stretch/threshold/value").decimalValue()).isEqualByComparingTo("8");
          assertThat(a.at("/stretch/explanationText").asText()).contains("7.50亿美元");
          assertThat(a.get("explanationText").asText()).contains("力争目标8亿美元以上:未达标。");
        });
  }

  @Test
  void aboutSeventyPercentIsAssessedFromItsFloor() throws IOException {
    // 13 of 20 industrial projects lead: 65%, exactly the floor 70% − 5 points.
    StringBuilder projects = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      projects.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i)
          .append("\", \"signedOn\": \"2022-03-01\", \"investment\": 1, \"industrial\": true, ")
          .append("\"leadingIndustry\": ").append(i < 13).append("}");
    }
    JavalinTest.test(PlanApi.create(catalog(true), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply reply = ApiCalls.postJson(client,
              TARGETS + "leading-industry-share/assessment",
              "{\"asOf\": \"2024-12-31\", \"projects\": [" + projects + "]}");
          assertThat(reply.status()).as(reply.body()).isEqualTo(200);
          JsonNode a = PlanJson.mapper().readTree(reply.body());
          assertThat(a.get("status").asText()).isEqualTo("MET");
          assertThat(a.get("operator").asText()).isEqualTo("AT_LEAST");
          assertThat(a.at("/threshold/value").decimalValue()).isEqualByComparingTo("0.65");
          assertThat(a.at("/approximately/written/value").decimalValue())
              .isEqualByComparingTo("0.7");
          assertThat(a.at("/approximately/tolerance/value").decimalValue())
              .isEqualByComparingTo("0.05");
          assertThat(a.get("explanationText").asText())
              .startsWith("原文为“70%左右”,按容差5个百分点读作65%以上。");
          assertThat(a.get("readings").toString()).contains("about-and-bare");
        });
  }

  @Test
  void aPlanFileThatLeavesItsChoicesUnreadIsRefusedAtStartUpWithEveryPointer()
      throws IOException {
    Files.writeString(dir.resolve("forms.json"),
        PlanJson.mapper().writeValueAsString(plan(false)));

    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> PlanCatalog.load(List.of(dir)));

    assertThat(refused).isNotNull();
    // The share's 左右 is named by the bundled reading leading-industry-share-base already; the
    // two growth targets are named by no reading.
    assertThat(refused.getMessage()).contains("/goals/0/targets/0/operator",
        "unread-bare-figure", "/goals/0/targets/2/tolerance", "unread-tolerance");
  }
}
