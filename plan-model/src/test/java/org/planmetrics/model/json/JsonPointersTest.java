package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pointers are built one way: escaped segments, indices as numbers, "" for the document. */
class JsonPointersTest {

  private static final ObjectMapper MAPPER = PlanJson.newMapper();

  @Test
  void aSegmentEscapesTildeBeforeSlash() {
    assertThat(JsonPointers.segment("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(JsonPointers.segment("~1")).isEqualTo("~01");
    assertThat(JsonPointers.segment("2023-06")).isEqualTo("2023-06");
  }

  @Test
  void pointersAreBuiltFromTheDocumentDown() {
    assertThat(JsonPointers.of()).isEqualTo(JsonPointers.ROOT).isEmpty();
    assertThat(JsonPointers.of("series", "a/b", "2022")).isEqualTo("/series/a~1b/2022");
    assertThat(JsonPointers.append(JsonPointers.of("projects"), 0)).isEqualTo("/projects/0");
    assertThat(JsonPointers.append("/peers/2022", "x~y")).isEqualTo("/peers/2022/x~0y");
    assertThat(JsonPointers.append(JsonPointers.ROOT, "")).isEqualTo("/");
  }

  @Test
  void theLastSegmentIsShownAsWritten() {
    assertThat(JsonPointers.lastSegment("/projects/0/investment", "body")).isEqualTo("investment");
    assertThat(JsonPointers.lastSegment("/series/a~1b", "body")).isEqualTo("a~1b");
    assertThat(JsonPointers.lastSegment("", "body")).isEqualTo("body");
  }

  @Test
  void aBindingFailurePointsAtItsMemberOrElement() {
    String json = "{\"a/b\": [{\"n\": 1}, {\"n\": \"x\"}]}";

    assertThatThrownBy(() -> MAPPER.readValue(json,
        MAPPER.getTypeFactory().constructType(new com.fasterxml.jackson.core.type.TypeReference<
            Map<String, List<Map<String, Integer>>>>() {})))
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(JsonPointers.of(e)).isEqualTo("/a~1b/1/n"));
  }

  @Test
  void aParserPointsAtItsCurrentToken() throws Exception {
    try (JsonParser parser = MAPPER.getFactory().createParser("{\"x~\": {\"y/\": [7]}}")) {
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.VALUE_NUMBER_INT) {
        assertThat(token).isNotNull();
      }
      assertThat(JsonPointers.of(parser)).isEqualTo("/x~0/y~1/0");
    }
  }

  @Test
  void aValueIsFoundAtItsPointerOrTheNearestValueHoldingIt() {
    Map<String, String> places = Map.of("/projects/3", "row 5", "/projects/3/investment", "D5",
        "", "the file");

    assertThat(JsonPointers.nearest(places, "/projects/3/investment")).hasValue("D5");
    assertThat(JsonPointers.nearest(places, "/projects/3/signedOn")).hasValue("row 5");
    assertThat(JsonPointers.nearest(places, "/projects/3/investorTypes/0")).hasValue("row 5");
    // Nothing is found for the document itself, nor for what no kept value holds.
    assertThat(JsonPointers.nearest(places, "/asOf")).isEmpty();
    assertThat(JsonPointers.nearest(places, "")).isEmpty();
  }
}
