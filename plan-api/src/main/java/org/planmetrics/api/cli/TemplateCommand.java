package org.planmetrics.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planmetrics.api.csv.CsvTemplate;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan-metrics template -o PATH}: writes what a statistician fills in for a plan, an
 * Excel workbook ({@code --format xlsx}, the default, through {@link WorkbookSupport}) or a
 * folder of CSV files ({@code --format csv}, {@link CsvTemplate}), which {@code score} then
 * reads. Exits with 0 once written, 2 for bad input.
 */
@Command(name = "template", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "写出填报模板:Excel工作簿,或CSV文件夹(表头中英文对照,指标和年份已预填)。",
        "Writes the template to fill in: an Excel workbook, or a folder of CSV files (headers",
        "in Chinese and English, the indicators and years filled in)."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  plan-metrics template -o figures.xlsx",
        "  plan-metrics template --format csv -o figures/",
        "      然后填写,再运行 / then fill it in and run:",
        "      plan-metrics score --as-of 2024-06-30 figures/",
        "",
        "退出码 / Exit codes: 0 已写出 / written; 2 输入有误 / bad input"})
final class TemplateCommand implements Callable<Integer> {

  private final ToolContext context;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true, order = 1,
      description = {"写到此文件(xlsx)或文件夹(csv) / the file (xlsx) or folder (csv) to write"})
  String output;

  @Option(names = "--format", paramLabel = "xlsx|csv", order = 2,
      description = "模板格式,默认 xlsx / the template's format (default xlsx)")
  String format = "xlsx";

  @Option(names = "--plan", paramLabel = "PATH", order = 3, description = {
      "另一县的方案文件(默认:内置的共青城市方案)",
      "another county's plan file (default: the bundled plan)"})
  String plan;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  TemplateCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems();
    Language lang = language.language(problems).orElse(Language.ZH);
    String chosen = format.strip();
    if (!chosen.equals("xlsx") && !chosen.equals("csv")) {
      problems.add(LocalizedText.of("--format 须为 xlsx 或 csv,实为'" + format + "'",
          "--format must be xlsx or csv but was '" + format + "'"));
    }
    if (!problems.isEmpty()) {
      return problems.print(context.err(), lang, "template");
    }
    if (chosen.equals("xlsx") && !context.workbooks().available()) {
      return Problems.one(context.err(), lang, LocalizedText.of(
          PlanToolText.NO_WORKBOOKS.zh() + ";CSV模板:--format csv",
          PlanToolText.NO_WORKBOOKS.en() + "; for a CSV template: --format csv"));
    }
    Optional<Plan> loaded = plan == null ? Optional.of(BundledPlans.gongqingcheng2022())
        : PlanFileReport.load(Path.of(plan), lang, context.err());
    if (loaded.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    Path target = Path.of(output);
    if (chosen.equals("xlsx")) {
      try (OutputStream out = Files.newOutputStream(target)) {
        context.workbooks().writeTemplate(loaded.get(), lang, out);
      }
      context.err().println(lang == Language.EN ? "wrote " + target : "已写入 " + target);
      return ExitCodes.OK;
    }
    try {
      List<Path> files = CsvTemplate.write(loaded.get(), lang, target);
      files.forEach(f -> context.err().println(lang == Language.EN
          ? "wrote " + f + " (UTF-8 with byte order mark)" : "已写入 " + f + "(UTF-8,带BOM)"));
      return ExitCodes.OK;
    } catch (FileAlreadyExistsException e) {
      return Problems.one(context.err(), lang, LocalizedText.of(
          e.getFile() + " 已存在;模板不覆盖已有数据,请换一个文件夹",
          e.getFile() + " already exists; a template never overwrites figures, so choose another"
              + " folder"));
    }
  }
}
