package org.planmetrics.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;

/**
 * Reads and writes plan files, for example {@code PlanFiles.load(Path.of("my-county.json"))}.
 *
 * <p>Reading happens in three steps, and each reports <em>every</em> error it finds as a
 * {@link Violation} with a JSON Pointer: the text must be well-formed JSON (no duplicate
 * keys); it must fit {@code plan.schema.json} (no unknown or missing fields, right types and
 * enum values); and the plan must pass {@link org.planmetrics.model.PlanValidator} (unique ids,
 * known references, thresholds that fit). A plan that fails any step is refused whole with
 * {@link InvalidPlanException}; a partial plan is never returned.
 *
 * <p>Before that, {@link #load(Path, long)} makes sure the file can be read safely: it must be a
 * regular file (after following symbolic links; a named pipe or a device such as {@code
 * /dev/zero} is refused unopened), it must have at most the given number of bytes ({@link
 * #DEFAULT_MAX_BYTES}, 4 MiB, for {@link #load(Path)}), and it must be UTF-8 text. A leading
 * UTF-8 byte order mark, as older Windows Notepad writes, is skipped.
 */
public final class PlanFiles {

  /** The classpath location of the JSON Schema of plan files. */
  public static final String SCHEMA_RESOURCE = "/org/planmetrics/model/json/plan.schema.json";

  /**
   * The most bytes {@link #load(Path)} reads from a plan file: 4 MiB (4,194,304 bytes). The
   * bundled plan, a whole county's three-year action plan, has 88,006 bytes, so this leaves room
   * for a plan about 47 times as large, while a file that is no plan at all (a log, a data dump)
   * is refused before it is read whole. A valid plan of 4 MiB loads in about 2 s even in a 32 MiB
   * heap, and the plan then takes about 11 MB.
   */
  public static final long DEFAULT_MAX_BYTES = 4L << 20;

  /**
   * The largest limit {@link #load(Path, long)} accepts: 1 GiB. The file's bytes, and then its
   * text, must each fit in one Java array, and a plan this size would need gigabytes of heap.
   */
  public static final long LARGEST_MAX_BYTES = 1L << 30;

  /** The rule of the violation for a plan file that is not UTF-8 text. */
  public static final String NOT_UTF_8 = "not-utf-8";

  private static final JsonSchema SCHEMA = loadSchema();

  private PlanFiles() {}

