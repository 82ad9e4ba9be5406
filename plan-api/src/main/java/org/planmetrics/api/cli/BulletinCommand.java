package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.metrics.bulletin.Bulletins;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.WeeklyBulletin;
import org.planmetrics.metrics.wording.BulletinText;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Commitment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan-metrics bulletin --week YYYY-Www}: the weekly bulletin (招商简讯, 五.4) as plain
 * text, Markdown or JSON, as of the week's Sunday. Its first section judges every target, so it
 * exits as {@code score} does, from the binding targets as of that Sunday ({@link ExitCodes}).
 */
@Command(name = "bulletin", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", parameterListHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "打印某一ISO周的招商简讯(五.4),数据截至该周周日。",
        "Prints the weekly bulletin (招商简讯, 五.4) of an ISO week, as of its Sunday."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  plan-metrics bulletin --week 2024-W23 samples/gongqingcheng-sample.json",
        "  plan-metrics bulletin --week 2024-W23 --format markdown --lang en \\",
        "      samples/gongqingcheng-sample.json",
        "",
        "周须在评估日期前结束 / the week must be over by the assessment date.",
        "",
        PlanToolText.EXIT_CODES})
final class BulletinCommand implements Callable<Integer> {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private final ToolContext context;

  @Option(names = "--week", paramLabel = "YYYY-Www", required = true, order = 1,
      description = "ISO周,例如2024-W23 / the ISO week, such as 2024-W23")
  String week;

  @Option(names = "--format", paramLabel = "text|markdown|json", order = 2,
      description = "输出格式,默认 text / output format (default text)")
  String format = "text";

  @Mixin
  InputOptions input;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  BulletinCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintStream err = context.err();
    Problems problems = new Problems();
    Language lang = language.language(problems).orElse(Language.ZH);
    Optional<LocalDate> asOf = input.asOf(problems);
    Matcher m = WEEK.matcher(week.strip());
    int weekYear = 0;
    int weekNumber = 0;
    if (!m.matches()) {
      problems.add(LocalizedText.of("--week 须为ISO周 YYYY-Www,例如2024-W23,实为'" + week + "'",
          "--week must be an ISO week YYYY-Www, such as 2024-W23, but was '" + week + "'"));
    } else {
      weekYear = Integer.parseInt(m.group(1));
      weekNumber = Integer.parseInt(m.group(2));
      int weeks = weeksIn(weekYear);
      if (weekYear < 1 || weekNumber < 1 || weekNumber > weeks) {
        problems.add(LocalizedText.of(weekYear + "年只有" + weeks + "周,没有'" + week + "'",
            weekYear + " has " + weeks + " ISO weeks, so there is no '" + week + "'"));
      }
    }
    String chosen = format.strip();
    if (!chosen.equals("text") && !chosen.equals("markdown") && !chosen.equals("json")) {
      problems.add(LocalizedText.of("--format 须为 text、markdown 或 json,实为'" + format + "'",
          "--format must be text, markdown or json but was '" + format + "'"));
    }
    if (!problems.isEmpty()) {
      return problems.print(err, lang, "bulletin");
    }
    Optional<InputOptions.Loaded> loaded = input.load(asOf, context, lang);
    if (loaded.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    Plan plan = loaded.get().plan();
    Observations observations = loaded.get().observations();
    LocalDate sunday = LocalDate.of(weekYear, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, weekNumber)
        .with(WeekFields.ISO.dayOfWeek(), 7);
    if (sunday.isAfter(observations.asOf())) {
      return Problems.one(err, lang, LocalizedText.of(
          weekYear + "年第" + weekNumber + "周(至" + sunday + ")在评估日期" + observations.asOf()
              + "前尚未结束",
          "the week " + week.strip() + " (to " + sunday + ") is not over by the assessment date "
              + observations.asOf()));
    }
    WeeklyBulletin bulletin = Bulletins.weekly(plan, observations, weekYear, weekNumber);
    PrintStream out = context.out();
    switch (chosen) {
      case "json" -> context.printJson(bulletin);
      case "markdown" -> out.print(BulletinText.markdown(bulletin).in(lang));
      default -> out.print(BulletinText.plain(bulletin).in(lang));
    }
    out.flush();
    return ExitCodes.of(bulletin.targets().stream().map(item -> new ExitCodes.Judged(
        plan.target(item.id()).map(Target::commitment).orElse(Commitment.PLAIN),
        item.status())).toList());
  }

  /** 52 or 53: the ISO weeks of a week-based year. */
  private static int weeksIn(int weekYear) {
    if (weekYear < 1 || weekYear > 9999) {
      return 52;
    }
    // 28 December always falls in the last ISO week of its year.
    return LocalDate.of(weekYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
