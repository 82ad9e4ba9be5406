package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Language;
import org.planmetrics.model.PlainWords;
import org.planmetrics.model.Violation;

/**
 * Every error a plan file can get reads as a person would write it, in Chinese and in English:
 * each violation of a broad set of bad files (every invalid fixture, malformed JSON of many
 * kinds, a GBK file, the bundled plan damaged against the schema and against the rules) has a
 * Chinese message, and no message, nor the refusal's text in either language, names a Java class,
 * a Jackson feature or a stack frame.
 */
class PlanMessagesTest {

  private static final String FIXTURES = "/org/planmetrics/model/fixtures/invalid/";
  private static final String BUNDLED = "/org/planmetrics/model/plans/gongqingcheng-2022.json";

  /** The rules seen across the tests of this class, to show that the set of inputs is broad. */
  private static final Set<String> RULES = new TreeSet<>();

  /** The invalid fixtures; Maven runs the tests in the module's folder. */
  static Stream<String> fixtures() throws IOException {
    Path folder = Path.of("src/test/resources" + FIXTURES);
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyInvalidFixtureIsRefusedInPlainWordsInBothLanguages(String file) {
    assertPlainRefusal(refusal(() -> PlanFiles.loadResource(FIXTURES + file)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "[", "", "   ", "{\"id\": \"x\"}{}", "{\"id\": \"a\", \"id\": \"b\"}",
      "{\"formatVersion\": NaN}", "{'id': 'x'}", "{id: 1}", "{\"id\": 1,}", "{\"id\": 012}",
      "[1 2]", "{\"id\": \"x\ny\"}", "{\"id\": tru}", "{\"id\": 1}]", "{\"id\" 1}",
      "{\"id\": -}", "{\"id\": 1e}", "{\"id\": \"\\q\"}", "// a comment\n{}", "nul",
      "\"a plan\"", "42", "[]"})
  void malformedJsonIsRefusedInPlainWords(String text) {
    InvalidPlanException e = refusal(() -> PlanFiles.read(text, "test"));

    assertPlainRefusal(e);
  }

  @Test
  void malformedJsonSaysWhereInBothLanguages() {
    InvalidPlanException e = refusal(() -> PlanFiles.read("{\n  \"id\": NaN\n}", "test"));

    Violation v = e.violations().get(0);
    assertThat(v.rule()).isEqualTo("malformed-json");
    assertThat(v.message()).contains("line 2", "/id");
    assertThat(v.messageZh()).hasValueSatisfying(zh -> assertThat(zh).contains("第2行", "/id"));
  }

  @Test
  void aRepeatedNameIsNamedAsSuch() {
    InvalidPlanException e = refusal(() ->
        PlanFiles.read("{\"goals\": [{\"id\": \"a\", \"id\": \"b\"}]}", "test"));

    Violation v = e.violations().get(0);
    assertThat(v.value()).contains("id");
    assertThat(v.message()).contains("'id' appears twice", "/goals/0/id");
    assertThat(v.messageZh()).hasValueSatisfying(zh -> assertThat(zh).contains("'id'出现了两次"));
  }

  @Test
  void aSecondValueAfterThePlanIsNamedAsSuch() {
    InvalidPlanException e = refusal(() -> PlanFiles.read("{}\n{}", "test"));

    assertThat(e.violations().get(0).message()).contains("one JSON value", "line 2");
    assertThat(e.violations().get(0).messageZh())
        .hasValueSatisfying(zh -> assertThat(zh).contains("只能包含一个JSON值"));
  }

  @Test
  void aGbkFileIsRefusedWithAdviceInBothLanguages(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gbk.json");
    Files.write(file, bundledText().getBytes(Charset.forName("GBK")));

    InvalidPlanException e = refusal(() -> PlanFiles.load(file));

    assertPlainRefusal(e);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("not-utf-8");
      assertThat(v.messageZh()).hasValueSatisfying(zh -> assertThat(zh).contains("UTF-8", "GBK"));
    });
  }

  @Test
  void theBundledPlanDamagedAgainstTheSchemaIsRefusedInPlainWords() {
    JsonNode plan = bundledTree();
    List<JsonNode> scalars = new ArrayList<>();
    List<ObjectNode> objects = new ArrayList<>();
    collect(plan, scalars, objects);
    // Every 23rd scalar becomes an object, every 29th string a number, and every 31st number
    // a string: wrong types everywhere.
    for (int i = 0; i < objects.size(); i++) {
      ObjectNode object = objects.get(i);
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (int n = 0; n < names.size(); n++) {
        JsonNode value = object.get(names.get(n));
        int k = (i * 7 + n);
        if (value.isValueNode() && k % 23 == 0) {
          object.putObject(names.get(n));
        } else if (value.isTextual() && k % 29 == 1) {
          object.put(names.get(n), 12);
        } else if (value.isNumber() && k % 31 == 2) {
          object.put(names.get(n), "twelve");
        }
      }
      if (i % 17 == 0) {
        object.put("remarks", "an unknown field");
      }
      if (i % 19 == 5 && !names.isEmpty()) {
        object.remove(names.get(0));
      }
    }
    edit(plan, "/goals/0/targets/0", t -> t.put("operator", "ABOUT").put("id", "Not An Id"));
    edit(plan, "/cadences/0", c -> c.put("kind", "team meeting").put("minimumCount", 0));
    edit(plan, "", p -> p.put("formatVersion", 2).put("publicationDate", "2022-02-30"));
    edit(plan, "/goals/0", g -> g.put("clause", "第二条"));
    ((ArrayNode) plan.at("/projectTiers/topInvestorTypes")).add(
        plan.at("/projectTiers/topInvestorTypes/0").asText());

    InvalidPlanException e = refusal(() -> PlanFiles.read(plan.toString(), "damaged"));

    assertPlainRefusal(e);
    assertThat(e.violations()).extracting(Violation::rule)
        .contains("wrong-type", "unknown-field", "missing-field", "invalid-value");
  }

