package org.planmetrics.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.api.workbook.InvalidWorkbookException;
import org.planmetrics.api.workbook.ObservationsTemplate;
import org.planmetrics.api.workbook.ObservationsWorkbook;
import org.planmetrics.api.workbook.ScorecardWorkbook;
import org.planmetrics.api.workbook.WorkbookLimits;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;

/**
 * The tool's workbooks, made by {@code org.planmetrics.api.workbook} within the limits the
 * server applies to an upload. A workbook's problems are at {@code /<sheet>/<row>/<header>};
 * here each becomes an error of the file at that sheet, row and column, so the tool prints
 * "observations.xlsx 项目台账 第5行 “投资额(亿元)”列:…" like a CSV file's errors.
 *
 * <p>The workbook carries its own date (数据截至日期 on its first sheet); {@code --as-of} replaces
 * it, but does not stand in for a missing one.
 */
final class ExcelWorkbooks implements WorkbookSupport {

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public Observations read(Path workbook, Plan plan, Optional<LocalDate> asOf)
      throws IOException {
    try (InputStream in = Files.newInputStream(workbook)) {
      Observations read = ObservationsWorkbook.read(in, plan, WorkbookLimits.defaults());
      return asOf.map(read::withAsOf).orElse(read);
    } catch (InvalidWorkbookException e) {
      String file = String.valueOf(workbook.getFileName());
      List<InputError> errors = new ArrayList<>();
      for (Violation v : e.violations()) {
        errors.add(placed(file, v));
      }
      throw new InvalidInputException(errors, List.of(),
          e.violationCount() == e.violations().size());
    }
  }

  /** The error at the sheet, row and header the violation's pointer names, if it names them. */
  private static InputError placed(String file, Violation v) {
    String[] parts = v.path().split("/", -1);
    if (parts.length == 4 && parts[0].isEmpty() && parts[2].matches("\\d+")) {
      return new InputError(file + " " + unescape(parts[1]), Integer.parseInt(parts[2]),
          unescape(parts[3]), v);
    }
    return new InputError(file, 0, "", v);
  }

  /** A JSON Pointer segment as written: "~1" is "/" and "~0" is "~" (RFC 6901). */
  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  @Override
  public void writeTemplate(Plan plan, Language language, OutputStream out) throws IOException {
    // The template is one for both languages: Chinese headers with the English names beside.
    out.write(ObservationsTemplate.write(plan));
  }

  @Override
  public void writeScorecard(Plan plan, Scorecard scorecard, Language language,
      OutputStream out) throws IOException {
    out.write(ScorecardWorkbook.write(scorecard, plan, language));
  }
}
