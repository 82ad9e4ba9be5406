package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the commands that read observations share: the observations (a JSON file, a folder of
 * CSV files or an .xlsx workbook), {@code --as-of} and {@code --plan}.
 */
final class InputOptions {

  @Parameters(index = "0", paramLabel = "OBSERVATIONS", description = {
      "观测数据:JSON文件、放CSV文件的文件夹,或Excel工作簿(.xlsx)",
      "the observations: a JSON file, a folder of CSV files, or an Excel workbook (.xlsx)"})
  String input;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", order = 10, description = {
      "评估日期;CSV文件夹必须给出,JSON文件中的asOf以此为准",
      "the assessment date; needed for a CSV folder, and overrides a JSON file's asOf"})
  String asOf;

  @Option(names = "--plan", paramLabel = "PATH", order = 11, description = {
      "另一县的方案文件(默认:内置的共青城市方案 gongqingcheng-2022)",
      "another county's plan file (default: the bundled gongqingcheng-2022 plan)"})
  String plan;

  /** The date of {@code --as-of}, or empty; a problem is added for one that is no date. */
  Optional<LocalDate> asOf(Problems problems) {
    if (asOf == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf.strip()));
    } catch (DateTimeParseException e) {
      problems.add(LocalizedText.of("--as-of 须为日期 YYYY-MM-DD,实为'" + asOf + "'",
          "--as-of must be a date YYYY-MM-DD but was '" + asOf + "'"));
      return Optional.empty();
    }
  }

  /** The plan, or empty after its errors were printed. */
  Optional<Plan> plan(Language lang, PrintStream err) {
    return plan == null ? Optional.of(BundledPlans.gongqingcheng2022())
        : PlanFileReport.load(Path.of(plan), lang, err);
  }

  /** A plan and the observations read and checked against it. */
  record Loaded(Plan plan, Observations observations) {}

  /**
   * The plan, then the observations checked against it, as every command that reports on them
   * reads them; or empty after every error was printed.
   */
  Optional<Loaded> load(Optional<LocalDate> date, ToolContext context, Language lang) {
    return plan(lang, context.err()).flatMap(plan -> observations(plan, date, context, lang)
        .map(read -> new Loaded(plan, read.observations())));
  }

  /**
   * The observations, checked against {@code plan}, with their notes printed to {@code err};
   * or empty after every error was printed.
   */
  Optional<ObservationsInput.Read> observations(Plan plan, Optional<LocalDate> date,
      ToolContext context, Language lang) {
    try {
      ObservationsInput.Read read = ObservationsInput.read(Path.of(input), date, plan,
          context.workbooks());
      read.notes().forEach(n -> context.err().println(n.in(lang)));
      return Optional.of(read);
    } catch (InvalidInputException e) {
      Problems.print(e, context.err(), lang);
      return Optional.empty();
    }
  }
}