  @Test
  void theBundledPlanBrokenAgainstItsRulesIsRefusedInPlainWords() {
    JsonNode plan = bundledTree();
    edit(plan, "/window/readings/0/window", w -> w.put("endYear", 2021));
    edit(plan, "", p -> p.put("dutiesFrom", "2031-01-01"));
    edit(plan, "/indicators/1", i -> i.put("id", plan.at("/indicators/0/id").asText()));
    edit(plan, "/units/0", u -> u.put("hostedBy", "no-such-unit"));
    edit(plan, "/units/1", u -> u.put("id", "a-unit-nobody-uses"));
    edit(plan, "/cadences/0", c -> c.put("owner", "no-such-unit").put("clause", "九.9"));
    edit(plan, "/uncountedDuties/0", d -> d.put("owner", "no-such-unit"));
    edit(plan, "/peerGroup", g -> g.put("self", "nowhere"));
    edit(plan, "/readings/0", r -> r.put("id", "window"));
    ((ArrayNode) plan.at("/readings/0/targets")).add("no-such-target");
    edit(plan, "/teams/1", t -> t.put("lead", "no-such-unit"));
    edit(plan, "/activityKinds/1", k -> k.put("kind", plan.at("/activityKinds/0/kind").asText()));
    edit(plan, "/activityKinds/2", k -> k.put("kind", plan.at("/cadences/1/kind").asText()));
    edit(plan, "/peerGroup/firstTierRule", r -> r.put("method", "TOP_COUNT").remove(
        "denominator"));
    edit(plan, "/goals/0/targets/0", t -> t.put("commitment", "ENSURE").put("operator",
        "GREATER_THAN"));
    edit(plan, "/goals/0/targets/1/threshold", t -> t.put("value", 8));
    edit(plan, "/goals/0/targets/2/threshold", t -> t.put("value", 7));
    edit(plan, "/goals/1/targets/0", t -> t.put("clause", "二.3"));
    edit(plan, "/keyDirections/0", d -> d.put("clause", "九.9"));
    edit(plan, "/projectTiers/tiers/1/minInvestment", m -> m.put("value", -20));
    ((ArrayNode) plan.at("/keyDirections/0/goals")).add(plan.at("/keyDirections/0/goals/0")
        .asText());
    ArrayNode responsibilities = (ArrayNode) plan.at("/measures/0/responsibilities");
    responsibilities.add(responsibilities.get(0).deepCopy());

    InvalidPlanException e = refusal(() -> PlanFiles.read(plan.toString(), "broken"));

    assertPlainRefusal(e);
    assertThat(e.violations()).extracting(Violation::rule).contains("window-order",
        "after-window", "duplicate-id", "unknown-reference", "reserved-id", "missing-field",
        "unknown-clause", "negative-amount", "duplicate-reference", "duplicate-responsibility");
  }

  @Test
  void theRefusalReadsInChineseLineByLine() {
    InvalidPlanException e = refusal(() -> PlanFiles.loadResource(FIXTURES
        + "duplicate-unit-id.json"));

    assertThat(e.text(Language.ZH)).startsWith("方案classpath:" + FIXTURES
            + "duplicate-unit-id.json无效:共1处错误\n  /units/3/id [duplicate-id] 'id'须唯一,但")
        .contains("'commerce-office'在/units/0已使用");
    assertThat(e.text(Language.EN)).isEqualTo(e.getMessage());
  }

  @Test
  void theSetOfBadInputsIsBroad() {
    everyInvalidFixtureIsRefusedInPlainWordsInBothLanguages("three-defects.json");
    theBundledPlanBrokenAgainstItsRulesIsRefusedInPlainWords();
    theBundledPlanDamagedAgainstTheSchemaIsRefusedInPlainWords();

    assertThat(RULES).hasSizeGreaterThanOrEqualTo(15);
  }

  private static void assertPlainRefusal(InvalidPlanException e) {
    assertThat(e.violations()).isNotEmpty();
    for (Violation v : e.violations()) {
      PlainWords.assertPlain(v);
      RULES.add(v.rule());
    }
    PlainWords.assertPlain(e.getMessage());
    PlainWords.assertPlain(e.text(Language.ZH));
  }

  private static InvalidPlanException refusal(Runnable load) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, load::run);
    assertThat(e).as("the plan must be refused").isNotNull();
    return e;
  }

  private static void collect(JsonNode node, List<JsonNode> scalars, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        collect(field.getValue(), scalars, objects);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, scalars, objects));
    } else {
      scalars.add(node);
    }
  }

  private static void edit(JsonNode plan, String pointer, Consumer<ObjectNode> change) {
    JsonNode node = pointer.isEmpty() ? plan : plan.at(pointer);
    assertThat(node).as("%s in the bundled plan", pointer).isInstanceOf(ObjectNode.class);
    change.accept((ObjectNode) node);
  }

  private static JsonNode bundledTree() {
    try {
      return PlanJson.reader().readTree(bundledText());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String bundledText() {
    try (InputStream in = PlanMessagesTest.class.getResourceAsStream(BUNDLED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
