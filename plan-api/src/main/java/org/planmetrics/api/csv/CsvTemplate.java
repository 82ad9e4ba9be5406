package org.planmetrics.api.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.api.input.ObservationTable;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;

/**
 * Writes the folder of CSV files a statistician fills in for a plan: one file per table of
 * {@link ObservationTable}, each with its header in Chinese and English ({@code 签约日期
 * signedOn}); {@code series.csv} lists every indicator a growth or cumulative target reads, for
 * the base year and each year of the window, with the value left empty. The files are UTF-8
 * with a byte order mark, which Excel needs to show Chinese; {@link ObservationsCsv} reads them
 * back, and skips a series row whose value is still empty.
 */
public final class CsvTemplate {

  private CsvTemplate() {}

  /** The files a template of {@code plan} writes into a folder, by name. */
  public static List<String> fileNames() {
    return ObservationTable.all().stream().map(t -> t.id() + ".csv").toList();
  }

  /**
   * Writes the template of {@code plan} into {@code folder}, creating it if needed, with the
   * indicators named in {@code language}; returns the files written.
   *
   * @throws java.nio.file.FileAlreadyExistsException if the folder already has a table's file
   *     (by either of its names): nothing is written then
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Plan plan, Language language, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (ObservationTable table : ObservationTable.all()) {
      for (String name : table.fileNames()) {
        if (Files.exists(folder.resolve(name))) {
          throw new java.nio.file.FileAlreadyExistsException(folder.resolve(name).toString());
        }
      }
    }
    List<Path> written = new ArrayList<>();
    for (ObservationTable table : ObservationTable.all()) {
      StringBuilder text = new StringBuilder("\uFEFF");
      text.append(table.columns().stream().map(ObservationTable.Column::header)
          .collect(Collectors.joining(","))).append("\r\n");
      if (table == ObservationTable.SERIES) {
        for (Indicator indicator : indicators(plan)) {
          for (int year = plan.window().startYear() - 1; year <= plan.window().endYear();
              year++) {
            text.append(cell(indicator.name().in(language))).append(',').append(year)
                .append(",\r\n");
          }
        }
      }
      Path file = folder.resolve(table.id() + ".csv");
      // CREATE_NEW: a template never overwrites figures already typed in.
      Files.writeString(file, text, StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW);
      written.add(file);
    }
    return written;
  }

  /**
   * The indicators whose own figures a target reads (growth, amounts, levels; not the first
   * tier's, which come as peer figures), in plan order.
   */
  static Set<Indicator> indicators(Plan plan) {
    Set<Indicator> indicators = new LinkedHashSet<>();
    for (Target target : plan.targets()) {
      if (target.kind().subject() == TargetKind.Subject.INDICATOR
          && target.kind() != TargetKind.FIRST_TIER_RANK) {
        target.indicator().flatMap(plan::indicator).ifPresent(indicators::add);
      }
    }
    return indicators;
  }

  private static String cell(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
