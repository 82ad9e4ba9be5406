package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.PlanJson;

/**
 * The one place that turns Jackson's failures to read a request body into problems, each with
 * its pointer, rule and value, for example a 400 {@code invalid-body} with {@code
 * /projects/0/investment [wrong-type] 'investment' must be a number}. What a person reads names
 * the JSON type or form a field must have rather than the Java class Jackson was building; only
 * the failures no rule here describes (an enum value that is not one of the values, a number
 * where a string belongs) still show Jackson's own first line, as they always have. Nothing here
 * reads an exception's message to decide anything: the kind of failure is its type, the place is
 * its path. {@link ProblemBody} writes the problem's bytes.
 */
final class BodyProblems {

  /** Reads the types' annotations for {@link #REQUIRED}; a copy of its own, never configured. */
  private static final ObjectMapper TYPES = PlanJson.mapper();

  /**
   * The members the JSON of a type must have, in the type's order, as Jackson reads them from its
   * annotations: Immutables marks each attribute without a default {@code required}, for example
   * {@code id}, {@code signedOn} and {@code investment} of a ledger project.
   */
  private static final ClassValue<List<String>> REQUIRED = new ClassValue<>() {
    @Override
    protected List<String> computeValue(Class<?> type) {
      return TYPES.getSerializationConfig().introspect(TYPES.constructType(type))
          .findProperties().stream()
          .filter(BeanPropertyDefinition::isRequired)
          .map(BeanPropertyDefinition::getName)
          .toList();
    }
  };

  /** The most characters of a refused value a message shows. */
  private static final int SHOWN_LENGTH = 60;

  private BodyProblems() {}

  /** 400 {@code malformed-json}: the body is not JSON, with where the parser stopped. */
  static ApiProblem malformed(JsonProcessingException e) {
    return new ApiProblem(400, "malformed-json", "Malformed JSON", "the body is not valid JSON"
        + location(e) + ": " + e.getOriginalMessage(),
        List.of(Violation.of(parserPointer(e), "malformed-json", e.getOriginalMessage(),
            Optional.empty())));
  }

  /** 400 {@code malformed-json}: the body could not be read at all. */
  static ApiProblem unreadable(IOException e) {
    return new ApiProblem(400, "malformed-json", "Malformed JSON", "the body cannot be read: "
        + e.getMessage(), List.of(Violation.of("", "malformed-json", String.valueOf(
            e.getMessage()), Optional.empty())));
  }

  /** 400 {@code invalid-body}: the parser's {@code limit} was crossed at {@code pointer}. */
  static ApiProblem limitExceeded(ReadLimits.Limit limit, String pointer) {
    return invalidBody(pointer, "limit-exceeded", limit.rule(), null);
  }

  /** 400 {@code invalid-body}: a number with an exponent beyond an int, at {@code pointer}. */
  static ApiProblem numberOutOfRange(String pointer) {
    String message = "a number must have at most " + ObservationsReader.MAX_NUMBER_SCALE
        + " digits and an exponent within ±" + ObservationsReader.MAX_NUMBER_SCALE;
    return new ApiProblem(400, "invalid-body", "Invalid request body", message,
        List.of(Violation.of(pointer, "number-out-of-range", message, Optional.empty())));
  }

  /**
   * 400 {@code invalid-body}: the JSON does not bind to observations, with the rule {@code
   * missing-field}, {@code unknown-field}, {@code invalid-value} or {@code wrong-type}.
   */
  static ApiProblem binding(JsonProcessingException e, JsonNode body) {
    String pointer = e instanceof JsonMappingException
        ? JsonPointers.of((JsonMappingException) e) : JsonPointers.ROOT;
    if (e instanceof ValueInstantiationException) {
      // The value could not be built; if it lacks required members, that is why (the builder
      // checks them first), and the body says which.
      List<String> missing = missingMembers(((ValueInstantiationException) e).getType(),
          body.at(pointer));
      if (!missing.isEmpty()) {
        List<Violation> errors = new ArrayList<>();
        for (String name : missing) {
          errors.add(Violation.of(JsonPointers.append(pointer, name), "missing-field",
              "'" + name + "' is required but missing", Optional.empty()));
        }
        return new ApiProblem(400, "invalid-body", "Invalid request body", errors.size()
            + " required field(s) missing", errors);
      }
    }
    String field = JsonPointers.lastSegment(pointer, "body");
    String rule = e instanceof UnrecognizedPropertyException ? "unknown-field"
        : e instanceof InvalidFormatException ? "invalid-value" : "wrong-type";
    Object value = e instanceof InvalidFormatException
        ? ((InvalidFormatException) e).getValue() : null;
    String message;
    String refused = rule.equals("invalid-value")
        ? refusedValueRule(((InvalidFormatException) e).getTargetType()) : null;
    if (rule.equals("unknown-field")) {
      message = "'" + field + "' is not a field of observations";
    } else if (refused != null) {
      // Say what the field must hold and what it had, not which Java type was being built.
      message = "'" + field + "' must be " + refused + " but was " + shown(value);
    } else if (rule.equals("wrong-type") && e instanceof MismatchedInputException
        && ((MismatchedInputException) e).getTargetType() != null) {
      // Name the JSON type expected, not the Java class Jackson was building.
      message = "'" + field + "' must be "
          + jsonTypeOf(((MismatchedInputException) e).getTargetType());
    } else {
      message = "'" + field + "' " + firstLine(e.getOriginalMessage());
    }
    return invalidBody(pointer, rule, message, value == null ? null : String.valueOf(value));
  }

  /** The required members of {@code type} that {@code object} does not have, in order. */
  private static List<String> missingMembers(JavaType type, JsonNode object) {
    if (type == null || !object.isObject()) {
      return List.of();
    }
    return REQUIRED.get(type.getRawClass()).stream().filter(name -> !object.has(name)).toList();
  }

  /** 400 {@code invalid-body} with one violation. */
  static ApiProblem invalidBody(String pointer, String rule, String message, String value) {
    return new ApiProblem(400, "invalid-body", "Invalid request body", message,
        List.of(Violation.of(pointer, rule, message, Optional.ofNullable(value))));
  }

  /** {@code text} as a message shows a refused value: at most 60 characters, then "…". */
  static String shortened(String text) {
    return text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
  }

  /**
   * What a field of {@code type} must hold when a value of it was refused (a fraction for a
   * rank, a date-time for a date), or null where Jackson's own words are kept.
   */
  private static String refusedValueRule(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number, written without a decimal point or exponent,";
    }
    if (type == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    return null;
  }

  /** A refused value as a message shows it: text quoted, at most 60 characters. */
  private static String shown(Object value) {
    String shortened = shortened(String.valueOf(value));
    return value instanceof String ? "'" + shortened + "'" : shortened;
  }

  private static String jsonTypeOf(Class<?> type) {
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    return "an object";
  }

  private static String parserPointer(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser) {
      try {
        return JsonPointers.of((JsonParser) e.getProcessor());
      } catch (RuntimeException ignored) {
        // The parser may be closed or broken; the location in the message still helps.
      }
    }
    return JsonPointers.ROOT;
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr();
  }

  /** Jackson's words as a person reads them: the first line, at most 300 characters. */
  private static String firstLine(String message) {
    String line = message == null ? "is invalid" : message.split("\n")[0];
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
