package org.planmetrics.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.planmetrics.api.ObservationsJson;
import org.planmetrics.api.csv.ObservationsCsv;
import org.planmetrics.api.csv.TextEncoding;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.api.input.ObservationTable;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;

/**
 * The observations a command reads, by the kind of what it is given: a folder of CSV files, an
 * Excel workbook ({@code .xlsx}, through {@link WorkbookSupport}), or a JSON file (anything
 * else). A single CSV file, an old {@code .xls} workbook and a path that is not there get advice.
 * Every error of the input is listed at once, each with its file, line and column or field,
 * including those the checks against the plan find.
 */
final class ObservationsInput {

  /** The largest JSON file read: 64 MiB, as for a CSV file. */
  static final long MAX_JSON_BYTES = ObservationsCsv.MAX_FILE_BYTES;

  private ObservationsInput() {}

  /** The kinds of input, found from the path. */
  enum Kind {
    CSV_FOLDER,
    WORKBOOK,
    OLD_WORKBOOK,
    CSV_FILE,
    JSON;

    static Kind of(Path input) {
      if (Files.isDirectory(input)) {
        return CSV_FOLDER;
      }
      String name = input.getFileName() == null ? ""
          : input.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
        return WORKBOOK;
      }
      if (name.endsWith(".xls") || name.endsWith(".et")) {
        return OLD_WORKBOOK;
      }
      if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
        return CSV_FILE;
      }
      return JSON;
    }
  }

  /** Observations read, and what was read on the way (files, encodings). */
  record Read(Observations observations, List<LocalizedText> notes) {}

  /**
   * The observations of {@code input}, checked against {@code plan}; {@code asOf} overrides a
   * JSON file's or workbook's date and is needed for a CSV folder.
   *
   * @throws InvalidInputException with every error found
   */
  static Read read(Path input, Optional<LocalDate> asOf, Plan plan, WorkbookSupport workbooks) {
    String source = input.toString();
    if (!Files.exists(input)) {
      throw fail(source, "no-such-file", LocalizedText.of("文件或文件夹不存在",
          "no such file or folder"));
    }
    switch (Kind.of(input)) {
      case CSV_FOLDER -> {
        if (asOf.isEmpty()) {
          throw fail(source, "missing-as-of", LocalizedText.of(
              "CSV文件不含评估日期,请用 --as-of YYYY-MM-DD 给出",
              "CSV files carry no assessment date; give one with --as-of YYYY-MM-DD"));
        }
        ObservationsCsv.Result result = ObservationsCsv.read(input, asOf.get(), plan);
        return new Read(result.observations(), result.notes());
      }
      case WORKBOOK -> {
        if (!workbooks.available()) {
          throw fail(source, "no-workbook-support", PlanToolText.NO_WORKBOOKS);
        }
        try {
          return new Read(workbooks.read(input, plan, asOf), List.of());
        } catch (IOException e) {
          throw fail(source, "unreadable", LocalizedText.of("无法读取:" + e.getMessage(),
              "cannot be read: " + e.getMessage()));
        }
      }
      case OLD_WORKBOOK -> throw fail(source, "old-workbook", LocalizedText.of(
          "这是旧版Excel工作簿(.xls);请在Excel中另存为“Excel工作簿(*.xlsx)”或“CSV UTF-8(逗号分隔)”",
          "is an old Excel workbook (.xls); in Excel, save it as 'Excel Workbook (*.xlsx)' or"
              + " 'CSV UTF-8 (Comma delimited)'"));
      case CSV_FILE -> throw fail(source, "csv-file-not-folder", csvFileAdvice(input));
      default -> {
        return json(input, asOf, plan);
      }
    }
  }

  private static LocalizedText csvFileAdvice(Path input) {
    Path parent = input.getParent();
    String folder = parent == null ? "." : parent.toString();
    String name = input.getFileName().toString();
    boolean table = ObservationTable.all().stream()
        .anyMatch(t -> t.fileNames().stream().anyMatch(n -> n.equalsIgnoreCase(name)));
    String names = "series.csv、projects.csv、events.csv、ranks.csv、peers.csv、teams.csv、tasks.csv";
    return LocalizedText.of(
        "给出的是单个CSV文件;请给出放CSV文件的文件夹" + (table ? "(" + folder + ")" : "")
            + ",各表一个文件,文件名为 " + names + "(或中文表名,如 项目台账.csv),并用 --as-of 给出评估日期",
        "is a single CSV file; give the folder that holds the CSV files" + (table ? " ("
            + folder + ")" : "") + ", one file per table, named " + names.replace("、", ", ")
            + " (or by the Chinese table name, such as 项目台账.csv), with --as-of for the date");
  }

  /** A JSON file, read as a request body is, in UTF-8 or another encoding found and said. */
  private static Read json(Path input, Optional<LocalDate> asOf, Plan plan) {
    String source = input.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(input)) {
      bytes = in.readNBytes(Math.toIntExact(MAX_JSON_BYTES + 1));
    } catch (NoSuchFileException e) {
      throw fail(source, "no-such-file", LocalizedText.of("文件不存在", "no such file"));
    } catch (AccessDeniedException e) {
      throw fail(source, "unreadable", LocalizedText.of("没有读取权限", "permission denied"));
    } catch (IOException e) {
      throw fail(source, "unreadable", LocalizedText.of("无法读取:" + e.getMessage(),
          "cannot be read: " + e.getMessage()));
    }
    if (bytes.length > MAX_JSON_BYTES) {
      throw fail(source, "file-too-large", LocalizedText.of("文件超过" + (MAX_JSON_BYTES >> 20)
          + " MiB,不像是观测数据", "is larger than " + (MAX_JSON_BYTES >> 20)
          + " MiB, which no observations file is"));
    }
    List<LocalizedText> notes = new ArrayList<>();
    try {
      TextEncoding.Decoded text = TextEncoding.decode(bytes);
      if (text.encoding() != TextEncoding.UTF_8) {
        // JSON is UTF-8; the same text in another encoding reads the same once re-encoded.
        bytes = text.text().getBytes(StandardCharsets.UTF_8);
        notes.add(LocalizedText.of("已读取 " + source + "(" + text.encoding().label().zh() + ")",
            "read " + source + " (" + text.encoding().label().en() + ")"));
      }
    } catch (TextEncoding.NotTextException e) {
      // Left to the JSON reader, which names the byte it cannot read.
    }
    JsonLocations lines = JsonLocations.of(bytes);
    Observations observations;
    try {
      observations = ObservationsJson.read(bytes, plan, asOf);
    } catch (ObservationsJson.Refused refused) {
      List<InputError> errors = new ArrayList<>();
      for (Violation v : refused.violations()) {
        int line = refused.kind().equals("malformed-json")
            ? lines.failure().orElse(lines.line(v.path())) : lines.line(v.path());
        errors.add(new InputError(source, line, "", v));
      }
      throw new InvalidInputException(errors, notes, true);
    }
    List<Violation> violations = ObservationChecks.violations(observations, plan);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations.stream()
          .map(v -> new InputError(source, lines.line(v.path()), "", v)).toList(), notes, true);
    }
    return new Read(observations, notes);
  }

  private static InvalidInputException fail(String source, String rule, LocalizedText message) {
    return InvalidInputException.of(InputError.of(source, 0, "", "", rule, message, null));
  }
}
