package org.planmetrics.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.planmetrics.model.Violation;

/**
 * Checks JSON against {@code plan.schema.json} in bounded memory, for example finding that a file
 * of 50,001 empty goals lacks {@code /goals/0/clause}, {@code /goals/0/id} and at least 999 more
 * fields, without holding all 250,020 of its violations.
 *
 * <p>The validator (networknt) keeps every violation it finds until it returns, about 350 bytes
 * each: the 250,020 of that file took 88 MB, and a 4 MiB file of the same shape would need 2 GB.
 * So each run is given a budget of {@link #MAX_MESSAGES} and stopped when it is spent. A document
 * within the budget gets every violation, sorted by path, exactly as an unbounded run. For one
 * beyond it, {@link #firstViolations} finds violations near its start instead, in prefixes of the
 * document (see {@link JsonPrefix}) small enough to stay within the budget.
 */
final class SchemaCheck {

  /**
   * The most violation messages one validator run may build: 1,000, about 0.35 MB. The run that
   * would build the 1,001st is stopped.
   */
  static final int MAX_MESSAGES = 1000;

  /** The prefix a search for the first violations starts with, in values. */
  private static final long FIRST_PREFIX = 256;

  private static final JsonSchema SCHEMA = loadSchema();

  private SchemaCheck() {}

  /**
   * The violations of one run: every one, sorted by path; or, if {@code stopped}, none, since the
   * run stopped when its budget was spent.
   */
  record Run(List<Violation> violations, boolean stopped) {}

  /**
   * The first violations found in a document: {@code violations} in the order to list them, and
   * {@code found}, how many were found in the prefix searched (at least as many).
   */
  record Findings(List<Violation> violations, long found) {}

  /** Every violation of {@code tree}, sorted by path, unless there are more than {@code budget}. */
  static Run run(JsonNode tree, int budget) {
    Budget context = new Budget(SCHEMA.createExecutionContext().getExecutionConfig(), budget);
    // validate(context, ...) catches the validator's stop and returns the one message that
    // stopped it; the budget says whether that happened.
    Set<ValidationMessage> messages = SCHEMA.validate(context, tree, OutputFormat.DEFAULT);
    if (context.spent()) {
      return new Run(List.of(), true);
    }
    List<Violation> result = new ArrayList<>(messages.size());
    for (ValidationMessage message : messages) {
      result.add(toViolation(message));
    }
    return new Run(sorted(result), false);
  }

  /** Every violation of {@code tree}, sorted by path, however many there are. */
  static List<Violation> all(JsonNode tree) {
    List<Violation> result = new ArrayList<>();
    for (ValidationMessage message : SCHEMA.validate(tree)) {
      result.add(toViolation(message));
    }
    return sorted(result);
  }

  /**
   * At least {@code wanted} violations of the first values of {@code json}, if its first {@code
   * values} values have that many, found in bounded memory: the fewest first values that have
   * {@code wanted} are found (doubling, then halving the gap), and their violations listed sorted
   * by path, at most {@code wanted}. Each run checks a prefix of at most {@code values} values
   * with the budget of {@link #MAX_MESSAGES}.
   *
   * <p>A violation of a prefix is one of the document when it is at a value that the prefix holds
   * whole; at a container cut short, only a wrong type and an unknown field are, since the fields
   * and items not yet read could fill in what is missing.
   *
   * @param json well-formed JSON, at least up to its first {@code values} values
   * @param values how many values of {@code json} may be read, at least 1
   */
  static Findings firstViolations(String json, long values, int wanted) {
    long fewest = 0; // a prefix of this many values has fewer than wanted violations
    List<Violation> fewer = List.of();
    long most = Math.min(values, FIRST_PREFIX);
    Optional<List<Violation>> atMost = violationsOfPrefix(json, most);
    while (isFewer(atMost, wanted)) {
      if (most == values) {
        return findings(atMost.get(), wanted);
      }
      fewest = most;
      fewer = atMost.get();
      most = Math.min(values, 2 * most);
      atMost = violationsOfPrefix(json, most);
    }
    // Now a prefix of fewest values has fewer than wanted, and one of most values has wanted
    // or spends the budget: find the fewest values that have wanted.
    while (most - fewest > 1) {
      long middle = fewest + (most - fewest) / 2;
      Optional<List<Violation>> inMiddle = violationsOfPrefix(json, middle);
      if (isFewer(inMiddle, wanted)) {
        fewest = middle;
        fewer = inMiddle.get();
      } else {
        most = middle;
        atMost = inMiddle;
      }
    }
    // One value more than a prefix with fewer than wanted adds few violations (those of the
    // containers it completes), so the budget is not spent here; if it were, the violations of
    // the prefix one value shorter are still right, only fewer.
    return findings(atMost.orElse(fewer), wanted);
  }

