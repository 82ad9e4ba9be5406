package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPrefixTest {

  private static final String ODD_VALUES = "{\"a\": null, \"b\": 20.0, \"c\": 12345678901234567890,"
      + " \"d\": -1.5e3, \"e\": [[], {}], \"f/g~h\": \"x\", \"i\": true, \"j\": 7}";

  private static JsonNode tree(String json) throws IOException {
    return PlanJson.mapper().readTree(json);
  }

  @ParameterizedTest(name = "{0} holds {1}")
  @CsvSource(delimiter = '|', textBlock = """
      {"goals": [{}, {}]}                       | 4
      []                                        | 1
      "text"                                    | 1
      {"a": null, "b": [1, "x", true, false]}   | 7
      """)
  void everyObjectArrayAndScalarIsOneValue(String json, long values) {
    assertThat(JsonPrefix.count(json, 1000)).isEqualTo(values);
  }

  @Test
  void countingStopsOneValuePastTheLimit() {
    assertThat(JsonPrefix.count("[0, 0, 0, 0, 0]", 2)).isEqualTo(3);
  }

  @Test
  void malformedJsonIsCountedUpToTheErrorForTheParserToReportLater() {
    assertThat(JsonPrefix.count("{\"a\": [1, 2 }", 1000)).isEqualTo(4);
    assertThat(JsonPrefix.count("{\"a\": 1, \"a\": 2}", 1000)).isEqualTo(2);
  }

  @Test
  void aPrefixOfEveryValueIsTheTreeTheMapperReadsWithNothingCut() throws IOException {
    String bundled = resourceText("/org/planmetrics/model/plans/gongqingcheng-2022.json");
    for (String json : new String[] {ODD_VALUES, bundled}) {
      JsonPrefix whole = JsonPrefix.of(json, JsonPrefix.count(json, Long.MAX_VALUE - 1));

      assertThat(whole.tree()).isEqualTo(tree(json));
      assertThat(whole.cut()).isEmpty();
    }
    // Number node types matter to the schema's "integer" and to a value's text.
    JsonNode odd = JsonPrefix.of(ODD_VALUES, 12).tree();
    assertThat(odd.get("b").decimalValue()).hasToString("20.0");
    assertThat(odd.get("c").isBigInteger()).isTrue();
    assertThat(odd.get("a").isNull()).isTrue();
  }

  @ParameterizedTest(name = "first {1} of {0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"goals": [{}, {}]}                | 1 | {}                           | <root>
      {"goals": [{}, {}]}                | 2 | {"goals":[]}                 | <root> /goals
      {"goals": [{}, {}]}                | 3 | {"goals":[{}]}               | <root> /goals
      {"goals": [{}, {}]}                | 4 | {"goals":[{},{}]}            |
      {"a": {"b": 1, "c": 2}, "d": 3}    | 3 | {"a":{"b":1}}                | <root> /a
      {"a": {"b": 1, "c": 2}, "d": 3}    | 4 | {"a":{"b":1,"c":2}}          | <root>
      {"x/y": [1, {"z": [2, 3]}]}        | 5 | {"x/y":[1,{"z":[]}]}         | <root> /x~1y /x~1y/1 /x~1y/1/z
      {"x/y": [1, {"z": [2, 3]}]}        | 7 | {"x/y":[1,{"z":[2,3]}]}      |
      [{"a": 1}, [2]]                    | 2 | [{}]                         | <root> /0
      """)
  void thePrefixHoldsTheFirstValuesAndNamesEveryContainerCutShort(String json, long values,
      String prefix, String cut) throws IOException {
    JsonPrefix first = JsonPrefix.of(json, values);

    assertThat(first.tree()).isEqualTo(tree(prefix));
    if (cut == null) {
      assertThat(first.cut()).isEmpty();
    } else {
      // "<root>" stands for the empty pointer, the whole document.
      assertThat(first.cut()).containsExactlyInAnyOrder(cut.replace("<root>", "").split(" ", -1));
    }
  }

  @Test
  void aPrefixHasAtLeastOneValue() {
    assertThatThrownBy(() -> JsonPrefix.of("[]", 0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'values' must be at least 1 but was 0");
  }

  private static String resourceText(String resource) throws IOException {
    try (InputStream in = JsonPrefixTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
