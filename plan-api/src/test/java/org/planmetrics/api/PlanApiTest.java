package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.JSON;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.exampleObservations;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;

/** The success path of every endpoint, over real HTTP. */
class PlanApiTest {

  private static final List<String> TARGET_IDS = List.of("fdi-growth", "fdi-cumulative",
      "cash-fdi-growth", "cash-fdi-cumulative", "out-of-province-capital-growth",
      "out-of-province-capital-cumulative", "open-economy-first-tier", "tier-100-annual",
      "tier-50-20-annual", "tier-50-20-cumulative", "top-investor-share",
      "leading-industry-share", "strategic-emerging-share");

  private static Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  @Test
  void healthIsUpAndListsThePlansLoaded() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, "/health");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.contentType()).startsWith(JSON);
      assertThat(reply.json().path("status").asText()).isEqualTo("UP");
      assertThat(reply.json().path("plans").toString()).isEqualTo("[\"gongqingcheng-2022\"]");
    });
  }

  @Test
  void plansListsTheBundledPlanWithItsWindowAndTitleInTheChosenLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      Plan plan = BundledPlans.gongqingcheng2022();
      Reply zh = get(client, "/api/v1/plans");
      assertThat(zh.status()).isEqualTo(200);
      JsonNode entry = zh.json().path("plans").get(0);
      assertThat(zh.json().path("plans").size()).isEqualTo(1);
      assertThat(entry.path("id").asText()).isEqualTo("gongqingcheng-2022");
      assertThat(entry.path("window").path("startYear").asInt()).isEqualTo(2022);
      assertThat(entry.path("window").path("endYear").asInt()).isEqualTo(2024);
      assertThat(entry.path("windowReading").asText()).isEqualTo("drafting");
      assertThat(entry.path("title").path("zh").asText()).isEqualTo(plan.title().zh());
      assertThat(entry.path("title").path("en").asText()).isEqualTo(plan.title().en());
      assertThat(entry.path("titleText").asText()).isEqualTo(plan.title().zh());

      Reply en = get(client, "/api/v1/plans?lang=en");
      JsonNode enEntry = en.json().path("plans").get(0);
      assertThat(enEntry.path("titleText").asText()).isEqualTo(plan.title().en());
      assertThat(enEntry.path("title").path("zh").asText()).isEqualTo(plan.title().zh());
    });
  }

  @Test
  void planIsThePlanFileJsonUnchanged() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, PLAN + "?lang=en");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.contentType()).startsWith(JSON);
      Plan served = PlanJson.mapper().readValue(reply.body(), Plan.class);
      Plan bundled = BundledPlans.gongqingcheng2022();
      assertThat(served).isEqualTo(bundled);
      // The same tree as the plan file the library writes: no "...Text" members added.
      assertThat(reply.json()).isEqualTo(PlanJson.mapper().readTree(PlanFiles.write(bundled)));
      assertThat(reply.body()).doesNotContain("\"titleText\"");
    });
  }

  @Test
  void targetsAreAllThirteenInPlanOrderWithGoalAndLocalizedText() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, PLAN + "/targets");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode body = reply.json();
      assertThat(body.path("planId").asText()).isEqualTo("gongqingcheng-2022");
      List<String> ids = new ArrayList<>();
      body.path("targets").forEach(t -> ids.add(t.path("id").asText()));
      assertThat(ids).containsExactlyElementsOf(TARGET_IDS);
      Plan plan = BundledPlans.gongqingcheng2022();
      for (JsonNode target : body.path("targets")) {
        String id = target.path("id").asText();
        assertThat(target.path("goalId").asText()).as(id)
            .isEqualTo(plan.goalOf(id).orElseThrow().id());
        assertThat(target.path("textText").asText()).as(id)
            .isEqualTo(plan.target(id).orElseThrow().text().zh());
      }
      assertThat(body.path("targets").get(0).path("goalId").asText()).isEqualTo("opening-up");
      assertThat(body.path("targets").get(12).path("goalId").asText())
          .isEqualTo("industrial-clustering");
    });
  }

  @Test
  void oneTargetCarriesItsOperatorThresholdAndCommitment() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, PLAN + "/targets/leading-industry-share");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode target = reply.json();
      assertThat(target.path("id").asText()).isEqualTo("leading-industry-share");
      assertThat(target.path("goalId").asText()).isEqualTo("industrial-clustering");
      assertThat(target.path("kind").asText()).isEqualTo("SHARE");
      assertThat(target.path("operator").asText()).isEqualTo("GREATER_THAN");
      assertThat(target.path("threshold").path("value").decimalValue())
          .isEqualByComparingTo("0.7");
      assertThat(target.path("threshold").path("unit").asText()).isEqualTo("RATIO");
      assertThat(target.path("commitment").asText()).isEqualTo("ENSURE");
      assertThat(target.path("textText").asText()).isEqualTo("确保新引进主导工业项目占比高于70%");
    });
  }

  @Test
  void unitsListEveryResponsibleUnitOfThePlan() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, PLAN + "/units?lang=en");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode units = reply.json().path("units");
      Plan plan = BundledPlans.gongqingcheng2022();
      assertThat(units.size()).isEqualTo(plan.units().size());
      List<String> ids = new ArrayList<>();
      units.forEach(u -> ids.add(u.path("id").asText()));
      assertThat(ids).containsExactlyElementsOf(
          plan.units().stream().map(u -> u.id()).toList());
      JsonNode justice = units.get(ids.indexOf("justice-bureau"));
      assertThat(justice.path("nameText").asText()).isEqualTo("Municipal Justice Bureau");
    });
  }

  @Test
  void oneUnitAddsEverythingItIsResponsibleForIncludingTheLegalTeamItLeads() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, PLAN + "/units/justice-bureau");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode unit = reply.json();
      assertThat(unit.path("id").asText()).isEqualTo("justice-bureau");
      assertThat(unit.path("nameText").asText()).isEqualTo("市司法局");
      JsonNode responsibilities = unit.path("responsibilities");
      assertThat(responsibilities.size()).isEqualTo(
          BundledPlans.gongqingcheng2022().responsibilitiesOf("justice-bureau").size());
      JsonNode lead = null;
      for (JsonNode r : responsibilities) {
        assertThat(r.path("unit").asText()).isEqualTo("justice-bureau");
        if (r.path("role").asText().equals("LEAD")) {
          lead = r;
        }
      }
      assertThat(lead).as("a LEAD responsibility").isNotNull();
      assertThat(lead.path("itemId").asText()).isEqualTo("investment-group-structure");
      assertThat(lead.path("clause").asText()).isEqualTo("四.(二).1");
      assertThat(lead.path("scope").path("zh").asText()).isEqualTo("法务团队");
      assertThat(lead.path("scopeText").asText()).isEqualTo("法务团队");
      assertThat(responsibilities.findValuesAsText("role")).contains("RESPONSIBLE");
    });
  }

  @Test
  void scorecardOfTheExampleObservationsAssessesEveryTarget() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = postJson(client, SCORECARD, exampleObservations());
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.contentType()).startsWith(JSON);
      JsonNode scorecard = reply.json();
      assertThat(scorecard.path("planId").asText()).isEqualTo("gongqingcheng-2022");
      assertThat(scorecard.path("asOf").asText()).isEqualTo("2023-06-30");
      List<String> ids = new ArrayList<>();
      scorecard.path("assessments").forEach(a -> ids.add(a.path("targetId").asText()));
      assertThat(ids).containsExactlyElementsOf(TARGET_IDS);
      int counted = 0;
      for (JsonNode count : scorecard.path("countsByStatus")) {
        counted += count.asInt();
      }
      assertThat(counted).isEqualTo(13);
      assertThat(scorecard.path("assessments").get(0).path("explanationText").asText())
          .isNotBlank();
    });
  }

  @Test
  void assessmentOfOneTargetUsesTheObservations() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = postJson(client, PLAN + "/targets/fdi-cumulative/assessment",
          exampleObservations());
      assertThat(reply.status()).isEqualTo(200);
      JsonNode assessment = reply.json();
      assertThat(assessment.path("targetId").asText()).isEqualTo("fdi-cumulative");
      assertThat(assessment.path("goalId").asText()).isEqualTo("opening-up");
      assertThat(assessment.path("kind").asText()).isEqualTo("CUMULATIVE_AMOUNT");
      // 2.21 (2022) + 1.15 (2023 to June) 亿美元.
      assertThat(assessment.path("actual").path("value").decimalValue())
          .isEqualByComparingTo("3.36");
      assertThat(assessment.path("actual").path("unit").asText()).isEqualTo("USD_100M");
      assertThat(assessment.path("explanationText").asText())
          .isEqualTo(assessment.path("explanation").path("zh").asText()).isNotBlank();
    });
  }

  @Test
  void impliedBaseOf304Point2At10PercentOver3YearsIs83Point55() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=3");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode body = reply.json();
      assertThat(body.path("impliedBase").decimalValue().setScale(2, RoundingMode.HALF_UP))
          .isEqualTo(new BigDecimal("83.55"));
      assertThat(body.path("years").asInt()).isEqualTo(3);
      assertThat(body.path("total").decimalValue()).isEqualByComparingTo("304.2");
    });
  }

  @Test
  void requiredGrowthFrom83Point55To304Point2Over3YearsIs10Percent() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client,
          "/api/v1/calculators/required-growth?base=83.55&total=304.2&years=3");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("requiredGrowthRate").decimalValue()
          .setScale(3, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.100"));
    });
  }

  @Test
  void timeProgressGivesCompletionProgressAndGap() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, "/api/v1/calculators/time-progress"
          + "?actual=313.64&target=1015&monthsElapsed=3&monthsTotal=12");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode body = reply.json();
      assertThat(body.path("completion").decimalValue().setScale(4, RoundingMode.HALF_UP))
          .isEqualTo(new BigDecimal("0.3090"));
      assertThat(body.path("timeProgress").decimalValue()).isEqualByComparingTo("0.25");
      assertThat(body.path("gapPercentagePoints").decimalValue()
          .setScale(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("5.90"));
    });
  }

  @Test
  void openApiDocumentIsServedAsOpenApi31() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = get(client, "/openapi.json");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.contentType()).startsWith(JSON);
      JsonNode document = reply.json();
      assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
      assertThat(document.path("paths").has("/api/v1/plans/{planId}/scorecard")).isTrue();
    });
  }

  @Test
  void docsPageIsSwaggerUiAndItsAssetsAreServed() {
    JavalinTest.test(app(), (server, client) -> {
      Reply docs = get(client, "/docs");
      assertThat(docs.status()).isEqualTo(200);
      assertThat(docs.contentType()).startsWith("text/html");
      assertThat(docs.body()).contains("swagger-ui", "/docs/swagger-init.js");
      assertThat(docs.body()).doesNotContain("SWAGGER_UI_VERSION");
      // No inline script: the page's policy would block it, so Swagger UI starts from a file,
      // which must not fetch the validator badge from a third-party origin.
      assertThat(docs.header("Content-Security-Policy")).contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      Reply init = ApiCalls.getStaticAsset(client, "/docs/swagger-init.js");
      assertThat(init.status()).isEqualTo(200);
      assertThat(init.contentType()).startsWith("text/javascript");
      assertThat(init.body()).contains("\"/openapi.json\"", "validatorUrl: null");

      Matcher assets = Pattern.compile("(?:href|src)=\"(/webjars/[^\"]+)\"").matcher(docs.body());
      List<String> referenced = new ArrayList<>();
      while (assets.find()) {
        referenced.add(assets.group(1));
      }
      assertThat(referenced).anyMatch(p -> p.endsWith("swagger-ui-bundle.js"));
      for (String asset : referenced) {
        Reply reply = ApiCalls.getStaticAsset(client, asset);
        assertThat(reply.status()).as(asset).isEqualTo(200);
        assertThat(reply.body()).as(asset).isNotEmpty();
        assertThat(reply.contentType()).as(asset)
            .startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
        assertThat(reply.header("Cache-Control")).as(asset).startsWith("max-age=");
      }
    });
  }

  @Test
  void onlyFilesOfTheSwaggerUiWebjarAreServedAsDocsAssets() {
    JavalinTest.test(app(), (server, client) -> {
      Matcher asset = Pattern.compile("src=\"(/webjars/swagger-ui/([^/]+)/swagger-ui-bundle.js)\"")
          .matcher(get(client, "/docs").body());
      assertThat(asset.find()).isTrue();
      String version = asset.group(2);
      for (String path : List.of(
          "/webjars/swagger-ui/0.0.0/swagger-ui-bundle.js",       // another version
          "/webjars/swagger-ui/" + version + "/no-such-file.js",   // not in the webjar
          "/webjars/swagger-ui/" + version + "/..%2F..%2Fpom.xml", // a way out of the folder
          "/webjars/swagger-ui/" + version + "/.hidden")) {
        Reply reply = ApiCalls.getStaticAsset(client, path);
        assertThat(reply.status()).as(path).isEqualTo(404);
        assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
      }
    });
  }
}
