package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.JSON;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.exampleObservations;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * {@code GET /api/v1/plans/{planId}/readings} over real HTTP: what the plan says and what the file
 * reads into it, and the assessments that name the same readings.
 */
class ReadingsRouteTest {

  private static Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  @Test
  void readingsListTheWindowFirstThenEveryChoiceOfThePlanFileWithWhatReliesOnIt() {
    JavalinTest.test(app(), (server, client) -> {
      Reply zh = get(client, PLAN + "/readings");
      assertThat(zh.status()).isEqualTo(200);
      assertThat(zh.contentType()).startsWith(JSON);
      JsonNode body = zh.json();
      assertThat(body.path("planId").asText()).isEqualTo("gongqingcheng-2022");
      List<String> ids = new ArrayList<>();
      body.path("readings").forEach(r -> ids.add(r.path("id").asText()));
      assertThat(ids).containsExactly("window", "open-economy-index", "first-tier-rule",
          "tier-bands", "top-investor-share-base", "leading-industry-share-base", "duties-start",
          "newsletter-weekly", "team-ranking-rule", "stalled-project-deadlines");
      JsonNode window = body.path("readings").get(0);
      assertThat(window.path("summaryText").asText()).isEqualTo("规划期按2022—2024年计");
      assertThat(window.path("targets").size()).isEqualTo(13);
      assertThat(window.path("cadences").size()).isEqualTo(10);
      assertThat(window.has("clause")).isFalse();
      JsonNode tiers = body.path("readings").get(3);
      assertThat(tiers.path("clause").asText()).isEqualTo("二.2");
      assertThat(tiers.path("textText").asText()).startsWith("全市每年引进“100”项目1个以上");
      assertThat(tiers.path("targets").toString()).isEqualTo("[\"tier-100-annual\","
          + "\"tier-50-20-annual\",\"tier-50-20-cumulative\",\"top-investor-share\"]");
      assertThat(tiers.path("reports").toString()).contains("\"team-ranking\"");
      JsonNode ranking = body.path("readings").get(8);
      assertThat(ranking.path("clause").asText()).isEqualTo("四.(二).5");
      assertThat(ranking.path("summaryText").asText()).isEqualTo("组团按各项任务完成率的算术平均数排位,超额完成不设上限");
      assertThat(ranking.path("reports").toString()).isEqualTo("[\"team-ranking\",\"bulletin\"]");
      assertThat(body.path("readings").get(9).path("summaryText").asText())
          .isEqualTo("签约超过180天未开工、开工超过540天未投产的项目列为滞缓项目");

      Reply en = get(client, PLAN + "/readings?lang=en");
      assertThat(en.json().path("readings").get(0).path("summaryText").asText())
          .isEqualTo("the window is read as 2022–2024");
      assertThat(en.json().path("readings").get(6).path("summaryText").asText())
          .startsWith("meetings, bulletins and trainings count from the plan's issue date, "
              + "2022-12-22");
    });
  }

  @Test
  void theAssessmentOfATargetNamesTheReadingsTheReadingsRouteLists() {
    JavalinTest.test(app(), (server, client) -> {
      Reply share = postJson(client, PLAN + "/targets/top-investor-share/assessment",
          exampleObservations());
      Reply readings = get(client, PLAN + "/readings");
      assertThat(share.status()).isEqualTo(200);
      assertThat(share.json().path("readings").toString())
          .isEqualTo("[\"window\",\"tier-bands\",\"top-investor-share-base\"]");
      for (JsonNode reading : readings.json().path("readings")) {
        boolean relied = share.json().path("readings").toString()
            .contains("\"" + reading.path("id").asText() + "\"");
        assertThat(share.json().path("explanationText").asText())
            .as(reading.path("id").asText())
            .matches(text -> text.contains(reading.path("summaryText").asText()) == relied);
      }
    });
  }
}
