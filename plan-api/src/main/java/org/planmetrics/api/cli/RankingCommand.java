package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.wording.DisplayRounding;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan-metrics ranking --month YYYY-MM}: the month's team ranking (每月通报各组团指标排位),
 * one sentence per team in the style of a 通报, or the ranking's JSON. It judges teams, not the
 * plan's targets, so it exits with 0 once printed and 2 for bad input.
 */
@Command(name = "ranking", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", parameterListHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "打印某月的组团排位(四.(二).5 每月通报各组团指标排位),每个组团一句。",
        "Prints a month's team ranking (四.(二).5), one sentence per team."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  plan-metrics ranking --month 2024-06 samples/gongqingcheng-sample.json",
        "  plan-metrics ranking --month 2024-06 --lang en --as-of 2024-06-30 samples/csv",
        "",
        "观测数据须有组团名单和任务(JSON的teams,或CSV的teams.csv和tasks.csv);月份须在评估日期前结束。",
        "The observations need the roster and its tasks (teams in JSON, or teams.csv and",
        "tasks.csv); the month must be over by the assessment date.",
        "",
        "退出码 / Exit codes: 0 已打印 / printed; 2 输入有误 / bad input"})
final class RankingCommand implements Callable<Integer> {

  private final ToolContext context;

  @Option(names = "--month", paramLabel = "YYYY-MM", required = true, order = 1,
      description = "排位的月份 / the month ranked")
  String month;

  @Option(names = "--format", paramLabel = "text|json", order = 2,
      description = "输出格式,默认 text / output format (default text)")
  String format = "text";

  @Mixin
  InputOptions input;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  RankingCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintStream err = context.err();
    Problems problems = new Problems();
    Language lang = language.language(problems).orElse(Language.ZH);
    Optional<LocalDate> asOf = input.asOf(problems);
    Optional<YearMonth> ranked = Optional.empty();
    try {
      ranked = Optional.of(YearMonth.parse(month.strip()));
    } catch (DateTimeParseException e) {
      problems.add(LocalizedText.of("--month 须为月份 YYYY-MM,例如2024-06,实为'" + month + "'",
          "--month must be a month YYYY-MM, such as 2024-06, but was '" + month + "'"));
    }
    boolean json = format.strip().equals("json");
    if (!json && !format.strip().equals("text")) {
      problems.add(LocalizedText.of("--format 须为 text 或 json,实为'" + format + "'",
          "--format must be text or json but was '" + format + "'"));
    }
    if (!problems.isEmpty()) {
      return problems.print(err, lang, "ranking");
    }
    Optional<InputOptions.Loaded> loaded = input.load(asOf, context, lang);
    if (loaded.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    Observations observations = loaded.get().observations();
    YearMonth m = ranked.get();
    if (m.atEndOfMonth().isAfter(observations.asOf())) {
      return Problems.one(err, lang, LocalizedText.of(
          m.getYear() + "年" + m.getMonthValue() + "月在评估日期" + observations.asOf() + "前尚未结束",
          "the month " + m + " is not over by the assessment date " + observations.asOf()));
    }
    TeamRanking ranking = Assessor.of(loaded.get().plan()).teamRanking(observations, m);
    PrintStream out = context.out();
    if (json) {
      context.printJson(ranking);
      return ExitCodes.OK;
    }
    out.println(lang == Language.EN
        ? "Team ranking for " + m + " (time progress "
            + DisplayRounding.percent(ranking.timeProgress()) + ")"
        : m.getYear() + "年" + m.getMonthValue() + "月组团排位(时间进度"
            + DisplayRounding.percent(ranking.timeProgress()) + ")");
    if (ranking.teams().isEmpty()) {
      out.println(lang == Language.EN ? "No roster of teams in the observations."
          : "观测数据中没有组团名单。");
    }
    ranking.teams().forEach(t -> out.println(t.summary().in(lang)));
    return ExitCodes.OK;
  }
}
