package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/plan-drafts} over real HTTP: the seed's text gives its 13 targets, JSON
 * {@code {"text": …}} is read like plain text, and every refusal is a problem in Chinese first;
 * every answer fits the OpenAPI document (ApiCalls checks each).
 */
class PlanDraftsOverHttpTest {

  private static final String ROUTE = "/api/v1/plan-drafts";
  private static final String PLAIN = "text/plain; charset=utf-8";

  private static String seed() throws IOException {
    try (InputStream in = PlanDraftsOverHttpTest.class.getResourceAsStream(
        "/org/planmetrics/model/gongqingcheng-plan-2022.txt")) {
      return in == null ? seedFromRepository() : new String(in.readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  private static String seedFromRepository() throws IOException {
    return java.nio.file.Files.readString(java.nio.file.Path.of("..",
        "plan-model/src/test/resources/org/planmetrics/model/gongqingcheng-plan-2022.txt"));
  }

  @Test
  void theSeedsTextGivesItsThirteenTargets() throws IOException {
    String seed = seed();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply reply = ApiCalls.post(client, ROUTE, PLAIN,
              BodyPublishers.ofString(seed, StandardCharsets.UTF_8));
          assertThat(reply.status()).as(reply.body()).isEqualTo(200);
          assertThat(reply.header("Content-Language")).isEqualTo("zh");
          JsonNode answer = reply.json();
          assertThat(answer.get("targets")).hasSize(13);
          assertThat(answer.get("notRead")).hasSize(13);
          JsonNode first = answer.get("targets").get(0);
          assertThat(first.get("text").asText()).isEqualTo("力争全市实际利用外资年增长7%以上,累计7亿美元以上");
          // The span points into the text as sent.
          int start = first.at("/textSpan/start").asInt();
          int end = first.at("/textSpan/end").asInt();
          assertThat(seed.substring(start, end)).isEqualTo(first.get("text").asText());
          assertThat(answer.at("/notRead/0/whyText").asText()).isEqualTo(
              answer.at("/notRead/0/why/zh").asText());
          assertThat(answer.at("/draftPlan/goals")).hasSize(3);
        });
  }

  @Test
  void jsonWithTextIsReadLikePlainTextAndEnglishOnAsking() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply reply = ApiCalls.postJson(client, ROUTE + "?lang=en",
              "{\"text\": \"二、目标任务\\n1.扩大开放。未来三年,力争全县实际利用外资年增长8%以上,"
                  + "累计5亿美元以上。\"}");
          assertThat(reply.status()).as(reply.body()).isEqualTo(200);
          JsonNode answer = reply.json();
          assertThat(answer.get("targets")).hasSize(2);
          // 8% is 0.08; 累计5亿美元以上 is 5 USD_100M, its subject carried from before the comma.
          assertThat(answer.at("/targets/0/thresholdValue").decimalValue())
              .isEqualByComparingTo("0.08");
          assertThat(answer.at("/targets/1/unit").asText()).isEqualTo("USD_100M");
          assertThat(answer.at("/targets/1/indicatorAsWritten").asText()).isEqualTo("实际利用外资");
          assertThat(reply.body()).contains("\"readingText\":\"the subject is elided");
        });
  }

  @Test
  void theFormsTheModelGainedAreDraftedAndFitTheContract() {
    // Our own sentences, one per form: each answer is checked against openapi.json (ApiCalls),
    // whose DraftTarget admits no member it does not list.
    String text = "二、目标任务\n1.扩大投资。确保全年完成省外项目实际进资30亿元,力争32亿元。"
        + "一季度完成县外资金实际到位8亿元以上。实际利用外资年均增长8%以上。"
        + "当年签约项目当年开工率60%以上。主导产业工业项目占比70%左右。";
    draftOverHttp(text, answer -> {
      JsonNode targets = answer.get("targets");
      assertThat(targets).hasSize(5);
      assertThat(answer.get("notRead")).isEmpty();
      // 30 binds and 32 is its stretch; 一季度 is quarter 1; 60% is 0.6 of the signed cohort.
      assertThat(targets.at("/0/stretch/threshold/value").decimalValue())
          .isEqualByComparingTo("32");
      assertThat(targets.at("/1/periodOfAmount/quarter").asInt()).isEqualTo(1);
      assertThat(targets.at("/2/kind").asText()).isEqualTo("AVERAGE_GROWTH");
      assertThat(targets.at("/3/reached/within").asText()).isEqualTo("SAME_YEAR");
      assertThat(targets.at("/4/operator").asText()).isEqualTo("APPROXIMATELY");
      assertThat(answer.at("/draftPlan/goals/0/targets/4/tolerance/value").asText())
          .startsWith("待填 TO FILL:");
    });
  }

  @Test
  void aLevelAJoinedStretchAndTheRatesLeftToAPersonFitTheContract() {
    // Our own sentences: a level by a year, a stretch after 、, and two figures left to a person
    // with their own reasons (履约率 names no stage; 累计…到2025年 may be a sum or a stock).
    String text = "二、目标任务\n1.扩大开放。到2025年,全市规模以上工业企业达到300家。"
        + "确保全年完成省外项目实际进资30亿元、力争32亿元。2023年签约项目履约率达到80%以上。"
        + "到2025年,累计实际利用外资达到10亿美元。";
    draftOverHttp(text, answer -> {
      assertThat(answer.get("targets")).hasSize(2);
      assertThat(answer.at("/targets/0/kind").asText()).isEqualTo("LEVEL");
      assertThat(answer.at("/targets/0/periodOfAmount/year").asInt()).isEqualTo(2025);
      assertThat(answer.at("/draftPlan/indicators/0/nature").asText()).isEqualTo("STOCK");
      assertThat(answer.at("/targets/1/stretch/threshold/value").decimalValue())
          .isEqualByComparingTo("32");
      assertThat(answer.get("notRead").findValuesAsText("reason"))
          .containsExactly("performance-rate", "stock-or-sum");
    });
  }

  @Test
  void sizesAreDraftedAsTiersWithTheirBoundsInBothCurrencies() {
    // Our own sentences: two sizes in yuan, and one with a dollar bound in brackets.
    String text = "二、目标任务\n1.招大引强。未来三年,累计引进10亿元以上项目6个,亿元以上项目40个。"
        + "全年新引进1亿元(外资1000万美元)以上项目20个。";
    draftOverHttp(text, answer -> {
      assertThat(answer.get("targets")).hasSize(3);
      JsonNode tiers = answer.at("/draftPlan/projectTiers");
      // 10亿元以上 is 10 CNY_100M; 亿元以上 is 1 CNY_100M; the bracket adds 1000 USD_10K.
      assertThat(tiers.findValuesAsText("id"))
          .containsExactly("10亿元以上", "亿元以上", "1亿元(外资1000万美元)以上");
      assertThat(tiers.at("/tiers/0/minInvestment/value").decimalValue()).isEqualByComparingTo("10");
      assertThat(tiers.at("/tiers/2/minForeignCapital/unit").asText()).isEqualTo("USD_10K");
      assertThat(tiers.get("bandMode").asText()).isEqualTo("NESTED");
      assertThat(answer.at("/draftPlan/goals/0/targets/2/projects/tiers/0").asText())
          .isEqualTo("1亿元(外资1000万美元)以上");
      assertThat(answer.at("/targets/2/fields").findValuesAsText("field"))
          .contains("projects.tiers", "projectTiers.minForeignCapital");
    });
  }

  /** Posts {@code text} as plain text and checks the draft: 200, and whatever {@code check} asks. */
  private static void draftOverHttp(String text, java.util.function.Consumer<JsonNode> check) {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply reply = ApiCalls.post(client, ROUTE, PLAIN,
              BodyPublishers.ofString(text, StandardCharsets.UTF_8));
          assertThat(reply.status()).as(reply.body()).isEqualTo(200);
          check.accept(reply.json());
        });
  }

  @Test
  void refusalsAreProblemsChineseFirst() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          ApiCalls.Reply gbk = ApiCalls.post(client, ROUTE, "text/plain; charset=gbk",
              BodyPublishers.ofByteArray("力争累计引进项目12个以上。".getBytes(Charset.forName("GBK"))));
          assertThat(gbk.status()).isEqualTo(415);
          ApiCalls.Reply notUtf8 = ApiCalls.post(client, ROUTE, "text/plain",
              BodyPublishers.ofByteArray("力争累计引进项目12个以上。".getBytes(Charset.forName("GBK"))));
          assertThat(notUtf8.status()).isEqualTo(400);
          assertThat(notUtf8.json().at("/errors/0/rule").asText()).isEqualTo("not-utf-8");
          assertThat(notUtf8.json().get("detail").asText()).contains("UTF-8");
          ApiCalls.Reply empty = ApiCalls.post(client, ROUTE, PLAIN, BodyPublishers.ofString(" "));
          assertThat(empty.status()).isEqualTo(400);
          assertThat(empty.json().at("/errors/0/rule").asText()).isEqualTo("empty-text");
          ApiCalls.Reply noText = ApiCalls.postJson(client, ROUTE, "{\"words\": \"x\"}");
          assertThat(noText.status()).isEqualTo(400);
          assertThat(noText.json().at("/errors/0/pointer").asText()).isEqualTo("/text");
          ApiCalls.Reply malformed = ApiCalls.postJson(client, ROUTE, "{\"text\": ");
          assertThat(malformed.status()).isEqualTo(400);
          ApiCalls.Reply xml = ApiCalls.post(client, ROUTE, "application/xml",
              BodyPublishers.ofString("<text/>"));
          assertThat(xml.status()).isEqualTo(415);
          // Sent as curl sends a large body (100-continue): sent blindly, it races the early
          // 413 and close, and the JDK's client may see no answer at all.
          ApiCalls.Reply large = ApiCalls.postExpectingContinue(server.port(), ROUTE,
              ("{\"text\": \"" + "一".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8));
          assertThat(large.status()).isEqualTo(413);
        });
  }
}
