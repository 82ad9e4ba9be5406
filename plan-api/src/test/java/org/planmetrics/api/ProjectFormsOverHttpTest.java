package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.json.PlanJson;

/**
 * A plan file with the project-ledger forms of issue 18, read from a folder as the server reads
 * plan files at start-up, and assessed over HTTP; every answer fits the OpenAPI document. The
 * bundled plan's 二.2 gains four targets: starts of "100" projects each year (a selection's own
 * stage), the leading industries' share of investment, the industrial projects' funding rate
 * (资金到位率), the same-year start rate of each year's signings (a cohort rate) and the
 * same-year signing rate of each year's pipeline (储备项目当年签约率).
 */
class ProjectFormsOverHttpTest {

  private static final String PLAN_ID = "project-forms-2022";

  @TempDir
  Path dir;

  private static String target(String id, String zh, String en, String kind, String subject,
      String threshold) {
    return "{\"id\": \"" + id + "\", \"clause\": \"二.2\", \"text\": {\"zh\": \"" + zh
        + "\", \"en\": \"" + en + "\"}, \"kind\": \"" + kind + "\", " + subject
        + ", \"operator\": \"AT_LEAST\", \"threshold\": " + threshold
        + ", \"commitment\": \"PLAIN\"}";
  }

  private PlanCatalog catalog() throws IOException {
    ObjectMapper mapper = PlanJson.mapper();
    ObjectNode plan = BundledPlanFile.renamed(PLAN_ID);
    ObjectNode goal = (ObjectNode) plan.get("goals").get(1);
    assertThat(goal.get("id").asText()).isEqualTo("big-projects");
    ObjectNode text = (ObjectNode) goal.get("text");
    text.put("zh", text.get("zh").asText() + "每年新开工“100”项目1个以上;主导产业项目投资额占比70%以上;"
        + "工业项目资金到位率50%以上;签约项目当年开工率60%以上;储备项目当年签约率40%以上。");
    ArrayNode targets = (ArrayNode) goal.get("targets");
    for (String t : List.of(
        target("hundred-starts", "每年新开工“100”项目1个以上", "start at least 1 “100” project a year",
            "ANNUAL_COUNT", "\"projects\": {\"tiers\": [\"100\"], \"stage\": \"STARTED\"}",
            "{\"value\": 1, \"unit\": \"COUNT\"}"),
        target("leading-investment-share", "主导产业项目投资额占比70%以上",
            "leading-industry projects at least 70% of the investment", "SHARE",
            "\"share\": {\"numerator\": {\"leadingIndustry\": true}, \"denominator\": "
                + "{\"industrial\": true}, \"measure\": \"INVESTMENT\"}",
            "{\"value\": 0.7, \"unit\": \"RATIO\"}"),
        target("industrial-funding-rate", "工业项目资金到位率50%以上",
            "at least 50% of industrial projects' capital paid in", "SHARE",
            "\"share\": {\"numerator\": {}, \"denominator\": {\"industrial\": true}, "
                + "\"measure\": \"PAID_IN\"}",
            "{\"value\": 0.5, \"unit\": \"RATIO\"}"),
        target("same-year-starts", "签约项目当年开工率60%以上",
            "at least 60% of the projects signed in a year start that year", "COHORT_RATE",
            "\"cohort\": {\"stage\": \"SIGNED\"}, \"reached\": {\"stage\": \"STARTED\", "
                + "\"within\": \"SAME_YEAR\"}",
            "{\"value\": 0.6, \"unit\": \"RATIO\"}"),
        target("pipeline-signing-rate", "储备项目当年签约率40%以上",
            "at least 40% of the projects taken into the pipeline in a year are signed that year",
            "COHORT_RATE", "\"cohort\": {\"stage\": \"PIPELINE\"}, \"reached\": {\"stage\": "
                + "\"SIGNED\", \"within\": \"SAME_YEAR\"}",
            "{\"value\": 0.4, \"unit\": \"RATIO\"}"))) {
      targets.add(mapper.readTree(t));
    }
    return BundledPlanFile.served(dir, "project-forms.json", plan);
  }

  /**
   * Three industrial projects signed in 2022: P1 120 亿元 ("100"), leading, in the pipeline
   * since 2022-01-10, started 2022-06-01, 60 paid in; P2 30, started 2022-09-01, 20 paid in; P3
   * 50, leading, not started, 10 paid in. And R1, 200 亿元, industrial and leading, in the
   * pipeline since 2022-06-01 and not signed: it is in no figure of signed projects below.
   */
  private static final String LEDGER = "{\"asOf\": \"2022-12-31\", \"projects\": ["
      + "{\"id\": \"P1\", \"pipelineOn\": \"2022-01-10\", \"signedOn\": \"2022-02-01\", "
      + "\"investment\": 120, \"industrial\": true,"
      + " \"leadingIndustry\": true, \"startedOn\": \"2022-06-01\", \"paidIn\": 60,"
      + " \"registeredOn\": \"2022-03-15\", \"listedOn\": \"2022-07-31\"},"
      + "{\"id\": \"P2\", \"signedOn\": \"2022-03-01\", \"investment\": 30, \"industrial\": true,"
      + " \"startedOn\": \"2022-09-01\", \"paidIn\": 20},"
      + "{\"id\": \"P3\", \"signedOn\": \"2022-05-01\", \"investment\": 50, \"industrial\": true,"
      + " \"leadingIndustry\": true, \"paidIn\": 10},"
      + "{\"id\": \"R1\", \"pipelineOn\": \"2022-06-01\", \"investment\": 200, "
      + "\"industrial\": true, \"leadingIndustry\": true}]}";

