package org.planmetrics.api.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.planmetrics.api.ServerOptions;
import org.planmetrics.api.ServerSettings;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan-metrics serve}, the default command: the REST server on the bundled plan and any
 * plan files given, with the flags and {@code PLAN_API_*} variables of {@link ServerSettings}.
 * It returns once the server listens; the process then lives until it is stopped (SIGTERM,
 * Ctrl-C: exit 0). Bad plan files or a port in use exit with 1, a bad flag with 2.
 */
@Command(name = "serve", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "启动REST服务(不写命令时的默认命令),服务内置方案及 --plans 给出的方案。",
        "Starts the REST server (the default command), serving the bundled plan and any plan",
        "files given with --plans. Every flag has a PLAN_API_* environment variable."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  java -jar plan-api-0.1.0-SNAPSHOT-all.jar",
        "      在 http://localhost:7070 服务 / serve on http://localhost:7070",
        "  plan-metrics serve --port 8080 --plans plans/",
        "  PLAN_API_PORT=8080 plan-metrics serve",
        "",
        "退出码 / Exit codes: 0 收到SIGTERM或Ctrl-C后正常停止 / stopped by SIGTERM or Ctrl-C;",
        "  1 方案文件无效或端口被占用 / a bad plan file, or the port is taken; 2 选项有误 / a bad flag"})
final class ServeCommand implements Callable<Integer> {

  private final ToolContext context;

  @Mixin
  ServerOptions server;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  ServeCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Problems problems = new Problems();
    Optional<Language> lang = language.language(problems);
    if (lang.isEmpty()) {
      return problems.print(context.err(), Language.ZH, "serve");
    }
    ServerSettings settings;
    try {
      settings = ServerSettings.from(server, context.env());
    } catch (IllegalArgumentException e) {
      // The settings' own words, which name the flag or variable and the value.
      return Problems.one(context.err(), lang.get(), LocalizedText.of(
          "选项有误:" + e.getMessage(), e.getMessage()));
    }
    context.serve(settings);
    return ExitCodes.OK;
  }
}
