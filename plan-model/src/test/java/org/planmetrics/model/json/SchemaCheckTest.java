package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.Violation;

class SchemaCheckTest {

  private static final String FIXTURES = "/org/planmetrics/model/fixtures/";
  private static final String MINIMAL = FIXTURES + "minimal-plan.json";
  private static final String BUNDLED = "/org/planmetrics/model/plans/gongqingcheng-2022.json";

  /** The minimal plan with {@code count} unknown fields at its start: extra-0000, extra-0001... */
  private static String withUnknownFields(int count) throws IOException {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < count; i++) {
      fields.append(String.format(Locale.ROOT, "\"extra-%04d\": %d, ", i, i));
    }
    return resourceText(MINIMAL).replaceFirst("\\{", "{" + fields);
  }

  /**
   * The minimal plan with 240 goals broken in three ways in turn (empty, an unknown field and a
   * wrong type, a target missing its operator) and two unknown fields at its end: 642 violations
   * spread through the document, few enough for the unbounded check to list.
   */
  private static String brokenThroughout() throws IOException {
    String plan = resourceText(MINIMAL);
    String goal = PlanJson.mapper().readTree(plan).get("goals").get(0).toString();
    StringBuilder goals = new StringBuilder();
    for (int i = 0; i < 240; i++) {
      String broken = switch (i % 3) {
        case 0 -> "{}";
        case 1 -> goal.replaceFirst("\\{", "{\"priority\": 1, ").replaceFirst(
            "\"clause\":\"[^\"]*\"", "\"clause\":7");
        default -> goal.replaceFirst("\"operator\":\"[A-Z_]+\",", "");
      };
      goals.append(i == 0 ? "" : ", ").append(broken);
    }
    String json = plan.replaceFirst("\"goals\"\\s*:\\s*\\[", "\"goals\": [" + goals + ", ");
    int end = json.lastIndexOf('}');
    return json.substring(0, end) + ", \"zz-late\": 1, \"zz-later\": [1, 2]}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal-plan.json", "invalid/duplicate-unit-id.json",
      "invalid/unknown-field.json", "invalid/missing-operator.json",
      "invalid/missing-key-direction-title.json", "invalid/wrong-type-minimum-count.json",
      "invalid/three-defects.json"})
  void aRunWithinItsBudgetFindsWhatAnUnboundedCheckFinds(String fixture) throws IOException {
    JsonNode tree = PlanJson.mapper().readTree(resourceText(FIXTURES + fixture));

    SchemaCheck.Run run = SchemaCheck.run(tree, SchemaCheck.MAX_MESSAGES);

    assertThat(run.stopped()).isFalse();
    assertThat(run.violations()).isEqualTo(SchemaCheck.all(tree));
  }

  @Test
  void aRunStopsAtTheFirstMessageBeyondItsBudget() throws IOException {
    JsonNode ten = PlanJson.mapper().readTree(withUnknownFields(10));
    JsonNode eleven = PlanJson.mapper().readTree(withUnknownFields(11));

    assertThat(SchemaCheck.run(ten, 10).stopped()).isFalse();
    assertThat(SchemaCheck.run(ten, 10).violations()).hasSize(10);
    assertThat(SchemaCheck.run(eleven, 10)).isEqualTo(new SchemaCheck.Run(List.of(), true));
  }

  @Test
  void theFirstViolationsFoundAreViolationsOfTheWholeDocument() throws IOException {
    String json = brokenThroughout();
    List<Violation> all = SchemaCheck.all(PlanJson.mapper().readTree(json));
    long values = JsonPrefix.count(json, Long.MAX_VALUE - 1);
    assertThat(all).hasSize(642);

    for (int wanted : new int[] {1, 7, 100, 500}) {
      SchemaCheck.Findings first = SchemaCheck.firstViolations(json, values, wanted);

      assertThat(first.violations()).as("wanted %s", wanted).hasSize(wanted)
          .isSubsetOf(all).doesNotHaveDuplicates();
      assertThat(first.found()).isGreaterThanOrEqualTo(wanted);
    }
    assertThat(SchemaCheck.firstViolations(json, values, 100).violations())
        .extracting(Violation::path)
        .startsWith("/goals/0/clause", "/goals/0/id", "/goals/0/targets", "/goals/0/text",
            "/goals/0/title", "/goals/1/clause", "/goals/1/priority");
  }

  @Test
  void withFewerViolationsThanWantedTheWholeDocumentIsReadAndAllAreFound() throws IOException {
    String json = brokenThroughout();
    long values = JsonPrefix.count(json, Long.MAX_VALUE - 1);

    SchemaCheck.Findings first = SchemaCheck.firstViolations(json, values, 10_000);

    assertThat(first.violations()).isEqualTo(SchemaCheck.all(PlanJson.mapper().readTree(json)));
    assertThat(first.found()).isEqualTo(642);
  }

  @ParameterizedTest
  @ValueSource(strings = {MINIMAL, BUNDLED})
  void noPrefixOfAValidPlanHasAViolation(String resource) throws IOException {
    // Every field and item not yet read could be missing; none of that may be reported.
    String json = resourceText(resource);
    long values = JsonPrefix.count(json, Long.MAX_VALUE - 1);

    for (long k = 1; k <= values; k++) {
      assertThat(SchemaCheck.violationsOfPrefix(json, k)).as("first %s values", k)
          .hasValue(List.of());
    }
  }

  @Test
  void aPrefixThatWouldSpendTheBudgetGivesNothing() throws IOException {
    String json = withUnknownFields(SchemaCheck.MAX_MESSAGES + 1);
    long values = JsonPrefix.count(json, Long.MAX_VALUE - 1);

    // The plan object and its first 99 fields, all unknown; its missing fields are not reported,
    // as they may come later.
    assertThat(SchemaCheck.violationsOfPrefix(json, 100)).hasValueSatisfying(found ->
        assertThat(found).hasSize(99).extracting(Violation::rule).containsOnly("unknown-field"));
    assertThat(SchemaCheck.violationsOfPrefix(json, values)).isEmpty();
  }

  private static String resourceText(String resource) throws IOException {
    try (InputStream in = SchemaCheckTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
