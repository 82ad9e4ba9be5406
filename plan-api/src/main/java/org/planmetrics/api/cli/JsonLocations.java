package org.planmetrics.api.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.PlanJson;

/**
 * The line of every JSON Pointer of a document, for example {@code /projects/0/investment} at
 * line 4, so that an error found on the values can name its line in the file. A document that
 * is not JSON to its end keeps the lines up to where it breaks, and that line.
 */
final class JsonLocations {

  private final Map<String, Integer> lines = new HashMap<>();
  private int failure;

  private JsonLocations() {}

  static JsonLocations of(byte[] json) {
    JsonLocations locations = new JsonLocations();
    try (JsonParser parser = PlanJson.reader().createParser(json)) {
      while (parser.nextToken() != null) {
        locations.lines.putIfAbsent(JsonPointers.of(parser),
            parser.currentTokenLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      locations.failure = at == null ? 0 : Math.max(0, at.getLineNr());
    } catch (IOException e) {
      // A byte array cannot fail to be read; the lines found so far stand.
    }
    return locations;
  }

  /** The line where the document stops being JSON, if it does. */
  Optional<Integer> failure() {
    return failure > 0 ? Optional.of(failure) : Optional.empty();
  }

  /** The line of {@code pointer}, or of its nearest parent that has one; 0 for none. */
  int line(String pointer) {
    String at = pointer;
    while (true) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      if (at.isEmpty()) {
        return 0;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }
}
