package org.planmetrics.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>Memory stays bounded whatever a file within the limit holds. A file may hold at most {@link
 * #maxValues(long)} JSON values (262,144 for 4 MiB), since a tree of many small values takes up
 * to 30 times the file's size: 4 MiB of {@code {}} is a 110 MB tree. A file with more is refused with a
 * {@link #TOO_MANY_VALUES} violation, followed by violations found among its first values. And
 * the schema check holds at most 1,000 violations at once: a file with more, such as 50,001
 * empty goals, is refused listing 100 violations found reading it from the start, then "…and
 * more" (see {@link InvalidPlanException#isComplete()}). At most {@link
 * InvalidPlanException#MAX_LISTED} violations are listed in any case.
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

  /** The rule of the violation for a plan file that holds more JSON values than it may. */
  public static final String TOO_MANY_VALUES = "too-many-values";

  /**
   * The fewest JSON values a plan file may hold whatever its size limit: 65,536, a tree of at
   * most about 9 MB.
   */
  public static final long MIN_MAX_VALUES = 1L << 16;

  /**
   * Bytes of the size limit per JSON value a plan file may hold: 16. Plan files written by hand
   * or by {@link #write} have 22 (the test's minimal plan) to 57 (the bundled plan) bytes per
   * value; hostile ones of empty objects 3, whose tree then takes 83 bytes a value.
   */
  public static final int BYTES_PER_VALUE = 16;


  /** How messages name a plan file: "the plan file", 方案文件. */
  static final JsonSyntax.Subject PLAN_FILE = new JsonSyntax.Subject("the plan file", "方案文件");

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
          "须在1至" + LARGEST_MAX_BYTES + "之间", maxBytes);
    }
    return read(PlanFileText.of(path, maxBytes), path.toString(), maxBytes);
  }

  /**
   * The most JSON values (objects, arrays, strings, numbers, true, false, null) a plan file of at
   * most {@code maxBytes} bytes may hold: one for every {@link #BYTES_PER_VALUE} bytes, but at
   * least {@link #MIN_MAX_VALUES}; 262,144 for {@link #DEFAULT_MAX_BYTES}. The bundled plan holds
   * 1,305. Parsed, a value takes at most about 200 bytes (an object holding one object), so the
   * tree of a 4 MiB file takes at most about 50 MB.
   */
  public static long maxValues(long maxBytes) {
    return Math.max(MIN_MAX_VALUES, maxBytes / BYTES_PER_VALUE);
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
            "须为类路径上的方案文件", resource);
      }
      String source = "classpath:" + resource;
      return read(PlanFileText.decode(in.readAllBytes(), source), source, DEFAULT_MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plan resource " + resource, e);
    }
  }

  /**
   * Reads and validates a plan from JSON text; {@code source} names it in error messages. The
   * text may hold at most {@code maxValues(DEFAULT_MAX_BYTES)} JSON values, as a file read by
   * {@link #load(Path)}.
   *
   * @throws InvalidPlanException listing the violations (at most {@link
   *     InvalidPlanException#MAX_LISTED}) if the plan is invalid
   */
  public static Plan read(String json, String source) {
    return read(json, source, DEFAULT_MAX_BYTES);
  }

  private static Plan read(String json, String source, long maxBytes) {
    long maxValues = maxValues(maxBytes);
    long values = JsonPrefix.count(json, maxValues);
    if (values > maxValues) {
      // The tree would be too large to build: check the first values instead.
      Violation tooMany = Violation.of("", TOO_MANY_VALUES, "the plan file holds more than "
          + maxValues + " JSON values, the most allowed with a size limit of " + maxBytes
          + " bytes (one for every " + BYTES_PER_VALUE + " bytes, and at least " + MIN_MAX_VALUES
          + "); only the first " + maxValues + " were checked", Optional.empty())
          .withMessageZh("方案文件中的JSON值超过" + maxValues + "个,即文件大小上限" + maxBytes
              + "字节所允许的最多个数(每" + BYTES_PER_VALUE + "字节一个,至少" + MIN_MAX_VALUES
              + "个);只检查了前" + maxValues + "个");
      SchemaCheck.Findings first = SchemaCheck.firstViolations(json, maxValues,
          InvalidPlanException.MAX_LISTED - 1);
      List<Violation> listed = new ArrayList<>(List.of(tooMany));
      listed.addAll(first.violations());
      throw InvalidPlanException.ofIncompleteCheck(source, listed, 1 + first.found());
    }
    JsonNode tree;
    try {
      tree = PlanJson.reader().readTree(json);
    } catch (JsonProcessingException e) {
      // At the document: the text is unusable, and the message says where it went wrong.
      throw new InvalidPlanException(source, List.of(
          JsonSyntax.violation(e, json, PLAN_FILE).withPath(JsonPointers.ROOT)));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidPlanException(source, List.of(Violation.of("", "malformed-json",
          "a plan file must hold a JSON object but was empty", Optional.empty())
          .withMessageZh("方案文件须包含一个JSON对象,但文件为空")));
    }
    SchemaCheck.Run run = SchemaCheck.run(tree, SchemaCheck.MAX_MESSAGES);
    if (run.stopped()) {
      SchemaCheck.Findings first = SchemaCheck.firstViolations(json, values,
          InvalidPlanException.MAX_LISTED);
      throw InvalidPlanException.ofIncompleteCheck(source, first.violations(),
          Math.max(SchemaCheck.MAX_MESSAGES + 1L, first.found()));
    }
    if (!run.violations().isEmpty()) {
      throw new InvalidPlanException(source, run.violations());
    }
    try {
      return PlanJson.reader().treeToValue(tree, Plan.class);
    } catch (JsonProcessingException e) {
      InvalidPlanException cause = findCause(e, InvalidPlanException.class);
      if (cause != null) {
        throw cause.withSource(source);
      }
      // The schema should have caught every binding problem; report it rather than lose it,
      // by its place and value, since the reader's own words name Java types.
      String pointer = e instanceof JsonMappingException
          ? JsonPointers.of((JsonMappingException) e) : JsonPointers.ROOT;
      JsonNode value = tree.at(pointer);
      throw new InvalidPlanException(source, List.of(JsonWords.invalid(pointer,
          "does not fit the plan format", "不符合方案文件的格式", value)));
    }
  }

  /**
   * Every violation of the plan-file schema in {@code tree}, sorted by path: unknown fields,
   * missing fields, wrong types and values outside their enum or range.
   *
   * <p>Every violation is held in memory until the check returns, about 350 bytes each in the
   * validator, so a tree of many empty objects can take more memory than the tree itself (50,001
   * empty goals, 88 MB). {@link #read} and {@link #load} check in bounded memory instead.
   */
  public static List<Violation> structuralViolations(JsonNode tree) {
    return SchemaCheck.all(tree);
  }

  /** The plan as a plan file: pretty-printed JSON that {@link #read} turns back into an equal plan. */
  public static String write(Plan plan) {
    try {
      return PlanJson.writer().withDefaultPrettyPrinter().writeValueAsString(plan) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write plan '" + plan.id() + "'", e);
    }
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
