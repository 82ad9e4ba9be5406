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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.planmetrics.api.workbook.InvalidWorkbookException;
import org.planmetrics.api.workbook.ObservationsWorkbook;
import org.planmetrics.api.workbook.WorkbookLimits;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.ObservationFields;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.ObservationsJson;
import org.planmetrics.model.LocalizedText;
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
 *   <li>the JSON: 400 {@code malformed-json} for text that is not one JSON value (or not UTF-8),
 *       or 400 {@code invalid-body} over one of the {@link ReadLimits}; 413 {@code
 *       too-many-items} for too many projects, events or teams;
 *   <li>the fields and the plan, in one answer: {@link ObservationsJson} lists every unknown or missing
 *       field, value of the wrong type, null, bad date and number beyond {@link
 *       #MAX_NUMBER_SCALE} digits, and {@link ObservationChecks} every problem of the rest with
 *       the plan, for example an unknown indicator at {@code /series/gdp}. Any problem with the
 *       fields makes it a 400 {@code invalid-body} listing both kinds; problems with the plan
 *       alone make it a 422 {@code invalid-observations}.
 * </ol>
 *
 * <p>The scorecard and the assessment also take a workbook ({@link ObservationsWorkbook#MEDIA_TYPE},
 * the template's .xlsx filled in), within the same size limit: 400 {@code malformed-workbook}
 * for a file that is not an .xlsx workbook, 413 {@code workbook-too-large} beyond the {@link
 * WorkbookLimits} (unzipped size, parts, rows, columns, cells) and 413 {@code too-many-items}
 * beyond the item limits, 422 {@code invalid-observations} with every bad cell and every
 * violation of the checks, each at {@code /<sheet>/<row>/<header>}.
 *
 * <p>Why one answer for both kinds: a county office fixes its file once from one list, and a body
 * with a mistyped cell and an unknown unit had to be sent twice, fixed twice, to learn of the
 * second. Why 400 when the fields are wrong: the body does not have the form the API documents,
 * which is what 400 has always meant here, and a client that tells the two statuses apart (a form
 * error in its own code against a data error in the office's figures) still can. Text that is
 * not JSON at all, a crossed read limit and too many items are still answered alone: nothing
 * after them can be read, or reading on is what the limit is there to prevent.
 */
final class ObservationsReader {

  /** The largest scale or precision a number may have; 1e999999999 is refused, not computed. */
  static final int MAX_NUMBER_SCALE = ObservationsJson.MAX_NUMBER_SCALE;

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
      String shown = contentType == null ? "missing" : "'" + contentType + "'";
      String shownZh = contentType == null ? "缺失" : "'" + contentType + "'";
      String workbook = workbookAccepted ? " or an Excel workbook (" + ObservationsWorkbook.MEDIA_TYPE
          + ")" : "";
      String workbookZh = workbookAccepted ? "或Excel工作簿(" + ObservationsWorkbook.MEDIA_TYPE + ")"
          : "";
      throw ApiProblem.of(415, "unsupported-media-type", "Unsupported media type", "",
          "unsupported-media-type", LocalizedText.of("请求内容须为application/json" + workbookZh
              + ",但Content-Type为" + shownZh, "the body must be application/json" + workbook
              + " but the Content-Type was " + shown), contentType);
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
   * for malformed JSON, and for wrong types, unknown fields and numbers out of range (listing the
   * plan's problems too), 422 for observations that do not fit the plan.
   */
  Observations read(byte[] body, Plan plan) {
    return read(body, plan, Optional.empty());
  }

  /**
   * As {@link #read(byte[], Plan)}; {@code asOf}, if given, stands in for the body's own (for a
   * file on the command line, whose {@code --as-of} overrides it, and which may then leave it out).
   */
  Observations read(byte[] body, Plan plan, Optional<LocalDate> asOf) {
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
      throw BodyProblems.malformed(e, body);
    } catch (IOException e) {
      throw BodyProblems.unreadable(e);
    }
    if (tree == null || !tree.isObject()) {
      Violation error = ObservationsJson.notAnObject(tree, BodyProblems.BODY);
      throw new ApiProblem(400, "invalid-body", "Invalid request body", error.messages(),
          List.of(error));
    }
    if (asOf.isPresent()) {
      ((ObjectNode) tree).put("asOf", asOf.get().toString());
    }
    checkCount(tree, "projects", maxProjects);
    checkCount(tree, "events", maxEvents);
    checkCount(tree, "teams", MAX_TEAMS);
    ObservationsJson.Reading reading = ObservationsJson.check((ObjectNode) tree, plan);
    if (!reading.fieldProblems().isEmpty()) {
      throw BodyProblems.invalidBody(reading.fieldProblems(), reading.fieldProblemCount(),
          reading.planProblems(), plan.id());
    }
    List<Violation> checks = reading.planProblems();
    if (!checks.isEmpty()) {
      throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
          LocalizedText.of("观测数据有" + checks.size() + "处与方案'" + plan.id() + "'不符",
              checks.size() + " problem(s) with the observations for plan '" + plan.id() + "'"),
          checks);
    }
    return reading.observations().orElseThrow();
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
            e.violations().get(0).messages(), e.violations());
        case LIMIT_EXCEEDED -> new ApiProblem(413, "workbook-too-large", "Workbook too large",
            e.violations().get(0).messages(), e.violations());
        case INVALID -> new ApiProblem(422, "invalid-observations",
            "Observations do not fit the plan", LocalizedText.of("工作簿中有" + e.violationCount()
                + "处与方案'" + plan.id() + "'不符", e.violationCount() + " problem(s) in the "
                + "workbook for plan '" + plan.id() + "'"), e.violations(), e.violationCount());
      };
    }
    checkCount("项目台账", "projects", observations.projects().size(), maxProjects);
    checkCount("活动记录", "events", observations.events().size(), maxEvents);
    checkCount("组团任务", "teams", observations.teams().size(), MAX_TEAMS);
    return observations;
  }

  private static void checkCount(String sheet, String field, int size, int max) {
    if (size > max) {
      throw new ApiProblem(413, "too-many-items", "Too many items", LocalizedText.of("工作表"
          + sheet + "有" + size + "条,一次请求最多" + max + "条", "the sheet " + sheet + " has " + size
          + " " + field + " but at most " + max + " are accepted in one request"), List.of(Violation.builder().path(JsonPointers.of(sheet))
              .rule("too-many-items").message(sheet + ": must have at most " + max + " "
                  + field + " but had " + size)
              .messageZh(sheet + ":最多" + max + "条,实有" + size + "条")
              .value(String.valueOf(size)).build()));
    }
  }

  private static void checkCount(JsonNode tree, String field, int max) {
    JsonNode items = tree.get(field);
    if (items != null && items.isArray() && items.size() > max) {
      LocalizedText message = LocalizedText.of(ObservationFields.zh(field) + "最多" + max
          + "条,实有" + items.size() + "条", "'" + field + "' must have at most " + max
          + " items but had " + items.size());
      throw new ApiProblem(413, "too-many-items", "Too many items", LocalizedText.of(
          ObservationFields.zh(field) + "有" + items.size() + "条,一次请求最多接受" + max + "条",
          "'" + field + "' has " + items.size() + " items but at most " + max
              + " are accepted in one request"),
          List.of(ApiProblem.violation(JsonPointers.of(field), "too-many-items", message,
              String.valueOf(items.size()))));
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
