package org.planmetrics.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The first values of a JSON document as a tree, with the containers that were cut short: for
 * example the first 3 values of {@code {"goals": [{}, {}]}} are the object, the array and the
 * first goal, and the object ({@code ""}) and the array ({@code "/goals"}) are cut.
 *
 * <p>A value is anything the tree has a node for: an object, an array, a string, a number, true,
 * false or null. Values are counted in document order, each container before what it holds, so
 * every value in the prefix that is not cut is there whole, exactly as in the full document.
 *
 * @param tree the prefix as a tree, with the nodes {@link PlanJson#mapper()} would build
 * @param cut JSON Pointers of the containers that hold more in the full document than here
 */
record JsonPrefix(JsonNode tree, Set<String> cut) {

  /**
   * How many values {@code json} holds, counting at most {@code atMost + 1}: a result over
   * {@code atMost} means "more than {@code atMost}". Only tokens are read, so memory stays small
   * whatever the document. Malformed JSON is counted up to the error, for the parser to report
   * when the tree is read.
   */
  static long count(String json, long atMost) {
    long values = 0;
    try (JsonParser parser = PlanJson.mapper().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null && values <= atMost;
          token = parser.nextToken()) {
        if (token.isStructStart() || token.isScalarValue()) {
          values++;
        }
      }
    } catch (JsonProcessingException e) {
      // Reading the tree reports it, with its place.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON text", e);
    }
    return values;
  }

  /**
   * The first {@code values} values of {@code json}, which must be well-formed at least up to the
   * start of the value after them (as {@link #count} has found it).
   *
   * @throws IllegalArgumentException if {@code values} is less than 1
   */
  static JsonPrefix of(String json, long values) {
    if (values < 1) {
      throw new IllegalArgumentException("'values' must be at least 1 but was " + values);
    }
    ObjectMapper mapper = PlanJson.mapper();
    try (JsonParser parser = mapper.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("'json' must hold a value but was empty");
      }
      Reader reader = new Reader(parser, mapper, values);
      return new JsonPrefix(reader.value(""), reader.cut);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON text", e);
    }
  }

  /** Reads values into nodes until its budget is spent, noting each container left open. */
  private static final class Reader {
    private final JsonParser parser;
    private final JsonNodeFactory nodes;
    // Scalars go through the mapper, so that numbers get the same node types (BigDecimal, no
    // stripped zeros) as in a tree the mapper reads; the rest of the text is not its concern.
    private final ObjectReader scalars;
    private final Set<String> cut = new HashSet<>();
    private long left;
    private boolean stopped;

    Reader(JsonParser parser, ObjectMapper mapper, long values) {
      this.parser = parser;
      this.nodes = mapper.getNodeFactory();
      this.scalars = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      this.left = values;
    }

    /** The value at the parser's current token, which starts one; the budget has room for it. */
    JsonNode value(String pointer) throws IOException {
      left--;
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (left == 0) {
            return stop(object, pointer);
          }
          parser.nextToken();
          object.set(name, value(pointer + "/" + PlanJson.pointerSegment(name)));
          if (stopped) {
            return stop(object, pointer);
          }
        }
        return object;
      }
      if (token == JsonToken.START_ARRAY) {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (left == 0) {
            return stop(array, pointer);
          }
          array.add(value(pointer + "/" + array.size()));
          if (stopped) {
            return stop(array, pointer);
          }
        }
        return array;
      }
      return scalars.readTree(parser);
    }

    private JsonNode stop(JsonNode container, String pointer) {
      stopped = true;
      cut.add(pointer);
      return container;
    }
  }
}