  private static boolean isFewer(Optional<List<Violation>> violations, int wanted) {
    return violations.isPresent() && violations.get().size() < wanted;
  }

  private static Findings findings(List<Violation> violations, int wanted) {
    return new Findings(violations.subList(0, Math.min(wanted, violations.size())),
        violations.size());
  }

  /**
   * The violations of the document found in its first {@code values} values, sorted by path; or
   * empty if checking them spends the budget.
   */
  static Optional<List<Violation>> violationsOfPrefix(String json, long values) {
    JsonPrefix prefix = JsonPrefix.of(json, values);
    Budget context = new Budget(SCHEMA.createExecutionContext().getExecutionConfig(),
        MAX_MESSAGES);
    Set<ValidationMessage> messages = SCHEMA.validate(context, prefix.tree(), OutputFormat.DEFAULT);
    if (context.spent()) {
      return Optional.empty();
    }
    List<Violation> result = new ArrayList<>();
    for (ValidationMessage message : messages) {
      boolean atCut = prefix.cut().contains(message.getInstanceLocation().toString());
      if (!atCut || "type".equals(message.getType())
          || "additionalProperties".equals(message.getType())) {
        result.add(toViolation(message));
      }
    }
    return Optional.of(sorted(result));
  }

  /**
   * A validator run's context that counts the messages the validator builds and stops the run at
   * the first beyond its budget.
   *
   * <p>Every keyword of networknt 1.5 asks {@link #isFailFast()} as it builds a message, and
   * throws to end the run when the answer is true. Keywords that try branches (if, anyOf, oneOf,
   * not, contains) also ask it, and build messages they then drop; plan.schema.json has none,
   * and if it had, the budget would only be spent sooner.
   */
  private static final class Budget extends ExecutionContext {
    private final int budget;
    private int built;

    Budget(ExecutionConfig config, int budget) {
      super(config);
      this.budget = budget;
    }

    @Override
    public boolean isFailFast() {
      built++;
      return built > budget;
    }

    boolean spent() {
      return built > budget;
    }
  }

