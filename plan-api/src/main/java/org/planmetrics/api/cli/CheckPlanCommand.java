package org.planmetrics.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan-metrics check-plan FILE...}: checks plan files as the server checks them at
 * start-up, and lists every error of every file, each with its JSON Pointer, rule and message.
 * A folder stands for its {@code *.json} files. Exits with 0 when every file is a valid plan, 2
 * otherwise.
 */
@Command(name = "check-plan", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", parameterListHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "检查方案文件,逐个列出每个文件的所有错误(JSON指针、规则、说明)。",
        "Checks plan files and lists every error of each (JSON Pointer, rule, message)."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  plan-metrics check-plan plans/my-county-2024.json",
        "  plan-metrics check-plan --lang en plans/",
        "",
        "退出码 / Exit codes: 0 全部有效 / every file is a valid plan; 2 有文件无效 / a file is invalid"})
final class CheckPlanCommand implements Callable<Integer> {

  private final ToolContext context;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = {
      "方案文件,或放 *.json 方案文件的文件夹 / a plan file, or a folder of *.json plan files"})
  List<Path> paths;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  CheckPlanCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Problems problems = new Problems();
    Optional<Language> chosen = language.language(problems);
    if (chosen.isEmpty()) {
      return problems.print(context.err(), Language.ZH, "check-plan");
    }
    Language lang = chosen.get();
    PrintStream out = context.out();
    List<Path> files = new ArrayList<>();
    // A folder that cannot be listed, or has no plan file, counts as a file that cannot be used.
    int invalid = files(paths, lang, files);
    int valid = 0;
    for (Path file : files) {
      Optional<Plan> plan = PlanFileReport.load(file, lang, context.err());
      if (plan.isEmpty()) {
        invalid++;
        continue;
      }
      valid++;
      Plan p = plan.get();
      out.println(lang == Language.EN
          ? "✓ " + file + ": plan '" + p.id() + "', " + p.goals().size() + " goals, "
              + p.targets().size() + " targets, " + p.cadences().size() + " cadences, window "
              + p.window().startYear() + "–" + p.window().endYear()
          : "✓ " + file + ":方案'" + p.id() + "'," + p.goals().size() + "个目标组、"
              + p.targets().size() + "个目标、" + p.cadences().size() + "项工作机制,期间"
              + p.window().startYear() + "—" + p.window().endYear() + "年");
    }
    if (invalid > 0) {
      context.err().println(lang == Language.EN
          ? invalid + " of " + (valid + invalid) + " plan files cannot be used"
          : (valid + invalid) + "个方案文件中有" + invalid + "个不能使用");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.OK;
  }

  /**
   * Adds to {@code files} each path that is not a folder, and the {@code *.json} files of each
   * folder, by name; returns how many folders could not be listed or had none.
   */
  private int files(List<Path> given, Language lang, List<Path> files) {
    int missing = 0;
    for (Path path : given) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> list = Files.list(path)) {
        List<Path> json = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
            .toList();
        if (json.isEmpty()) {
          context.err().println(lang == Language.EN ? "folder " + path + " has no *.json file"
              : "文件夹 " + path + " 中没有 *.json 文件");
          missing++;
        }
        files.addAll(json);
      } catch (IOException e) {
        context.err().println((lang == Language.EN ? "cannot list folder " : "无法列出文件夹 ")
            + path + ": " + e.getMessage());
        missing++;
      }
    }
    return missing;
  }
}
