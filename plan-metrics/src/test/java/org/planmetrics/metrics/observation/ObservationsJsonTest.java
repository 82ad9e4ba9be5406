package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.PlainWords;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonSyntax;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@link ObservationsJson} and its walk, {@link ObservationsShape}: every problem of a document at
 * once, in document order, each worded plainly in both languages; a repaired document always
 * binds, so that the checks of the plan run on the rest; and what a check would say about a value
 * set aside is not said.
 */
class ObservationsJsonTest {

  @Test
  void theSampleReadsWithoutAProblem() throws Exception {
    ObservationsJson.Reading reading = ObservationsJson.read(Files.readAllBytes(SAMPLE), PLAN,
        FILE);

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.isUsable()).isTrue();
    assertThat(reading.observations()).contains(PlanJson.reader().forType(Observations.class)
        .readValue(SAMPLE.toFile()));
  }

  @Test
  void malformedTextIsOneProblemInPlainWords() {
    ObservationsJson.Reading reading = ObservationsJson.read(
        "{\"asOf\": \"2024-06-30\"}{}".getBytes(StandardCharsets.UTF_8), PLAN, FILE);

    assertThat(reading.observations()).isEmpty();
    assertThat(reading.fieldProblems()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("malformed-json");
      assertThat(v.message()).startsWith("the file must hold one JSON value");
      assertThat(v.messageZh()).contains(
          "文件只能包含一个JSON值,但其后还有内容(第1行第23列),附近内容为'…asOf\": \"2024-06-30\"}{}'");
    });
  }

  @Test
  void fieldProblemsAndPlanProblemsComeTogether() throws Exception {
    ObjectNode sample = sample();
    ((ObjectNode) sample.at("/projects/3")).put("investment", "abc");
    ((ObjectNode) sample.at("/teams/0/tasks/2023")).put("signed-investment", "12");
    ((ArrayNode) sample.at("/teams/0/units")).add("no-such-bureau");
    ((ObjectNode) sample.at("/projects/0")).put("investment", -5);

    ObservationsJson.Reading reading = ObservationsJson.read(
        sample.toString().getBytes(StandardCharsets.UTF_8), PLAN, FILE);

    assertThat(reading.observations()).isEmpty();
    assertThat(reading.fieldProblems()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projects/3/investment", "wrong-type"),
            tuple("/teams/0/tasks/2023/signed-investment", "wrong-type"));
    // A negative investment is a project's own rule: set aside before binding, still listed.
    assertThat(reading.planProblems()).extracting(Violation::rule)
        .containsExactly("negative-investment", "unknown-unit");
    assertThat(reading.fieldProblems().get(0).messages().zh())
        .isEqualTo("'investment'(总投资额)须为数字,实为'abc'");
  }

  @Test
  void theNewLedgerFieldsAreReadAndANegativePaidInIsRefusedAtItsPointer() throws Exception {
    ObjectNode sample = sample();
    ((ObjectNode) sample.at("/projects/1")).put("registeredOn", "2022-04-01")
        .put("listedOn", "2022-10-31").put("paidIn", 3.5);
    ((ObjectNode) sample.at("/projects/2")).put("paidIn", -1).put("listedOn", "2022-02-30");

    ObservationsJson.Reading reading = ObservationsJson.read(
        sample.toString().getBytes(StandardCharsets.UTF_8), PLAN, FILE);

    assertThat(reading.problems()).extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(tuple("/projects/2/listedOn", "invalid-value"),
            tuple("/projects/2/paidIn", "negative-investment"));
    assertThat(reading.problems()).filteredOn(v -> v.path().endsWith("paidIn")).singleElement()
        .satisfies(v -> assertThat(v.messageZh()).hasValueSatisfying(m ->
            assertThat(m).startsWith("'paidIn'(实际到位资金)不得为负数")));
    ((ObjectNode) sample.at("/projects/2")).remove(List.of("paidIn", "listedOn"));
    LedgerProject read = ObservationsJson.read(sample.toString().getBytes(
        StandardCharsets.UTF_8), PLAN, FILE).observations().orElseThrow().projects().get(1);
    assertThat(read.registeredOn()).hasValue(LocalDate.of(2022, 4, 1));
    assertThat(read.listedOn()).hasValue(LocalDate.of(2022, 10, 31));
    assertThat(read.paidIn()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("3.5"));
  }

  @Test
  void whatAChecksWouldSayOfAValueSetAsideIsNotSaid() throws Exception {
    ObjectNode sample = sample();
    ((ObjectNode) sample.at("/teams/0")).put("id", 7);
    ((ObjectNode) sample.at("/projects/2")).remove("signedOn");
    ((ObjectNode) sample.at("/projects/2")).put("startedOn", "2022-01-02");

    ObservationsJson.Reading reading = ObservationsJson.check(sample, PLAN);

    assertThat(reading.fieldProblems()).extracting(Violation::path)
        .containsExactly("/teams/0/id");
    // Started without a signing date: the project's own rule, and only that; neither "unknown
    // team" for the projects of the team whose id was refused, nor a start before the stand-in
    // signing date.
    assertThat(reading.planProblems()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projects/2/signedOn", "missing-stage"));
  }

  private static final ObjectMapper MAPPER = PlanJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final JsonSyntax.Subject FILE = new JsonSyntax.Subject("the file", "文件");
  /** Maven runs the tests in the module's folder; the samples are one up. */
  private static final Path SAMPLE = Path.of("..", "samples", "gongqingcheng-sample.json");

  @Test
  void theSampleHasNoProblemAndIsLeftAsItIs() throws Exception {
    ObjectNode sample = sample();
    ObjectNode copy = sample.deepCopy();

    ObservationsShape.Result result = ObservationsShape.check(sample, Observations.class);

    assertThat(result.problems()).isEmpty();
    assertThat(result.repaired()).isEmpty();
    assertThat(sample).isEqualTo(copy);
  }

  @Test
  void everyProblemIsFoundInDocumentOrderWithMissingMembersLastInTheTypesOrder()
      throws Exception {
    ObjectNode body = (ObjectNode) MAPPER.readTree("""
        {"asOf": "2024-06-31",
         "projects": [{"investment": "12", "industrial": 1, "extra": true},
                      "P-2",
                      {"id": "P-3", "signedOn": "2024-01-01", "investment": 1e99,
                       "investorTypes": ["FORTUNE_500", 3], "startedOn": null}],
         "ranks": {"2023": {"totalRank": 2.5, "growthRank": 99999999999, "peerCount": "13"}},
         "teams": [{"id": "t", "name": {"zh": "一组"}, "tasks": {"2024": {"signed-projects": []}}}]}
        """);

    ObservationsShape.Result result = ObservationsShape.check(body, Observations.class);

    assertThat(result.problems()).extracting(Violation::path, Violation::rule).containsExactly(
        tuple("/asOf", "invalid-value"),
        tuple("/projects/0/investment", "wrong-type"),
        tuple("/projects/0/industrial", "wrong-type"),
        tuple("/projects/0/extra", "unknown-field"),
        tuple("/projects/0/id", "missing-field"),
        tuple("/projects/1", "wrong-type"),
        tuple("/projects/2/investment", "number-out-of-range"),
        tuple("/projects/2/investorTypes/0", "invalid-value"),
        tuple("/projects/2/investorTypes/1", "wrong-type"),
        tuple("/projects/2/startedOn", "null-value"),
        tuple("/ranks/2023/totalRank", "invalid-value"),
        tuple("/ranks/2023/growthRank", "invalid-value"),
        tuple("/ranks/2023/peerCount", "wrong-type"),
        tuple("/teams/0/name/en", "missing-field"),
        tuple("/teams/0/tasks/2024/signed-projects",
            "wrong-type"));
    // Neither a signing nor a pipeline date: a rule of the project's own (a pipeline project
    // needs no signing date), reported once its members have their types.
    assertThat(result.ruleProblems()).extracting(Violation::path, Violation::rule)
        .contains(tuple("/projects/0/signedOn", "missing-stage"));
    result.problems().forEach(PlainWords::assertPlain);
    assertThatCode(() -> MAPPER.treeToValue(body, Observations.class)).doesNotThrowAnyException();
  }

  @Test
  void aStandInCoversWhatIsInsideIt() {
    ObservationsShape.Result result = new ObservationsShape.Result(List.of(), 0,
        Set.of("/projects/1"), List.of(), java.util.Optional.empty());

    assertThat(result.covers("/projects/1")).isTrue();
    assertThat(result.covers("/projects/1/id")).isTrue();
    assertThat(result.covers("/projects/10")).isFalse();
    assertThat(result.covers("/projects/0/id")).isFalse();
  }

  @Test
  void theSampleDamagedAnywhereStillBindsOnceRepaired() throws Exception {
    Random random = new Random(20261201L);
    JsonNode[] damages = {NODES.textNode("x"), NODES.numberNode(7), NODES.numberNode(2.5),
        NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(),
        NODES.textNode("2024-02-30"), NODES.numberNode(new java.math.BigDecimal("1e99"))};
    for (int round = 0; round < 400; round++) {
      ObjectNode body = sample();
      List<JsonNode> containers = new ArrayList<>();
      collect(body, containers);
      for (int d = 0; d < 1 + random.nextInt(6); d++) {
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode damage = damages[random.nextInt(damages.length)];
        if (container instanceof ObjectNode object && object.size() > 0) {
          List<String> names = new ArrayList<>();
          object.fieldNames().forEachRemaining(names::add);
          String name = names.get(random.nextInt(names.size()));
          switch (random.nextInt(3)) {
            case 0 -> object.remove(name);
            case 1 -> object.set(name + "x", damage);
            default -> object.set(name, damage);
          }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
          array.set(random.nextInt(array.size()), damage);
        }
      }
      String before = body.toString();

      ObservationsShape.Result result = ObservationsShape.check(body, Observations.class);

      assertThatCode(() -> MAPPER.treeToValue(body, Observations.class))
          .as("round %s, repaired from %s", round, before).doesNotThrowAnyException();
      result.problems().forEach(PlainWords::assertPlain);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), containers);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, containers));
    }
  }

  private static ObjectNode sample() throws Exception {
    return (ObjectNode) MAPPER.readTree(SAMPLE.toFile());
  }
}
