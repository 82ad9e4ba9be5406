package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.Target;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;

/**
 * Tests of the OpenAPI document itself and of {@link OpenApiContract}: the document is well
 * formed, complete and self-consistent; its examples fit its schemas; the library's real output
 * fits them too; and the validator does fail on a body that breaks the contract.
 */
class OpenApiContractTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.load();
  private static final JsonNode DOC = CONTRACT.document();
  private static final ObjectMapper MAPPER = PlanJson.mapper();
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final String PLAN = "gongqingcheng-2022";
  private static final String SCORECARD = "/paths/~1api~1v1~1plans~1{planId}~1scorecard/post";
  private static final String ASSESSMENT =
      "/paths/~1api~1v1~1plans~1{planId}~1targets~1{targetId}~1assessment/post";

  // ---- the document

  @Test
  void theDocumentIsOpenApi310WithInfoAndServer() {
    assertThat(DOC.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(DOC.at("/info/title").asText()).isEqualTo("plan-metrics API");
    assertThat(DOC.at("/info/version").asText()).isEqualTo("0.1.0");
    assertThat(DOC.at("/info/description").asText())
        .contains("序时进度", "application/problem+json");
    // Relative: /docs tries the operations on the host and port that served it, not on 7070.
    assertThat(DOC.at("/servers").size()).isEqualTo(1);
    assertThat(DOC.at("/servers/0/url").asText()).isEqualTo("/");
  }

  @Test
  void theDocumentHasExactlyTheOperationsOfTheApi() {
    assertThat(CONTRACT.operations()).containsExactlyInAnyOrder(
        "GET /health",
        "GET /api/v1/plans",
        "GET /api/v1/plans/{planId}",
        "GET /api/v1/plans/{planId}/targets",
        "GET /api/v1/plans/{planId}/targets/{targetId}",
        "GET /api/v1/plans/{planId}/readings",
        "GET /api/v1/plans/{planId}/units",
        "GET /api/v1/plans/{planId}/units/{unitId}",
        "GET /api/v1/plans/{planId}/observations-template.xlsx",
        "POST /api/v1/plans/{planId}/scorecard",
        "POST /api/v1/plans/{planId}/targets/{targetId}/assessment",
        "POST /api/v1/plans/{planId}/teams/ranking",
        "POST /api/v1/plans/{planId}/quotas/report",
        "POST /api/v1/plans/{planId}/teams/weekly",
        "POST /api/v1/plans/{planId}/teams/quarterly",
        "POST /api/v1/plans/{planId}/bulletin",
        "POST /api/v1/plans/{planId}/projects/funnel",
        "POST /api/v1/plans/{planId}/projects/breakdown",
        "GET /api/v1/calculators/implied-base",
        "GET /api/v1/calculators/required-growth",
        "GET /api/v1/calculators/time-progress",
        "POST /api/v1/plan-drafts",
        "GET /openapi.json",
        "GET /docs");
  }

  @Test
  void everyOperationHasAnIdSummaryDescriptionTagsAndResponsesWithExamples() {
    List<String> missing = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    forEachOperation((where, operation) -> {
      for (String field : List.of("operationId", "summary", "description")) {
        if (operation.path(field).asText().isBlank()) {
          missing.add(where + ": no " + field);
        }
      }
      if (!ids.add(operation.path("operationId").asText())) {
        missing.add(where + ": operationId " + operation.path("operationId") + " is used twice");
      }
      if (operation.path("tags").isEmpty()) {
        missing.add(where + ": no tags");
      }
      operation.path("parameters").forEach(p -> {
        JsonNode parameter = deref(p);
        if (!parameter.has("schema")) {
          missing.add(where + ": parameter " + parameter.path("name") + " has no schema");
        }
      });
      if (!operation.path("responses").has("200")) {
        missing.add(where + ": no 200 response");
      }
      operation.path("responses").properties().forEach(r -> {
        JsonNode response = deref(r.getValue());
        // A 304 has no content (RFC 9110 §15.4.5).
        if (response.path("content").isEmpty() && !r.getKey().equals("304")) {
          missing.add(where + " " + r.getKey() + ": no content");
        }
        response.path("content").properties().forEach(m -> {
          if (!m.getValue().has("schema")) {
            missing.add(where + " " + r.getKey() + " " + m.getKey() + ": no schema");
          }
          if (!m.getValue().has("example") && m.getValue().path("examples").isEmpty()) {
            missing.add(where + " " + r.getKey() + " " + m.getKey() + ": no example");
          }
        });
      });
      JsonNode body = operation.path("requestBody");
      body.path("content").properties().forEach(m -> {
        if (m.getValue().path("examples").isEmpty() && !m.getValue().has("example")) {
          missing.add(where + " request " + m.getKey() + ": no example");
        }
      });
    });
    assertThat(missing).isEmpty();
    assertThat(ids).hasSize(CONTRACT.operations().size());
  }

  @Test
  void everyComponentSchemaHasAnExample() {
    List<String> without = new ArrayList<>();
    DOC.at("/components/schemas").properties().forEach(s -> {
      if (s.getValue().path("examples").isEmpty()) {
        without.add(s.getKey());
      }
    });
    assertThat(without).isEmpty();
  }

  @Test
  void everyExampleValidatesAgainstItsOwnSchema() {
    List<String> failures = new ArrayList<>();
    int[] checked = {0};
    BiConsumer<String, JsonNode> check = (schemaPointer, example) -> {
      checked[0]++;
      List<String> problems = CONTRACT.violations(schemaPointer, example);
      if (!problems.isEmpty()) {
        failures.add("#" + schemaPointer + ":\n    " + String.join("\n    ", problems));
      }
    };
    // Media types, parameters and headers: a "schema" beside "example" or "examples".
    walk(DOC, "", (pointer, node) -> {
      if (!node.has("schema")) {
        return;
      }
      String schema = pointer + "/schema";
      if (node.has("example")) {
        check.accept(schema, node.get("example"));
      }
      node.path("examples").properties().forEach(e -> check.accept(schema,
          deref(e.getValue()).path("value")));
    });
    // Schemas: JSON Schema's "examples" array.
    DOC.at("/components/schemas").properties().forEach(s -> s.getValue().path("examples")
        .forEach(example -> check.accept("/components/schemas/" + s.getKey(), example)));
    assertThat(failures).isEmpty();
    assertThat(checked[0]).isGreaterThan(100);
  }

  @Test
  void everyRefResolvesInsideTheDocument() {
    List<String> unresolved = new ArrayList<>();
    int[] refs = {0};
    walk(DOC, "", (pointer, node) -> {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs[0]++;
        String target = ref.asText();
        if (!target.startsWith("#/") || DOC.at(target.substring(1)).isMissingNode()) {
          unresolved.add(pointer + " → " + target);
        }
      }
    });
    assertThat(unresolved).isEmpty();
    assertThat(refs[0]).isGreaterThan(50);
  }

  @Test
  void everyComponentSchemaIsValidJsonSchema202012AndCompiles() {
    JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of(SchemaId.V202012));
    List<String> problems = new ArrayList<>();
    DOC.at("/components/schemas").properties().forEach(s -> {
      metaSchema.validate(s.getValue()).forEach(m -> problems.add(s.getKey() + ": " + m));
      // Compiling every keyword (and every $ref) up front finds a typo the examples might miss.
      assertThatCode(() -> CONTRACT.violations("/components/schemas/" + s.getKey(),
          EXACT.createObjectNode())).as(s.getKey()).doesNotThrowAnyException();
    });
    assertThat(problems).isEmpty();
  }

  /**
   * Outside the plan file and the observations (what callers send), a member holding a
   * LocalizedText has a {@code <member>Text} string beside it, required exactly when the text is; and every {@code *Text} has its text.
   */
  @Test
  void everyLocalizedTextOutsideThePlanFileHasItsTextSibling() {
    // What callers send is never localized: the plan file, and the observations in a body.
    Set<String> planFile = reachableSchemas("Plan");
    planFile.addAll(reachableSchemas("Observations"));
    List<String> problems = new ArrayList<>();
    DOC.at("/components/schemas").properties().forEach(s -> {
      if (planFile.contains(s.getKey())) {
        return;
      }
      JsonNode properties = s.getValue().path("properties");
      Set<String> required = new LinkedHashSet<>();
      s.getValue().path("required").forEach(r -> required.add(r.asText()));
      properties.properties().forEach(p -> {
        String name = p.getKey();
        if (p.getValue().path("$ref").asText().equals("#/components/schemas/LocalizedText")) {
          if (!properties.path(name + "Text").path("type").asText().equals("string")) {
            problems.add(s.getKey() + "." + name + " has no string " + name + "Text");
          } else if (required.contains(name) != required.contains(name + "Text")) {
            problems.add(s.getKey() + "." + name + "Text must be required exactly when " + name
                + " is");
          }
        }
        if (name.endsWith("Text") && !properties.path(name.substring(0, name.length() - 4))
            .path("$ref").asText().equals("#/components/schemas/LocalizedText")) {
          problems.add(s.getKey() + "." + name + " has no LocalizedText beside it");
        }
      });
    });
    assertThat(problems).isEmpty();
    assertThat(planFile).contains("Plan", "Target", "LocalizedText", "Responsibility",
            "RosterTeam").doesNotContain("TargetView", "Scorecard", "TeamStanding");
  }

  // ---- the validator

  @Test
  void theValidatorRejectsAScorecardWithoutPlanId() {
    ObjectNode scorecard =
        example(SCORECARD + "/responses/200/content/application~1json", "readme");
    String path = "/api/v1/plans/" + PLAN + "/scorecard";
    assertThatCode(() -> CONTRACT.assertValidResponse("POST", path, 200, "application/json",
        scorecard.toString())).doesNotThrowAnyException();

    scorecard.remove("planId");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("POST", path, 200,
        "application/json; charset=utf-8", scorecard.toString()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST " + path + " → 200")
        .hasMessageContaining("planId")
        .hasMessageContaining("body: {");
  }

  @Test
  void theValidatorListsEveryProblemOfABody() {
    ObjectNode assessment = example(ASSESSMENT + "/responses/200/content/application~1json",
        "behind");
    assessment.put("status", "LATE");
    assessment.remove("explanationText");
    assessment.put("colour", "red");
    ((ObjectNode) assessment.get("threshold")).put("value", "seven");
    assessment.put("asOf", "2023-02-30");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("POST",
        "/api/v1/plans/" + PLAN + "/targets/fdi-cumulative/assessment", 200, "application/json",
        assessment.toString()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/status")
        .hasMessageContaining("explanationText")
        .hasMessageContaining("colour")
        .hasMessageContaining("/threshold/value")
        .hasMessageContaining("/asOf");
  }

  @Test
  void theValidatorChecksProblemsAgainstTheirStatus() {
    String notFound = "{\"type\":\"https://planmetrics.org/problems/not-found\","
        + "\"title\":\"Not found\","
        + "\"status\":404,\"detail\":\"no plan 'x' is served\",\"instance\":\"/api/v1/plans/x\","
        + "\"errors\":[]}";
    assertThatCode(() -> CONTRACT.assertValidResponse("GET", "/api/v1/plans/x", 404,
        "application/problem+json", notFound)).doesNotThrowAnyException();
    // The right shape under the wrong status, and a problem sent as plain JSON, both fail.
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("POST",
        "/api/v1/plans/x/scorecard", 422, "application/problem+json", notFound))
        .isInstanceOf(AssertionError.class).hasMessageContaining("/status");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("GET", "/api/v1/plans/x", 404,
        "application/json", notFound))
        .isInstanceOf(AssertionError.class).hasMessageContaining("is not declared");
    // Only a 500 carries a problem id, and it must.
    String withId = notFound.replace("\"errors\":[]", "\"errors\":[],\"problemId\":\"abc\"");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("GET", "/api/v1/plans/x", 404,
        "application/problem+json", withId)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("problemId");
  }

  @Test
  void theValidatorRefusesWhatTheDocumentDoesNotDescribe() {
    String health = "{\"status\":\"UP\",\"plans\":[\"" + PLAN + "\"]}";
    assertThatCode(() -> CONTRACT.assertValidResponse("GET", "/health", 200, "application/json",
        health)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("GET", "/healthz", 200,
        "application/json", health)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("no path of the document matches '/healthz'");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("PUT", "/health", 200,
        "application/json", health)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("has no PUT operation");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("GET", "/health", 200, "text/plain",
        "UP")).isInstanceOf(AssertionError.class).hasMessageContaining("text/plain");
    assertThatThrownBy(() -> CONTRACT.assertValidResponse("GET", "/health", 200,
        "application/json", "{\"status\":")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void theValidatorMatchesTemplatesAndSharedResponses() {
    assertThat(CONTRACT.template("/api/v1/plans/" + PLAN + "/targets/fdi-growth?lang=en"))
        .contains("/api/v1/plans/{planId}/targets/{targetId}");
    assertThat(CONTRACT.template("/api/v1/plans/" + PLAN + "/targets/")).contains(
        "/api/v1/plans/{planId}/targets");
    assertThat(CONTRACT.template("/api/v1/calculators/implied-base?total=1&rate=0.1&years=3"))
        .contains("/api/v1/calculators/implied-base");
    assertThat(CONTRACT.template("/api/v1/plans//targets")).isEmpty();
    assertThat(CONTRACT.template("/")).isEmpty();

    String methodNotAllowed = "{\"type\":\"https://planmetrics.org/problems/method-not-allowed\","
        + "\"title\":\"Method not allowed\",\"status\":405,\"detail\":\"DELETE is not allowed\","
        + "\"instance\":\"/api/v1/plans\",\"errors\":[]}";
    assertThatCode(() -> CONTRACT.assertValidResponse("DELETE", "/api/v1/plans", 405,
        "application/problem+json", methodNotAllowed)).doesNotThrowAnyException();
    String notFound = "{\"type\":\"https://planmetrics.org/problems/not-found\","
        + "\"title\":\"Not found\","
        + "\"status\":404,\"detail\":\"no resource at /nowhere\",\"instance\":\"/nowhere\","
        + "\"errors\":[]}";
    assertThatCode(() -> CONTRACT.assertValidResponse("GET", "/nowhere", 404,
        "application/problem+json", notFound)).doesNotThrowAnyException();
    assertThatCode(() -> CONTRACT.assertValidResponse("GET", "/docs", 200,
        "text/html; charset=utf-8", "<!doctype html><title>docs</title>"))
        .doesNotThrowAnyException();
  }

  // ---- the library's real output fits the document

  @Test
  void theBundledPlanFileFitsThePlanSchema() {
    Plan plan = BundledPlans.gongqingcheng2022();
    CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN, 200, "application/json",
        PlanFiles.write(plan));
    CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN, 200, "application/json",
        PlanFiles.write(plan.withWindowReading("publication")));
  }

  /**
   * The Plan schema is plan-model's {@code plan.schema.json} with its {@code $defs} and inline
   * objects turned into components: with every {@code $ref} inlined and the annotations dropped,
   * the two are the same schema.
   */
  @Test
  void thePlanSchemaIsThePlanFileSchemaOfPlanModel() throws Exception {
    JsonNode planFileSchema;
    try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      planFileSchema = EXACT.readTree(in);
    }
    List<String> differences = new ArrayList<>();
    compare(inlined(DOC.at("/components/schemas/Plan"), DOC),
        inlined(planFileSchema, planFileSchema), "", differences);
    assertThat(differences).isEmpty();
  }

  @Test
  void theLibrarysScorecardFitsAndEqualsTheExample() throws Exception {
    Observations observations = requestExample(SCORECARD);
    Assessor assessor = Assessor.of(BundledPlans.gongqingcheng2022());
    for (String lang : List.of("zh", "en")) {
      CONTRACT.assertValidResponse("POST", "/api/v1/plans/" + PLAN + "/scorecard?lang=" + lang,
          200, "application/json", json(assessor.scorecard(observations), lang));
    }
    assertSameAsLibrary(SCORECARD + "/responses/200/content/application~1json", "readme",
        json(assessor.scorecard(observations), "zh"));
  }

  @Test
  void everyAssessmentOfTheLibraryFitsAndTheExamplesEqualIt() throws Exception {
    Observations observations = requestExample(ASSESSMENT);
    Assessor assessor = Assessor.of(BundledPlans.gongqingcheng2022());
    for (Target target : assessor.plan().targets()) {
      for (String lang : List.of("zh", "en")) {
        CONTRACT.assertValidResponse("POST", "/api/v1/plans/" + PLAN + "/targets/" + target.id()
            + "/assessment", 200, "application/json",
            json(assessor.assess(target, observations), lang));
      }
    }
    Map<String, String> examples = Map.of("behind", "fdi-cumulative zh",
        "notAssessable", "cash-fdi-growth en", "ranks", "open-economy-first-tier zh",
        "share", "leading-industry-share zh");
    for (Map.Entry<String, String> e : examples.entrySet()) {
      String[] idAndLang = e.getValue().split(" ");
      Assessment assessment = assessor.assess(idAndLang[0], observations).orElseThrow();
      assertSameAsLibrary(ASSESSMENT + "/responses/200/content/application~1json", e.getKey(),
          json(assessment, idAndLang[1]));
    }
  }

  @Test
  void theLibrarysPlansTargetsAndUnitsFitTheirViews() throws Exception {
    Plan plan = BundledPlans.gongqingcheng2022();
    ObjectMapper mapper = MAPPER;
    for (String lang : List.of("zh", "en")) {
      ObjectNode plans = mapper.createObjectNode();
      ObjectNode summary = plans.putArray("plans").addObject().put("id", plan.id());
      summary.set("title", mapper.valueToTree(plan.title()));
      summary.set("window", mapper.valueToTree(plan.window()));
      summary.put("windowReading", plan.windowSelection().selected());
      CONTRACT.assertValidResponse("GET", "/api/v1/plans", 200, "application/json",
          json(plans, lang));

      ObjectNode targets = mapper.createObjectNode().put("planId", plan.id());
      ArrayNode targetList = targets.putArray("targets");
      for (Target target : plan.targets()) {
        ObjectNode view = mapper.createObjectNode()
            .put("goalId", plan.goalOf(target.id()).orElseThrow().id());
        view.setAll((ObjectNode) mapper.valueToTree(target));
        targetList.add(view.deepCopy());
        CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN + "/targets/" + target.id(),
            200, "application/json", json(view, lang));
      }
      CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN + "/targets", 200,
          "application/json", json(targets, lang));

      ObjectNode units = mapper.createObjectNode().put("planId", plan.id());
      ArrayNode unitList = units.putArray("units");
      for (ResponsibleUnit unit : plan.units()) {
        unitList.add(mapper.<JsonNode>valueToTree(unit));
        ObjectNode detail = mapper.valueToTree(unit);
        detail.set("responsibilities", mapper.valueToTree(plan.responsibilitiesOf(unit.id())));
        CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN + "/units/" + unit.id(), 200,
            "application/json", json(detail, lang));
      }
      CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN + "/units", 200,
          "application/json", json(units, lang));
    }
  }

  @Test
  void theLibrarysReadingsFitTheirViewAndTheExampleEqualsThem() throws Exception {
    Assessor assessor = Assessor.of(BundledPlans.gongqingcheng2022());
    ObjectNode readings = MAPPER.createObjectNode().put("planId", PLAN);
    readings.set("readings", MAPPER.valueToTree(assessor.readings()));
    for (String lang : List.of("zh", "en")) {
      CONTRACT.assertValidResponse("GET", "/api/v1/plans/" + PLAN + "/readings?lang=" + lang,
          200, "application/json", json(readings, lang));
    }
    assertSameAsLibrary("/paths/~1api~1v1~1plans~1{planId}~1readings/get/responses/200/content/"
        + "application~1json", "bundled", json(readings, "zh"));
  }

  @Test
  void theCalculatorExamplesAreTheFormulasResultsAsAnswered() {
    String base = "/paths/~1api~1v1~1calculators~1";
    JsonNode implied = example(base + "implied-base/get/responses/200/content/application~1json",
        "outOfProvince");
    assertThat(implied.get("impliedBase").decimalValue()).isEqualTo(AnswerNumbers.round(
        Compounding.impliedBaseValue(implied.get("total").decimalValue(),
            implied.get("rate").decimalValue(), implied.get("years").intValue())));
    JsonNode required = example(base
        + "required-growth/get/responses/200/content/application~1json", "outOfProvince");
    assertThat(required.get("requiredGrowthRate").decimalValue()).isEqualTo(
        AnswerNumbers.round(Compounding.requiredGrowthRate(required.get("base").decimalValue(),
            required.get("total").decimalValue(), required.get("years").intValue())));
    JsonNode pace = example(base + "time-progress/get/responses/200/content/application~1json",
        "bulletin");
    BigDecimal completion = Pacing.completionRate(pace.get("actual").decimalValue(),
        pace.get("target").decimalValue());
    BigDecimal progress = Pacing.timeProgress(pace.get("monthsElapsed").intValue(),
        pace.get("monthsTotal").intValue());
    assertThat(pace.get("completion").decimalValue()).isEqualTo(AnswerNumbers.round(completion));
    assertThat(pace.get("timeProgress").decimalValue()).isEqualTo(AnswerNumbers.round(progress));
    assertThat(pace.get("gapPercentagePoints").decimalValue())
        .isEqualTo(AnswerNumbers.round(Pacing.gapInPercentagePoints(completion, progress)));
  }

  // ---- helpers

  /** The JSON a server would send for {@code value}: plan JSON plus {@code *Text} siblings. */
  private static String json(Object value, String lang) throws JsonProcessingException {
    JsonNode node = MAPPER.valueToTree(value);
    addTexts(node, lang);
    return AnswerNumbers.writer(PlanJson.writer()).writeValueAsString(node);
  }

  private static void addTexts(JsonNode node, String lang) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> field : fields) {
        JsonNode value = field.getValue();
        if (value.isObject() && value.size() == 2 && value.path("zh").isTextual()
            && value.path("en").isTextual()) {
          object.put(field.getKey() + "Text", value.get(lang).asText());
        } else {
          addTexts(value, lang);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> addTexts(child, lang));
    }
  }

  private static Observations requestExample(String operation) throws JsonProcessingException {
    JsonNode observations = DOC.at(operation
        + "/requestBody/content/application~1json/examples/readme/value");
    assertThat(observations.isObject()).as("the readme request example of " + operation).isTrue();
    return PlanJson.reader().treeToValue(observations, Observations.class);
  }

  private static ObjectNode example(String mediaType, String name) {
    JsonNode value = DOC.at(mediaType + "/examples/" + name + "/value");
    assertThat(value.isObject()).as("example " + name + " at " + mediaType).isTrue();
    return (ObjectNode) value.deepCopy();
  }

  private static void assertSameAsLibrary(String mediaType, String name, String libraryJson)
      throws JsonProcessingException {
    JsonNode library = EXACT.readTree(libraryJson);
    assertThat(example(mediaType, name))
        .as("example '%s' at %s differs from the library's output; the library gives:%n%s", name,
            mediaType, PlanJson.writer().withDefaultPrettyPrinter()
                .writeValueAsString(library))
        .isEqualTo(library);
  }

  private static void forEachOperation(BiConsumer<String, JsonNode> action) {
    DOC.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
          .contains(op.getKey())) {
        action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
      }
    }));
  }

  private static JsonNode deref(JsonNode node) {
    if (node.has("$ref")) {
      JsonNode target = DOC.at(OpenApiContract.refPointer(node.get("$ref").asText()));
      assertThat(target.isMissingNode()).as("unresolved " + node.get("$ref")).isFalse();
      return target;
    }
    return node;
  }

  /**
   * Visits every object of the document with its JSON Pointer, except the insides of examples,
   * whose data is not part of the description.
   */
  private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(pointer, node);
      node.properties().forEach(field -> {
        String key = field.getKey();
        if (key.equals("example") || key.equals("examples") && node.has("schema")) {
          return;
        }
        if (key.equals("examples") && field.getValue().isArray()) {
          return;
        }
        walk(field.getValue(), pointer + "/" + OpenApiContract.escape(key), visit);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visit);
      }
    }
  }

  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$defs", "title", "description", "examples");

  /** {@code schema} with every local {@code $ref} replaced by its target, without annotations. */
  private static JsonNode inlined(JsonNode schema, JsonNode root) {
    if (schema.isObject()) {
      if (schema.has("$ref")) {
        return inlined(root.at(OpenApiContract.refPointer(schema.get("$ref").asText())), root);
      }
      ObjectNode result = EXACT.createObjectNode();
      // An enum of strings gives the type: {"type": "string", "enum": [...]} is {"enum": [...]}.
      boolean typedEnum = schema.path("type").asText().equals("string") && schema.has("enum");
      schema.properties().forEach(field -> {
        boolean redundantType = typedEnum && field.getKey().equals("type");
        if (!ANNOTATIONS.contains(field.getKey()) && !redundantType) {
          // Under "properties" the keys are names, not keywords: keep them all.
          result.set(field.getKey(), field.getKey().equals("properties")
              ? inlinedProperties(field.getValue(), root) : inlined(field.getValue(), root));
        }
      });
      return result;
    }
    if (schema.isArray()) {
      ArrayNode result = EXACT.createArrayNode();
      schema.forEach(item -> result.add(inlined(item, root)));
      return result;
    }
    return schema;
  }

  /** Adds to {@code out} each pointer where {@code actual} and {@code expected} differ. */
  private static void compare(JsonNode actual, JsonNode expected, String pointer,
      List<String> out) {
    if (actual.isObject() && expected.isObject()) {
      Set<String> names = new TreeSet<>();
      actual.fieldNames().forEachRemaining(names::add);
      expected.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(actual.path(name), expected.path(name), pointer + "/" + name, out);
      }
    } else if (!actual.equals(expected)) {
      out.add(pointer + ": the document has " + actual + " but plan.schema.json has " + expected);
    }
  }

  private static JsonNode inlinedProperties(JsonNode properties, JsonNode root) {
    ObjectNode result = EXACT.createObjectNode();
    properties.properties().forEach(p -> result.set(p.getKey(), inlined(p.getValue(), root)));
    return result;
  }

  /** The component schemas {@code name} refers to, directly or through others, and itself. */
  private static Set<String> reachableSchemas(String name) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(name));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        walk(DOC.at("/components/schemas/" + next), "", (pointer, node) -> {
          String ref = node.path("$ref").asText();
          if (ref.startsWith("#/components/schemas/")) {
            todo.add(ref.substring("#/components/schemas/".length()));
          }
        });
      }
    }
    return seen;
  }
}