  private static String assessment(String target) {
    return "/api/v1/plans/" + PLAN_ID + "/targets/" + target + "/assessment";
  }

  @Test
  void eachFormIsAssessedOverHttpWithHandWorkedFigures() throws IOException {
    JavalinTest.test(PlanApi.create(catalog(), ServerSettings.defaults()), (server, client) -> {
      ApiCalls.Reply plan = ApiCalls.get(client, "/api/v1/plans/" + PLAN_ID);
      assertThat(plan.status()).as(plan.body()).isEqualTo(200);
      assertThat(plan.body()).contains("\"COHORT_RATE\"", "\"PAID_IN\"", "\"STARTED\"");

      // Starts of "100" projects: P1 started in 2022 → 1 ≥ 1, 2022 is over → MET.
      JsonNode starts = post(client, "hundred-starts");
      assertThat(starts.at("/years/0/status").asText()).isEqualTo("MET");
      assertThat(starts.at("/years/0/actual/value").decimalValue()).isEqualByComparingTo("1");

      // Investment share: leading 120 + 50 = 170 of 200 → 0.85 ≥ 0.7, window runs → ON_TRACK.
      JsonNode investment = post(client, "leading-investment-share");
      assertThat(investment.get("status").asText()).isEqualTo("ON_TRACK");
      assertThat(investment.at("/actual/value").decimalValue()).isEqualByComparingTo("0.85");
      assertThat(investment.at("/years/0/denominatorAmount/value").decimalValue())
          .isEqualByComparingTo("200");

      // Funding rate: paid in 60 + 20 + 10 = 90 of 200 → 0.45 < 0.5 → BEHIND.
      JsonNode funding = post(client, "industrial-funding-rate");
      assertThat(funding.get("status").asText()).isEqualTo("BEHIND");
      assertThat(funding.at("/actual/value").decimalValue()).isEqualByComparingTo("0.45");
      assertThat(funding.at("/explanation/zh").asText()).contains("资金到位率45.0%");

      // Same-year starts: 3 signed in 2022, P1 and P2 started by 2022-12-31 → 2 ÷ 3 ≥ 0.6,
      // MET for 2022; 2023 and 2024 are to come → ON_TRACK.
      JsonNode cohort = post(client, "same-year-starts");
      assertThat(cohort.at("/years/0/status").asText()).isEqualTo("MET");
      assertThat(cohort.at("/years/0/numerator").asLong()).isEqualTo(2);
      assertThat(cohort.at("/years/0/denominator").asLong()).isEqualTo(3);
      assertThat(cohort.get("status").asText()).isEqualTo("ON_TRACK");

      // Pipeline signing rate: P1 and R1 entered the pipeline in 2022, P1 signed that year →
      // 1 ÷ 2 = 0.5 ≥ 0.4, MET for 2022.
      JsonNode pipeline = post(client, "pipeline-signing-rate");
      assertThat(pipeline.at("/years/0/status").asText()).isEqualTo("MET");
      assertThat(pipeline.at("/years/0/numerator").asLong()).isEqualTo(1);
      assertThat(pipeline.at("/years/0/denominator").asLong()).isEqualTo(2);
      assertThat(pipeline.at("/explanation/zh").asText()).startsWith("储备项目当年签约率目标40%以上");

      // A project with neither a signing nor a pipeline date is refused at its signing date.
      ApiCalls.Reply undated = ApiCalls.postJson(client, assessment("pipeline-signing-rate"),
          LEDGER.replace("\"pipelineOn\": \"2022-06-01\", ", ""));
      assertThat(undated.status()).as(undated.body()).isEqualTo(422);
      assertThat(undated.body()).contains("/projects/3/signedOn", "missing-stage", "储备日期");

      ApiCalls.Reply scorecard = ApiCalls.postJson(client,
          "/api/v1/plans/" + PLAN_ID + "/scorecard", LEDGER);
      assertThat(scorecard.status()).as(scorecard.body()).isEqualTo(200);

      // Without P3's paidIn the funding rate cannot be judged, and says which project lacks it.
      ApiCalls.Reply missing = ApiCalls.postJson(client,
          assessment("industrial-funding-rate"), LEDGER.replace(", \"paidIn\": 10", ""));
      JsonNode notAssessable = PlanJson.mapper().readTree(missing.body());
      assertThat(notAssessable.get("status").asText()).isEqualTo("NOT_ASSESSABLE");
      assertThat(notAssessable.at("/reason/zh").asText()).contains("/projects/2/paidIn");

      // A negative paidIn is refused at its pointer.
      ApiCalls.Reply negative = ApiCalls.postJson(client,
          assessment("industrial-funding-rate"), LEDGER.replace("\"paidIn\": 10",
              "\"paidIn\": -10"));
      assertThat(negative.status()).isEqualTo(422);
      assertThat(negative.body()).contains("/projects/2/paidIn");
    });
  }

  private static JsonNode post(io.javalin.testtools.HttpClient client, String target)
      throws IOException {
    ApiCalls.Reply reply = ApiCalls.postJson(client, assessment(target), LEDGER);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return PlanJson.mapper().readTree(reply.body());
  }
}
