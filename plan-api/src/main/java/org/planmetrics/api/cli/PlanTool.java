package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.api.PlanServer;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The one executable of plan-metrics, the server's jar: {@code java -jar
 * plan-api-0.1.0-SNAPSHOT-all.jar [COMMAND] [OPTIONS]}, called {@code plan-metrics} in its help.
 * The commands:
 *
 * <ul>
 *   <li>{@code serve}, the default when no command is given, so that {@code java -jar …-all.jar
 *       --port 8080} starts the server as it always has ({@link ServeCommand});
 *   <li>{@code score}: the scorecard of a JSON file, a CSV folder or a workbook ({@link
 *       ScoreCommand});
 *   <li>{@code template}: the workbook or CSV folder to fill in ({@link TemplateCommand});
 *   <li>{@code check-plan}: every error of plan files ({@link CheckPlanCommand});
 *   <li>{@code ranking} and {@code bulletin}: the month's team ranking and the week's bulletin
 *       ({@link RankingCommand}, {@link BulletinCommand});
 *   <li>{@code draft-plan}: a first draft of a plan file from a plan's own text ({@link
 *       DraftPlanCommand}).
 * </ul>
 *
 * <p>Every command has {@code --help} with examples in Chinese and English, {@code --lang zh|en}
 * (Chinese by default) and the exit codes of {@link ExitCodes}: 0 every binding (确保) target met
 * or on track, 1 one missed or behind, 3 one not assessable, 2 bad input; 70 is an error of the
 * tool itself, printed with its trace for a report.
 */
@Command(name = "plan-metrics", sortOptions = false,
    synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n",
    commandListHeading = "%n命令 / Commands:%n", optionListHeading = "%n选项 / Options:%n",
    synopsisSubcommandLabel = "[COMMAND]",
    description = {
        "按方案检查招商引资目标:服务、评估、模板、检查方案、组团排位、招商简讯、从原文起草方案。",
        "Checks a county's investment plan: serve, score, template, check-plan, ranking,",
        "bulletin, draft-plan. Without a command it serves (serve), as java -jar always has."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar",
        "      启动REST服务 / start the REST server on port 7070",
        "  java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar score \\",
        "      samples/gongqingcheng-sample.json",
        "      打印记分卡 / print the scorecard",
        "  java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar score --help",
        "",
        PlanToolText.EXIT_CODES,
        " 70  工具自身出错(程序缺陷),附调用栈 / an error of the tool itself (a bug), with its trace"})
public final class PlanTool {

  /** The exit code of an error in the tool itself: EX_SOFTWARE of sysexits.h. */
  public static final int BUG = 70;

  /** The commands, by name; anything else first on the line is an option of {@code serve}. */
  static final Set<String> COMMANDS = Set.of("serve", "score", "template", "check-plan",
      "ranking", "bulletin", "draft-plan", "help");

  @Option(names = {"-h", "--help"}, usageHelp = true,
      description = "显示本帮助 / show this help")
  boolean help;

  private PlanTool() {}