  private static List<Violation> sorted(List<Violation> violations) {
    // The validator reports in its own evaluation order; sorting by pointer, with array indices
    // compared as numbers, puts /goals/2 before /goals/10 and keeps a stable order for tests.
    violations.sort(Comparator.comparing(Violation::path, SchemaCheck::comparePointers)
        .thenComparing(Violation::rule));
    return ImmutableList.copyOf(violations);
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

  /**
   * The violation for one message of the validator, in the words of {@link JsonWords}: the
   * validator's own English ("string found, integer expected") is never shown.
   */
  private static Violation toViolation(ValidationMessage message) {
    String location = message.getInstanceLocation().toString();
    String property = message.getProperty();
    JsonNode node = message.getInstanceNode();
    JsonNode rule = message.getSchemaNode();
    String bound = rule == null ? "" : rule.asText();
    switch (message.getType()) {
      case "required":
        return JsonWords.missingField(JsonPointers.append(location, property));
      case "additionalProperties":
      case "unevaluatedProperties":
        return JsonWords.unknownField(property != null ? JsonPointers.append(location, property)
            : location, "this object", "此处对象");
      case "type":
        return JsonWords.wrongType(location, types(rule), node);
      case "enum":
        List<String> allowed = new ArrayList<>();
        if (rule != null) {
          rule.forEach(value -> allowed.add(value.asText()));
        }
        return JsonWords.notOneOf(location, allowed, node);
      case "const":
        return JsonWords.invalid(location, "must be " + bound, "须为" + bound, node);
      case "pattern":
        return pattern(location, bound, node);
      case "format":
        return JsonWords.invalid(location, "must be a date written YYYY-MM-DD that exists",
            "须为实际存在的日期,写作YYYY-MM-DD", node);
      case "minimum":
        return JsonWords.invalid(location, "must be at least " + bound, "须至少为" + bound, node);
      case "maximum":
        return JsonWords.invalid(location, "must be at most " + bound, "须不超过" + bound, node);
      case "exclusiveMinimum":
        return JsonWords.invalid(location, "must be above " + bound, "须大于" + bound, node);
      case "exclusiveMaximum":
        return JsonWords.invalid(location, "must be below " + bound, "须小于" + bound, node);
      case "minLength":
        return "1".equals(bound)
            ? JsonWords.invalid(location, "must not be empty", "不得为空", node)
            : JsonWords.invalid(location, "must have at least " + bound + " characters",
                "须至少有" + bound + "个字符", node);
      case "maxLength":
        return JsonWords.invalid(location, "must have at most " + bound + " characters",
            "最多" + bound + "个字符", node);
      case "minItems":
        return JsonWords.invalid(location, "must have at least " + bound + " items",
            "须至少有" + bound + "项", node);
      case "maxItems":
        return JsonWords.invalid(location, "must have at most " + bound + " items",
            "最多" + bound + "项", node);
      case "uniqueItems":
        return JsonWords.invalid(location, "must not list an item twice", "不得有重复项", node);
      default:
        // A keyword plan.schema.json does not use today: name it rather than lose the error.
        return JsonWords.invalid(location, "does not fit the plan-file schema (" + message
            .getType() + ")", "不符合方案文件的格式要求(" + message.getType() + ")", node);
    }
  }

  /** The JSON types a schema's {@code type} allows: "integer", or ["string", "null"]. */
  private static List<JsonWords.JsonType> types(JsonNode rule) {
    List<JsonWords.JsonType> types = new ArrayList<>();
    if (rule != null && rule.isArray()) {
      rule.forEach(t -> JsonWords.JsonType.ofSchemaName(t.asText()).ifPresent(types::add));
    } else if (rule != null) {
      JsonWords.JsonType.ofSchemaName(rule.asText()).ifPresent(types::add);
    }
    return types.isEmpty() ? List.of(JsonWords.JsonType.OBJECT) : types;
  }

  /**
   * A value that does not have the form of its pattern, described in words for the patterns of
   * plan.schema.json (ids, kinds, clauses) and as the pattern for any other.
   */
  private static Violation pattern(String location, String regex, JsonNode node) {
    if (regex.equals("^[a-z0-9]+(-[a-z0-9]+)*$")) {
      return JsonWords.invalid(location, "must be lowercase letters and digits joined by '-', "
          + "such as fdi-growth", "须由小写字母和数字组成,用'-'连接,如fdi-growth", node);
    }
    if (regex.equals("^[A-Z][A-Z0-9_]*$")) {
      return JsonWords.invalid(location, "must be capital letters, digits and '_', starting "
          + "with a letter, such as TEAM_MEETING", "须由大写字母、数字和'_'组成并以字母开头,如TEAM_MEETING",
          node);
    }
    if (regex.contains("一二三四五六七八九十")) {
      return JsonWords.invalid(location, "must be numbers joined by '.', such as 二.1 or "
          + "四.(一).1", "须为用'.'连接的序号,如二.1或四.(一).1", node);
    }
    return JsonWords.invalid(location, "must have the form " + regex, "须符合格式" + regex, node);
  }

  /** The last segment of a JSON Pointer, or "plan" for the whole document. */
  static String lastSegment(String pointer) {
    return JsonPointers.lastSegment(pointer, "plan");
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .pathType(PathType.JSON_POINTER)
          .locale(Locale.ENGLISH)
          // "format": "date" must reject 2030-02-30, not merely annotate it.
          .formatAssertionsEnabled(true)
          .build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + PlanFiles.SCHEMA_RESOURCE, e);
    }
  }
}
