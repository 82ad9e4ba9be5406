package org.planmetrics.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Pointers (RFC 6901) as the project writes them in violations and problems, for example
 * {@code /series/foreign-capital-utilized/2023-06} or {@code /projects/0/investment}: every layer
 * builds them here, so that a member name with {@code /} or {@code ~} is escaped the same way
 * everywhere ({@code "a/b"} is the segment {@code a~1b}). The document itself is the empty pointer
 * {@code ""}.
 *
 * <p>Pointers are plain strings, which is what {@link org.planmetrics.model.Violation#path()}
 * holds; nothing here allocates more than the string it returns.
 */
public final class JsonPointers {

  /** The pointer to the whole document: the empty string. */
  public static final String ROOT = "";

  private JsonPointers() {}

  /**
   * A member name or map key as one pointer segment: {@code ~} becomes {@code ~0} and {@code /}
   * becomes {@code ~1}, so {@code "a/b~c"} gives {@code a~1b~0c}.
   */
  public static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer to member {@code name} of the value at {@code pointer}, for example {@code
   * append("/series", "a/b")} is {@code /series/a~1b}.
   */
  public static String append(String pointer, String name) {
    return pointer + "/" + segment(name);
  }

  /** The pointer to element {@code index} of the array at {@code pointer}: {@code /projects/0}. */
  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * The pointer of a path of member names, from the document down, for example {@code
   * of("series", "cash-fdi", "2022")} is {@code /series/cash-fdi/2022}; no names give {@link
   * #ROOT}.
   */
  public static String of(String... names) {
    StringBuilder pointer = new StringBuilder();
    for (String name : names) {
      pointer.append('/').append(segment(name));
    }
    return pointer.toString();
  }

  /**
   * Where a Jackson binding failure happened: its path of member names and array indices, for
   * example {@code /projects/0/investment} for a number that was a string there; {@link #ROOT}
   * for a failure of the document itself.
   */
  public static String of(JsonMappingException failure) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference step : failure.getPath()) {
      pointer.append('/').append(step.getFieldName() != null ? segment(step.getFieldName())
          : String.valueOf(step.getIndex()));
    }
    return pointer.toString();
  }

  /**
   * Where {@code parser} stands: the member or element of its current token, for example {@code
   * /series/cash-fdi/2022} while it reads that figure. Jackson escapes the segments as {@link
   * #segment} does.
   */
  public static String of(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /**
   * The pointer to the value holding the one at {@code pointer}: {@code /projects/0} for {@code
   * /projects/0/investment}; {@link #ROOT} for a member of the document and for the document.
   */
  public static String parent(String pointer) {
    return pointer.isEmpty() ? ROOT : pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /**
   * What {@code byPointer} holds for {@code pointer}, or else for the nearest value holding it,
   * up to a member of the document: where a reader found a value, for a problem found at or
   * inside it. For example, with a place kept for {@code /projects/3}, {@code
   * /projects/3/investment} is found there; nothing is kept for the document itself.
   */
  public static <T> Optional<T> nearest(Map<String, T> byPointer, String pointer) {
    for (String at = pointer; !at.isEmpty(); at = parent(at)) {
      T found = byPointer.get(at);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * The last segment of {@code pointer} as written (still escaped), for naming a field in a
   * message: {@code investment} for {@code /projects/0/investment}; {@code orElse} for {@link
   * #ROOT}.
   */
  public static String lastSegment(String pointer, String orElse) {
    return pointer.isEmpty() ? orElse : pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