  /**
   * Runs the command line and exits with its code, except after {@code serve} has started the
   * server, whose threads keep the process alive until it is stopped.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // The one place a build's workbook support is wired in.
    ToolContext context = new ToolContext(out, err, System.getenv(), PlanServer::serve,
        new ExcelWorkbooks());
    int code = run(args, context);
    if (!context.serving()) {
      System.exit(code);
    }
  }

  /** Runs {@code args} in {@code context} and returns the exit code; nothing here exits. */
  public static int run(String[] args, ToolContext context) {
    String[] line = withCommand(args);
    Language lang = LanguageOption.scan(line);
    CommandLine commandLine = commandLine(context);
    commandLine.setParameterExceptionHandler((e, given) -> {
      context.err().println(Problems.prefix(lang) + parameterProblem(e).in(lang));
      String command = e.getCommandLine().getCommandName();
      context.err().println(Problems.help(lang, command.equals("plan-metrics") ? "" : command));
      return ExitCodes.BAD_INPUT;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failure(e, context, lang));
    return commandLine.execute(line);
  }

  /** The command line of every command, printing to the context's streams, without colour. */
  static CommandLine commandLine(ToolContext context) {
    CommandLine commandLine = new CommandLine(new PlanTool())
        .addSubcommand(new ServeCommand(context))
        .addSubcommand(new ScoreCommand(context))
        .addSubcommand(new TemplateCommand(context))
        .addSubcommand(new CheckPlanCommand(context))
        .addSubcommand(new RankingCommand(context))
        .addSubcommand(new BulletinCommand(context))
        .addSubcommand(new DraftPlanCommand(context))
        .addSubcommand(new CommandLine.HelpCommand());
    // picocli's own help command describes itself in English only; the tool speaks both.
    String helpText = "显示某个命令的帮助,例如 help score / show the help of a command, such as help score";
    commandLine.getSubcommands().get("help").getCommandSpec().usageMessage()
        .header(helpText).description(helpText);
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    // A flag given twice: the last wins, as the server's flags always have.
    commandLine.setOverwrittenOptionsAllowed(true);
    commandLine.setUsageHelpLongOptionsMaxWidth(28);
    commandLine.setUsageHelpWidth(100);
    return commandLine;
  }

  /**
   * {@code args} with {@code serve} in front when they name no command: nothing at all, or the
   * server's own flags ({@code --port 8080}). Only the tool's help stays with the tool.
   */
  static String[] withCommand(String[] args) {
    if (args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("-h")
        || args[0].equals("--help"))) {
      return args;
    }
    String[] line = new String[args.length + 1];
    line[0] = "serve";
    System.arraycopy(args, 0, line, 1, args.length);
    return line;
  }

  /** What is wrong with the command line, in both languages, naming the option or argument. */
  static LocalizedText parameterProblem(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> words = unmatched.getUnmatched();
      String quoted = words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
      boolean option = !words.isEmpty() && words.get(0).startsWith("-");
      return option
          ? LocalizedText.of("未知选项 " + quoted, "unknown option " + quoted)
          : LocalizedText.of("多余的参数 " + quoted, "unexpected argument " + quoted);
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      String names = missing.getMissing().stream().map(PlanTool::name)
          .collect(Collectors.joining(", "));
      return LocalizedText.of("缺少 " + names, "missing " + names);
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return LocalizedText.of(name(e.getArgSpec()) + " 的值'" + e.getValue() + "'无效",
          name(e.getArgSpec()) + ": '" + e.getValue() + "' is not a valid value");
    }
    return LocalizedText.of("命令行有误:" + e.getMessage(), e.getMessage());
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec option) {
      return option.longestName() + " " + option.paramLabel();
    }
    return spec.paramLabel();
  }

  /**
   * A failure while a command ran. A file that cannot be written is bad input (2), worded for a
   * person; anything else is a bug of the tool (70), printed with its trace for a report.
   */
  private static int failure(Exception e, ToolContext context, Language lang) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException || cause instanceof AccessDeniedException) {
      String file = ((java.nio.file.FileSystemException) cause).getFile();
      boolean missing = cause instanceof NoSuchFileException;
      return Problems.one(context.err(), lang, LocalizedText.of(
          "无法写入 " + file + (missing ? ":所在文件夹不存在" : ":没有写入权限"),
          "cannot write " + file + (missing ? ": its folder does not exist" : ": permission denied")));
    }
    if (cause instanceof java.io.IOException io) {
      return Problems.one(context.err(), lang, LocalizedText.of("读写文件失败:" + io.getMessage(),
          "reading or writing a file failed: " + io.getMessage()));
    }
    context.err().println(lang == Language.EN
        ? "plan-metrics failed in a way it should not (a bug); please report it with this trace:"
        : "plan-metrics 出现了不应有的错误(程序缺陷),请连同以下信息报告:");
    e.printStackTrace(context.err());
    return BUG;
  }
}
