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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.api.csv.CsvFile;
import org.planmetrics.api.csv.ObservationsCsv;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.api.input.ObservationTable;
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
 *   <li>the body: 415 without {@code Content-Type: application/json} (or one of the other
 *       forms below), 413 over the size limit ({@link #body});
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
 * <p>Every route that reads observations also takes the CSV files the tool reads from a folder,
 * as {@code multipart/form-data} ({@link MultipartFiles}), within the same size limit: 400
 * {@code malformed-csv} when files cannot be read as tables at all ({@link
 * ObservationsCsv#UNREADABLE_RULES}: a workbook renamed .csv, an unknown encoding, no file named
 * for a table), else 422 {@code invalid-observations} with every bad cell and every violation of
 * the checks, each at {@code /<file>/<line>/<column>}, and 413 {@code too-many-items} beyond the
 * item limits.
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

  /** The forms a body of observations takes, told apart by its Content-Type. */
  enum Form {
    JSON("application/json"),
    WORKBOOK(ObservationsWorkbook.MEDIA_TYPE),
    CSV_FILES(MultipartFiles.MEDIA_TYPE);

    final String mediaType;

    Form(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  /**
   * A body gathered in full, in one of the {@link Form}s; {@code boundary} separates the parts of
   * CSV files and is empty for the other forms.
   */
  record Body(Form form, byte[] bytes, String boundary) {

    /**
     * What the response cache's key adds to the bytes: the form, since a workbook, CSV files and
     * JSON are read differently, and for CSV files the boundary, which the bytes alone do not
     * give.
     */
    String cacheKeyPrefix() {
      return switch (form) {
        case JSON -> "";
        case WORKBOOK -> "workbook:";
        case CSV_FILES -> "csv;boundary=" + boundary + ":";
      };
    }
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";")[0].trim();
  }

  /**
   * The body of JSON, of CSV files or, where {@code workbookAccepted}, of a workbook; or a
   * problem: 415 for another content type, 400 for CSV files without a boundary, 413 over the
   * size limit.
   */
  Body body(Context ctx, boolean workbookAccepted) {
    String contentType = ctx.contentType();
    String mediaType = mediaType(contentType);
    Form form = Arrays.stream(Form.values())
        .filter(f -> f.mediaType.equalsIgnoreCase(mediaType))
        .filter(f -> workbookAccepted || f != Form.WORKBOOK)
        .findFirst().orElseThrow(() -> unsupported(contentType, workbookAccepted));
    String boundary = form == Form.CSV_FILES ? MultipartFiles.boundary(contentType) : "";
    return new Body(form, boundedBody(ctx, maxBodyBytes), boundary);
  }

  /**
   * The request's body, refused with 413 when it is declared or turns out larger than {@code
   * maxBodyBytes}: the declared length is checked before a byte is read, the actual length after
   * (a chunked body declares none).
   */
  static byte[] boundedBody(Context ctx, long maxBodyBytes) {
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

  /** 415, naming the forms accepted: "application/json, multipart/form-data (CSV files) or…". */
  private static ApiProblem unsupported(String contentType, boolean workbookAccepted) {
    String shown = contentType == null ? "missing" : "'" + contentType + "'";
    String shownZh = contentType == null ? "缺失" : "'" + contentType + "'";
    String csv = MultipartFiles.MEDIA_TYPE + " (CSV files)";
    String csvZh = MultipartFiles.MEDIA_TYPE + "(CSV文件)";
    String workbook = "an Excel workbook (" + ObservationsWorkbook.MEDIA_TYPE + ")";
    String workbookZh = "Excel工作簿(" + ObservationsWorkbook.MEDIA_TYPE + ")";
    return ApiProblem.of(415, "unsupported-media-type", "Unsupported media type", "",
        "unsupported-media-type", LocalizedText.of("请求内容须为application/json"
            + (workbookAccepted ? "、" + csvZh + "或" + workbookZh : "或" + csvZh)
            + ",但Content-Type为" + shownZh, "the body must be application/json"
            + (workbookAccepted ? ", " + csv + " or " + workbook : " or " + csv)
            + " but the Content-Type was " + shown), contentType);
  }

  /**
   * The observations of {@code body} for {@code plan}, as {@link #read(byte[], Plan, Optional)}
   * reads JSON, {@link #readWorkbook} a workbook and {@link #readCsv} CSV files; {@code asOf}, if
   * given, stands in for the date of JSON or a workbook, and must be given for CSV files, which
   * have none (the caller makes sure of it).
   */
  Observations read(Body body, Plan plan, Optional<LocalDate> asOf) {
    return switch (body.form()) {
      case JSON -> read(body.bytes(), plan, asOf);
      case WORKBOOK -> {
        Observations observations = readWorkbook(body.bytes(), plan);
        yield asOf.map(observations::withAsOf).orElse(observations);
      }
      case CSV_FILES -> readCsv(MultipartFiles.read(body.boundary(), body.bytes()), plan,
          asOf.orElseThrow());
    };
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
    LocalizedText sheet = LocalizedText.of("工作表", "the sheet");
    checkCount(sheet, "项目台账", "projects", observations.projects().size(), maxProjects);
    checkCount(sheet, "活动记录", "events", observations.events().size(), maxEvents);
    checkCount(sheet, "组团任务", "teams", observations.teams().size(), MAX_TEAMS);
    return observations;
  }

  /**
   * The CSV {@code files} as observations for {@code plan} on {@code asOf}, or a problem: 400
   * {@code malformed-csv} when every error keeps a file from being read as a table ({@link
   * ObservationsCsv#UNREADABLE_RULES}), else 422 listing every error, each at {@code
   * /<file>/<line>/<column>} ({@link InputError#filePointer()}); 413 over the item limits.
   */
  Observations readCsv(List<CsvFile> files, Plan plan, LocalDate asOf) {
    ObservationsCsv.Result result;
    try {
      result = ObservationsCsv.read(files, asOf, plan);
    } catch (InvalidInputException e) {
      List<Violation> errors = e.errors().stream()
          .map(error -> ApiProblem.violation(error.filePointer(), error.rule(), error.located(),
              error.violation().value().orElse(null)))
          .collect(Collectors.toList());
      int count = errors.size();
      if (e.errors().stream().allMatch(
          error -> ObservationsCsv.UNREADABLE_RULES.contains(error.rule()))) {
        throw new ApiProblem(400, "malformed-csv", "Malformed CSV files", count == 1
            ? errors.get(0).messages() : LocalizedText.of("有" + count + "处问题使CSV文件无法读取",
                count + " problems keep the CSV files from being read"), errors);
      }
      throw new ApiProblem(422, "invalid-observations", "Observations do not fit the plan",
          LocalizedText.of("CSV文件中有" + count + "处与方案'" + plan.id() + "'不符", count
              + " problem(s) in the CSV files for plan '" + plan.id() + "'"), errors);
    }
    Map<ObservationTable, String> names = new EnumMap<>(ObservationTable.class);
    result.files().forEach(file -> names.put(file.table(), file.file()));
    Observations observations = result.observations();
    LocalizedText file = LocalizedText.of("文件", "the file");
    checkCount(file, names.get(ObservationTable.PROJECTS), "projects",
        observations.projects().size(), maxProjects);
    checkCount(file, names.get(ObservationTable.EVENTS), "events",
        observations.events().size(), maxEvents);
    checkCount(file, names.get(ObservationTable.TEAMS), "teams", observations.teams().size(),
        MAX_TEAMS);
    return observations;
  }

  /** 413 if {@code size} items of {@code field} in the sheet or file {@code name} are too many. */
  private static void checkCount(LocalizedText kind, String name, String field, int size,
      int max) {
    if (size > max) {
      throw new ApiProblem(413, "too-many-items", "Too many items", LocalizedText.of(kind.zh()
          + name + "有" + size + "条,一次请求最多" + max + "条", kind.en() + " " + name + " has "
          + size + " " + field + " but at most " + max + " are accepted in one request"),
          List.of(Violation.builder().path(JsonPointers.of(name))
              .rule("too-many-items").message(name + ": must have at most " + max + " "
                  + field + " but had " + size)
              .messageZh(name + ":最多" + max + "条,实有" + size + "条")
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
