package org.planmetrics.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planmetrics.api.AnswerNumbers;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan-metrics score}: assesses every target of a plan on the observations given and
 * writes the scorecard, as a table (in Chinese by default), JSON, CSV, Markdown or a workbook.
 * Its exit code says whether a binding (确保) target falls short ({@link ExitCodes}).
 */
@Command(name = "score", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", parameterListHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "评估方案的每个目标,打印记分卡。",
        "Assesses every target of a plan and prints the scorecard."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  plan-metrics score samples/gongqingcheng-sample.json",
        "      示例数据,中文表格 / the sample data, as a table in Chinese",
        "  plan-metrics score --lang en --as-of 2024-06-30 samples/csv",
        "      CSV文件夹(UTF-8或GBK),英文表格 / a CSV folder (UTF-8 or GBK), in English",
        "  plan-metrics score --format markdown samples/gongqingcheng-sample.json",
        "  plan-metrics score --format csv -o scorecard.csv samples/gongqingcheng-sample.json",
        "  plan-metrics score --plan my-county.json my-county-figures.json",
        "",
        "CSV文件夹:series.csv(指标数据.csv)、projects.csv(项目台账.csv)、events.csv、ranks.csv、",
        "peers.csv、teams.csv、tasks.csv,表头中英文皆可;见 samples/README.md。",
        "A CSV folder holds series.csv, projects.csv, events.csv, ranks.csv, peers.csv, teams.csv",
        "and tasks.csv (or their Chinese names), with Chinese or English headers; see samples/README.md.",
        "",
        PlanToolText.EXIT_CODES})
final class ScoreCommand implements Callable<Integer> {

  private final ToolContext context;

  @Mixin
  InputOptions input;

  @Option(names = "--format", paramLabel = "table|json|csv|xlsx|markdown", order = 1,
      description = {"输出格式,默认 table / output format (default table)"})
  String format = "table";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 2, description = {
      "写入文件而非标准输出;xlsx 必须给出。CSV文件带BOM,便于Excel打开",
      "write to FILE, not standard output; needed for xlsx. A CSV file gets a byte order mark"
          + " for Excel"})
  String output;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  ScoreCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream err = context.err();
    Problems problems = new Problems();
    Optional<Language> lang = language.language(problems);
    Optional<LocalDate> asOf = input.asOf(problems);
    Optional<ScorecardFormat> chosen = ScorecardFormat.parse(format, problems);
    Language shown = lang.orElse(Language.ZH);
    if (chosen.isPresent() && chosen.get() == ScorecardFormat.XLSX && output == null
        && context.workbooks().available()) {
      problems.add(LocalizedText.of("--format xlsx 须用 --output 给出 .xlsx 文件",
          "--format xlsx needs --output FILE.xlsx"));
    }
    if (!problems.isEmpty()) {
      return problems.print(err, shown, "score");
    }
    if (chosen.get() == ScorecardFormat.XLSX && !context.workbooks().available()) {
      return Problems.one(err, shown, PlanToolText.NO_WORKBOOKS);
    }
    Optional<Plan> plan = input.plan(shown, err);
    if (plan.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    Optional<ObservationsInput.Read> read = input.observations(plan.get(), asOf, context, shown);
    if (read.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    Scorecard card = Assessor.of(plan.get()).scorecard(read.get().observations());
    write(plan.get(), card, chosen.get(), shown);
    return ExitCodes.of(card.assessments().stream()
        .map(a -> new ExitCodes.Judged(a.commitment(), a.status())).toList());
  }

  private void write(Plan plan, Scorecard card, ScorecardFormat format, Language lang)
      throws IOException {
    if (format == ScorecardFormat.XLSX) {
      try (OutputStream out = Files.newOutputStream(Path.of(output))) {
        context.workbooks().writeScorecard(plan, card, lang, out);
      }
      return;
    }
    String text = switch (format) {
      case TABLE -> {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ScorecardTable.print(plan, card, lang, new PrintStream(bytes, true,
            StandardCharsets.UTF_8));
        yield bytes.toString(StandardCharsets.UTF_8);
      }
      case JSON -> json(card);
      case CSV -> ScorecardCsv.write(plan, card, lang);
      case MARKDOWN -> ScorecardMarkdown.write(plan, card, lang);
      default -> throw new AssertionError(format);
    };
    if (output == null) {
      context.out().print(text);
      context.out().flush();
      return;
    }
    // Excel opens a CSV file as the system's code page unless it starts with a byte order mark.
    String bom = format == ScorecardFormat.CSV ? "\uFEFF" : "";
    Files.writeString(Path.of(output), bom + text, StandardCharsets.UTF_8);
    context.err().println(lang == Language.EN ? "wrote " + output : "已写入 " + output);
  }

  private static String json(Scorecard card) {
    try {
      return AnswerNumbers.writer(PlanJson.writer())
          .withDefaultPrettyPrinter().writeValueAsString(card) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scorecard always serializes", e);
    }
  }
}
