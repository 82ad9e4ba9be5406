package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.api.workbook.InvalidWorkbookException;
import org.planmetrics.api.workbook.ObservationsWorkbook;
import org.planmetrics.api.workbook.WorkbookLimits;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.PlanJson;

/**
 * Reads the observations of a scorecard or assessment request from its body, or refuses them
 * with a problem, in this order:
 *
 * <ol>
 *   <li>the body: 415 without {@code Content-Type: application/json}, 413 over the size limit
 *       ({@link #body});
 *   <li>the JSON: 400 {@code malformed-json}, or {@code invalid-body} over one of the {@link
 *       ReadLimits};
 *   <li>the values: 400 {@code invalid-body} for a null, or a number beyond {@link
 *       #MAX_NUMBER_SCALE} digits or exponent; 413 {@code too-many-items} for too many projects
 *       or events;
 *   <li>binding to {@link Observations}: 400 {@code invalid-body} for a wrong type, an unknown
 *       field, a bad date or a missing field ({@link BodyProblems});
 *   <li>the plan: 422 {@code invalid-observations} with every violation {@link
 *       ObservationChecks} finds, for example an unknown indicator at {@code /series/gdp}.
 * </ol>
 *
 * <p>The scorecard and the assessment also take a workbook ({@link ObservationsWorkbook#MEDIA_TYPE},
 * the template's .xlsx filled in), within the same size limit: 400 {@code malformed-workbook}
 * for a file that is not an .xlsx workbook, 413 {@code workbook-too-large} beyond the {@link
 * WorkbookLimits} (unzipped size, parts, rows, columns, cells) and 413 {@code too-many-items}
 * beyond the item limits, 422 {@code invalid-observations} with every bad cell and every
 * violation of the checks, each at {@code /<sheet>/<row>/<header>}.
 */
final class ObservationsReader {

  /** The largest scale or precision a number may have; 1e999999999 is refused, not computed. */
  static final int MAX_NUMBER_SCALE = 40;

  private final ObjectMapper mapper = PlanJson.newMapper(ReadLimits.CONSTRAINTS);
  private final long maxBodyBytes;
  private final int maxProjects;
  private final int maxEvents;

  /**
   * The most teams in one roster: 500. A county's office runs tens of teams; the team reports
   * and the bulletin grow with the roster (a body of 5,000 teams gave a 16 MB bulletin), so a
   * larger roster is refused (413) before it can fill the heap.
   */
  static final int MAX_TEAMS = 500;

  private final WorkbookLimits workbookLimits;

  ObservationsReader(ServerSettings settings) {
    this.maxBodyBytes = settings.maxBodyBytes();
    this.maxProjects = settings.maxProjects();
    this.maxEvents = settings.maxEvents();
    this.workbookLimits = workbookLimits(settings);
  }

  /**
   * The limits of a workbook under {@code settings}: the body limit as the upload limit, and
   * room for as many rows as projects or events are accepted. The defaults (10,000 rows) give
   * {@link WorkbookLimits#defaults()}; more rows widen the unzipped sizes and cells in step.
   */
  static WorkbookLimits workbookLimits(ServerSettings settings) {
    WorkbookLimits defaults = WorkbookLimits.defaults();
    int rows = Math.max(settings.maxProjects(), settings.maxEvents());
    long part = Math.max(defaults.maxPartBytes(), rows * 800L);
    long cells = Math.max(defaults.maxCells(), rows * 30L);
    return defaults.withMaxUploadBytes(settings.maxBodyBytes())
        .withMaxRowsPerSheet(rows)
        .withMaxUnzippedBytes(part, 2 * part)
        .withMaxCells(defaults.maxColumns(), cells);
  }

  /**
   * The bytes of a JSON body, or a problem: 415 without a JSON content type, 413 over the size
   * limit.
   */
  byte[] body(Context ctx) {
    return body(ctx, false);
  }