  /**
   * Reads and validates the plan file at {@code path}, reading at most {@link #DEFAULT_MAX_BYTES}.
   *
   * @see #load(Path, long)
   */
  public static Plan load(Path path) {
    return load(path, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads and validates the plan file at {@code path}, reading at most {@code maxBytes} bytes of
   * it, for example {@code PlanFiles.load(Path.of("my-county.json"), 1 << 20)}.
   *
   * <p>The file's own size is not trusted, since files under {@code /proc} report 0 and a file can
   * grow while it is read: at most {@code maxBytes + 1} bytes are read, and one byte too many
   * refuses the file.
   *
   * @throws InvalidArgumentException if {@code maxBytes} is not between 1 and {@link
   *     #LARGEST_MAX_BYTES}
   * @throws PlanFileTooLargeException if the file has more than {@code maxBytes} bytes
   * @throws InvalidPlanException listing every violation, if the file is not UTF-8 text (rule
   *     {@link #NOT_UTF_8}) or not a valid plan
   * @throws UncheckedIOException if the file does not exist, is not a regular file, or cannot be
   *     read
   */
  public static Plan load(Path path, long maxBytes) {
    if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
      throw new InvalidArgumentException("maxBytes", "must be between 1 and " + LARGEST_MAX_BYTES,
          maxBytes);
    }
    return read(PlanFileText.of(path, maxBytes), path.toString());
  }

  /**
   * Reads and validates a plan file from the classpath, for example
   * {@code "/org/planmetrics/model/plans/gongqingcheng-2022.json"}.
   *
   * @throws InvalidArgumentException if there is no such resource
   * @throws InvalidPlanException listing every violation if the plan is invalid
   */
  public static Plan loadResource(String resource) {
    try (InputStream in = PlanFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidArgumentException("resource", "must name a plan file on the classpath",
            resource);
      }
      String source = "classpath:" + resource;
      return read(PlanFileText.decode(in.readAllBytes(), source), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plan resource " + resource, e);
    }
  }

  /**
   * Reads and validates a plan from JSON text; {@code source} names it in error messages.
   *
   * @throws InvalidPlanException listing every violation if the plan is invalid
   */
  public static Plan read(String json, String source) {
    JsonNode tree;
    try {
      tree = PlanJson.reader().readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidPlanException(source, List.of(malformed(e)));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidPlanException(source, List.of(Violation.of("", "malformed-json",
          "a plan file must hold a JSON object but was empty", Optional.empty())));
    }
    List<Violation> structural = structuralViolations(tree);
    if (!structural.isEmpty()) {
      throw new InvalidPlanException(source, structural);
    }
    try {
      return PlanJson.reader().treeToValue(tree, Plan.class);
    } catch (JsonProcessingException e) {
      InvalidPlanException cause = findCause(e, InvalidPlanException.class);
      if (cause != null) {
        throw new InvalidPlanException(source, cause.violations());
      }
      // The schema should have caught every binding problem; report it rather than lose it.
      String pointer = e instanceof JsonMappingException
          ? JsonPointers.of((JsonMappingException) e) : JsonPointers.ROOT;
      Optional<String> value = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException
          ? Optional.ofNullable(((com.fasterxml.jackson.databind.exc.InvalidFormatException) e)
              .getValue()).map(String::valueOf)
          : Optional.empty();
      throw new InvalidPlanException(source, List.of(Violation.of(pointer, "invalid-value",
          "'" + lastSegment(pointer) + "' cannot be read: " + e.getOriginalMessage()
              + value.map(v -> " (was " + v + ")").orElse(""), value)));
    }
  }

  /**
   * Every violation of the plan-file schema in {@code tree}, in document order: unknown fields,
   * missing fields, wrong types and values outside their enum or range.
   */
  public static List<Violation> structuralViolations(JsonNode tree) {
    List<Violation> result = new ArrayList<>();
    for (ValidationMessage message : SCHEMA.validate(tree)) {
      result.add(toViolation(message));
    }
    // The validator reports in its own evaluation order; sorting by pointer, with array indices
    // compared as numbers, puts /goals/2 before /goals/10 and keeps a stable order for tests.
    result.sort(Comparator.comparing(Violation::path, PlanFiles::comparePointers)
        .thenComparing(Violation::rule));
    return ImmutableList.copyOf(result);
  }

  /** The plan as a plan file: pretty-printed JSON that {@link #read} turns back into an equal plan. */
  public static String write(Plan plan) {
    try {
      return PlanJson.writer().withDefaultPrettyPrinter().writeValueAsString(plan) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write plan '" + plan.id() + "'", e);
    }
  }

  private static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c = left[i].matches("\\d+") && right[i].matches("\\d+")
          ? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i]))
          : left[i].compareTo(right[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }


  private static Violation toViolation(ValidationMessage message) {
    String location = message.getInstanceLocation().toString();
    String property = message.getProperty();
    String keyword = message.getType();
    switch (keyword) {
      case "required":
        return Violation.of(JsonPointers.append(location, property), "missing-field",
            "'" + property + "' is required but missing", Optional.empty());
      case "additionalProperties":
      case "unevaluatedProperties":
        String field = property != null ? property : lastSegment(location);
        String path = property != null ? JsonPointers.append(location, property) : location;
        return Violation.of(path, "unknown-field", "'" + field
            + "' is not a field of this object", Optional.of(field));
      case "type":
        return Violation.of(location, "wrong-type", "'" + lastSegment(location) + "' "
            + messageText(message) + butWas(message), valueOf(message));
      default:
        return Violation.of(location, "invalid-value", "'" + lastSegment(location) + "' "
            + messageText(message) + butWas(message), valueOf(message));
    }
  }

  /** The validator's words without the location, which the violation carries as its path. */
  private static String messageText(ValidationMessage message) {
    return message.getError();
  }

  private static String butWas(ValidationMessage message) {
    return valueOf(message).map(v -> " but was " + v).orElse("");
  }

  private static Optional<String> valueOf(ValidationMessage message) {
    JsonNode node = message.getInstanceNode();
    if (node == null || node.isMissingNode()) {
      return Optional.empty();
    }
    String text = node.isValueNode() ? node.asText() : node.toString();
    return Optional.of(text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }

  private static String lastSegment(String pointer) {
    return JsonPointers.lastSegment(pointer, "plan");
  }

  private static Violation malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    // Where the parser knows the enclosing object (a duplicate key, a bad token inside a
    // value), say so too; the violation's path stays the document because the text is unusable.
    String inside = "";
    if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser) {
      String pointer = JsonPointers.of((com.fasterxml.jackson.core.JsonParser) e.getProcessor());
      inside = pointer.isEmpty() ? "" : " (at " + pointer + ")";
    }
    return Violation.of("", "malformed-json", "the plan file is not valid JSON" + where
        + inside + ": " + e.getOriginalMessage(), Optional.empty());
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = PlanFiles.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .pathType(PathType.JSON_POINTER)
          .locale(Locale.ENGLISH)
          // "format": "date" must reject 2030-02-30, not merely annotate it.
          .formatAssertionsEnabled(true)
          .build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + SCHEMA_RESOURCE, e);
    }
  }
}