  /** Whether the body is declared a workbook ({@link ObservationsWorkbook#MEDIA_TYPE}). */
  static boolean isWorkbook(Context ctx) {
    return mediaType(ctx.contentType()).equalsIgnoreCase(ObservationsWorkbook.MEDIA_TYPE);
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";")[0].trim();
  }

  /**
   * The bytes of a JSON body or, where {@code workbookAccepted}, of a workbook; or a problem:
   * 415 for another content type, 413 over the size limit.
   */
  byte[] body(Context ctx, boolean workbookAccepted) {
    String contentType = ctx.contentType();
    String mediaType = mediaType(contentType);
    if (!mediaType.equalsIgnoreCase("application/json")
        && !(workbookAccepted && mediaType.equalsIgnoreCase(ObservationsWorkbook.MEDIA_TYPE))) {
      String detail = "the body must be application/json"
          + (workbookAccepted ? " or an Excel workbook (" + ObservationsWorkbook.MEDIA_TYPE + ")"
              : "") + " but the Content-Type was "
          + (contentType == null ? "missing" : "'" + contentType + "'");
      throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", detail,
          List.of(Violation.of("", "unsupported-media-type", detail,
              Optional.ofNullable(contentType))));
    }
    long declared = ctx.contentLength();
    if (declared > maxBodyBytes) {
      throw ApiProblem.payloadTooLarge(declared, maxBodyBytes);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBodyBytes) {
      throw ApiProblem.payloadTooLarge(body.length, maxBodyBytes);
    }
    return body;
  }

  /**
   * {@code body} as observations for {@code plan}, or a problem: 413 over the item limits, 400
   * for malformed JSON, wrong types, unknown fields and numbers out of range, 422 for
   * observations that do not fit the plan.
   */
  Observations read(byte[] body, Plan plan) {
    Observations observations = parse(body, Optional.empty());
    List<Violation> violations = ObservationChecks.violations(observations, plan);
    if (!violations.isEmpty()) {
      throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
          violations.size() + " problem(s) with the observations for plan '" + plan.id() + "'",
          violations);
    }
    return observations;
  }

  /**
   * {@code body} as observations, or a problem: 413 over the item limits, 400 for malformed
   * JSON, wrong types, unknown fields and numbers out of range; not yet checked against a plan.
   * {@code asOf}, if given, stands in for the body's own (for a file on the command line, whose
   * {@code --as-of} overrides it).
   */
  Observations parse(byte[] body, Optional<LocalDate> asOf) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (ReadLimits.Exceeded e) {
      throw BodyProblems.limitExceeded(e.limit(), pointerOfFailure(body));
    } catch (StreamConstraintsException e) {
      // A check Jackson makes without asking the limits (a symbol table flooded by hash
      // collisions): no limit of ours to name.
      throw BodyProblems.limitExceeded(ReadLimits.Limit.OTHER, pointerOfFailure(body));
    } catch (NumberFormatException e) {
      // Jackson throws this, unwrapped, for an exponent beyond an int, e.g. 1e2147483648.
      throw BodyProblems.numberOutOfRange(pointerOfFailure(body));
    } catch (JsonProcessingException e) {
      throw BodyProblems.malformed(e);
    } catch (IOException e) {
      throw BodyProblems.unreadable(e);
    }
    if (tree == null || !tree.isObject()) {
      throw BodyProblems.invalidBody("", "wrong-type",
          "the body must be a JSON object (observations)", null);
    }
    if (asOf.isPresent()) {
      ((ObjectNode) tree).put("asOf", asOf.get().toString());
    }
    List<Violation> numbers = new ArrayList<>();
    checkNumbers(tree, JsonPointers.ROOT, numbers);
    if (!numbers.isEmpty()) {
      throw new ApiProblem(400, "invalid-body", "Invalid request body",
          numbers.size() + " value(s) out of range or null", numbers);
    }
    checkCount(tree, "projects", maxProjects);
    checkCount(tree, "events", maxEvents);
    checkCount(tree, "teams", MAX_TEAMS);
    Observations observations;
    try {
      observations = mapper.treeToValue(tree, Observations.class);
    } catch (JsonProcessingException e) {
      throw BodyProblems.binding(e, tree);
    } catch (IllegalArgumentException e) {
      throw BodyProblems.invalidBody("", "invalid-value", e.getMessage(), null);
    }
    return observations;
  }

  /**
   * The workbook {@code body} as observations for {@code plan}, or a problem: 400 for a file that
   * is not a workbook, 413 beyond a limit, 422 listing every bad cell and every violation of the
   * checks, each at {@code /<sheet>/<row>/<header>}.
   */
  Observations readWorkbook(byte[] body, Plan plan) {
    Observations observations;
    try {
      observations = ObservationsWorkbook.read(body, plan, workbookLimits);
    } catch (InvalidWorkbookException e) {
      throw switch (e.kind()) {
        case UNREADABLE -> new ApiProblem(400, "malformed-workbook", "Malformed workbook",
            e.violations().get(0).message(), e.violations());
        case LIMIT_EXCEEDED -> new ApiProblem(413, "workbook-too-large", "Workbook too large",
            e.violations().get(0).message(), e.violations());
        case INVALID -> new ApiProblem(422, "invalid-observations",
            "Observations do not fit the plan", e.violationCount() + " problem(s) in the "
                + "workbook for plan '" + plan.id() + "'", e.violations(), e.violationCount());
      };
    }
    checkCount("项目台账", "projects", observations.projects().size(), maxProjects);
    checkCount("活动记录", "events", observations.events().size(), maxEvents);
    checkCount("组团任务", "teams", observations.teams().size(), MAX_TEAMS);
    return observations;
  }

  private static void checkCount(String sheet, String field, int size, int max) {
    if (size > max) {
      throw new ApiProblem(413, "too-many-items", "Too many items", "the sheet " + sheet
          + " has " + size + " " + field + " but at most " + max + " are accepted in one "
          + "request", List.of(Violation.builder().path(JsonPointers.of(sheet))
              .rule("too-many-items").message(sheet + ": must have at most " + max + " "
                  + field + " but had " + size)
              .messageZh(sheet + ":最多" + max + "条,实有" + size + "条")
              .value(String.valueOf(size)).build()));
    }
  }

  private static void checkCount(JsonNode tree, String field, int max) {
    JsonNode items = tree.get(field);
    if (items != null && items.isArray() && items.size() > max) {
      throw new ApiProblem(413, "too-many-items", "Too many items", "'" + field + "' has "
          + items.size() + " items but at most " + max + " are accepted in one request",
          List.of(Violation.of(JsonPointers.of(field), "too-many-items", "'" + field
              + "' must have at most " + max + " items but had " + items.size(),
              Optional.of(String.valueOf(items.size())))));
    }
  }

  /** Refuses numbers whose scale or precision would make arithmetic on them explode. */
  private static void checkNumbers(JsonNode node, String pointer, List<Violation> out) {
    if (node.isNull()) {
      // Observations have no nullable fields: an optional one is left out instead.
      out.add(Violation.of(pointer, "null-value", "'" + JsonPointers.lastSegment(pointer, "body")
          + "' must not be null; leave an optional field out instead", Optional.empty()));
    } else if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      if (Math.abs(value.scale()) > MAX_NUMBER_SCALE || value.precision() > MAX_NUMBER_SCALE) {
        String shown = BodyProblems.shortened(node.asText());
        out.add(Violation.of(pointer, "number-out-of-range", "a number must have at most "
            + MAX_NUMBER_SCALE + " digits and an exponent within ±" + MAX_NUMBER_SCALE
            + " but was " + shown, Optional.of(shown)));
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checkNumbers(field.getValue(), JsonPointers.append(pointer, field.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), JsonPointers.append(pointer, i), out);
      }
    }
  }

  /**
   * Where in the body a read limit was hit. The limit's exception does not carry the parser, so
   * the body is read again token by token, cheaply, up to the failure.
   */
  private String pointerOfFailure(byte[] body) {
    JsonParser parser = null;
    try {
      parser = mapper.getFactory().createParser(body);
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        // Strings are only checked against the length limit when their text is read.
        if (token == JsonToken.VALUE_STRING) {
          parser.getText();
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          // Numbers are only converted when their value is asked for.
          parser.getDecimalValue();
        }
      }
    } catch (IOException | NumberFormatException e) {
      if (parser != null) {
        return JsonPointers.of(parser);
      }
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Closing a parser over a byte array cannot fail in a way that matters here.
        }
      }
    }
    return JsonPointers.ROOT;
  }
}
