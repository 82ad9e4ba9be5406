package org.planmetrics.metrics.wording;

import static org.planmetrics.metrics.wording.DisplayRounding.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.ShareMeasure;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.time.PlanWindow;

/**
 * Why a target falls short, in one line a table can print beside it: which year, and by how
 * much, for example "2022年增长3.0%,距目标(10%以上)差7.0个百分点" / "2022: grew 3.0%, 7.0 percentage
 * points below the target of at least 10%". Only a MISSED or BEHIND target has such a line; a
 * NOT_ASSESSABLE one has its {@link Assessment#reason()} instead.
 *
 * <ul>
 *   <li>a growth, a count or a rank judged year by year: each year that fell short, with its
 *       figure and the gap to the target (for a year under way, to what is due by its month);
 *   <li>a cumulative amount or count: the completion against the time progress, or, once the
 *       window is over, what was still missing;
 *   <li>a share: the share, its counts and the gap to the threshold.
 * </ul>
 *
 * <p>Figures are rounded by {@link DisplayRounding}, as the explanations round them.
 */
public final class ShortfallSentences {

  private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

  private ShortfallSentences() {}

  /**
   * What a line may know of its target beyond the assessment: the count's measure word (家) and
   * verb (开工), and, where the caller has the plan, the target (its period, stages, measure) and
   * the plan (its window). Without them a line cannot name a campaign or a stage.
   */
  record Setting(String countWord, String verb, Optional<Plan> plan, Optional<Target> target) {}

  /** The line for a MISSED or BEHIND target; empty for any other status. Counts are in 个. */
  public static Optional<LocalizedText> shortfall(Assessment assessment) {
    return shortfall(assessment, "个");
  }

  /**
   * The line for a MISSED or BEHIND target, a count in the target's own measure word ({@code
   * Target.countWord()}: "2023年引进3家,距目标(4家以上)差1家"); empty for any other status. Without
   * the plan, an amount in a period is said as its figure against the rule: prefer {@link
   * #shortfall(Plan, Assessment)}.
   */
  public static Optional<LocalizedText> shortfall(Assessment assessment, String countWord) {
    return line(assessment, new Setting(countWord, "引进", Optional.empty(), Optional.empty()));
  }

  /**
   * The line for a MISSED or BEHIND target of {@code plan}, with what only the plan knows: the
   * period ("2026年一季度完成7.20亿元,距目标(8亿元以上)差0.80亿元"), a campaign by its name and dates
   * ("百日攻坚(2025-04-01至2025-07-09)引进“10”项目2个,距目标(3个以上)差1个"), the stages of a cohort
   * rate, the measure of a share, the years of an average growth and of a level.
   */
  public static Optional<LocalizedText> shortfall(Plan plan, Assessment assessment) {
    Optional<Target> target = plan.target(assessment.targetId());
    return line(assessment, new Setting(target.map(Target::countWord).orElse("个"),
        target.map(Phrases::countVerb).orElse("引进"), Optional.of(plan), target));
  }

  private static Optional<LocalizedText> line(Assessment assessment, Setting setting) {
    if (!assessment.status().isShortfall()) {
      return Optional.empty();
    }
    String countWord = setting.countWord();
    LocalizedText rule = rule(assessment, countWord);
    Optional<TargetPeriod> period = setting.target().flatMap(Target::period);
    List<LocalizedText> parts = new ArrayList<>();
    switch (assessment.kind()) {
      case ANNUAL_GROWTH -> shortYears(assessment).forEach(y -> parts.add(growthYear(y,
          assessment, rule)));
      case ANNUAL_COUNT -> shortYears(assessment).forEach(y -> parts.add(countYear(y,
          assessment, rule, setting)));
      case FIRST_TIER_RANK -> shortYears(assessment).forEach(y -> parts.add(rankYear(y)));
      case COHORT_RATE -> shortYears(assessment).forEach(y -> parts.add(cohortYear(y,
          assessment, rule, setting)));
      case CUMULATIVE_AMOUNT -> parts.add(cumulative(assessment, rule, setting));
      // A count with a period is a campaign's: only a CUMULATIVE_COUNT takes DATES.
      case CUMULATIVE_COUNT -> parts.add(period.isPresent()
          ? PeriodShortfalls.campaignCount(assessment, setting.target().get(), rule, setting)
          : cumulative(assessment, rule, setting));
      case SHARE -> parts.add(share(assessment, rule, setting));
      case PERIOD_AMOUNT -> period.ifPresent(p -> parts.addAll(
          PeriodShortfalls.periodAmount(assessment, p, rule, shortYears(assessment))));
      case LEVEL -> parts.add(level(assessment, rule, setting));
      case AVERAGE_GROWTH -> parts.add(averageGrowth(assessment, rule, setting));
      default -> throw new AssertionError(assessment.kind());
    }
    if (parts.isEmpty()) {
      // A status that no year explains, or an amount in a period without its plan: the figure
      // and the rule.
      parts.add(figureAgainstRule(assessment, rule));
    }
    return Optional.of(Phrases.join(parts, ";", "; "));
  }

  /**
   * The rule as the plan words it; for a 左右 target, the written figure and the floor it is
   * judged by: "30亿元左右,按29亿元以上计" / "about 30 …, read as at least 29 …".
   */
  private static LocalizedText rule(Assessment assessment, String countWord) {
    LocalizedText judged = Phrases.rule(assessment.operator(), assessment.threshold(), countWord);
    return assessment.approximately().map(about -> {
      LocalizedText written = Phrases.rule(ComparisonOperator.APPROXIMATELY, about.written(),
          countWord);
      return LocalizedText.of(written.zh() + ",按" + judged.zh() + "计",
          written.en() + ", read as " + judged.en());
    }).orElse(judged);
  }

  static List<YearAssessment> shortYears(Assessment assessment) {
    return assessment.years().stream()
        .filter(y -> y.status().filter(Status::isShortfall).isPresent() && y.actual().isPresent())
        .toList();
  }

  /** "2022年增长3.0%,距目标(10%以上)差7.0个百分点" / "2022: grew 3.0%, 7.0 percentage points below …". */
  private static LocalizedText growthYear(YearAssessment year, Assessment assessment,
      LocalizedText rule) {
    BigDecimal growth = year.actual().orElseThrow().value();
    int month = year.throughMonth().orElse(12);
    LocalizedText period = Phrases.months(year.year(), month);
    String zh = period.zh() + (month == 12 ? "" : "同比") + (growth.signum() < 0 ? "下降" : "增长")
        + percent(growth.abs());
    String en = period.en() + ": " + (growth.signum() < 0 ? "fell " : "grew ")
        + percent(growth.abs()) + (month == 12 ? "" : " year on year");
    BigDecimal points = assessment.threshold().value().subtract(growth).movePointRight(2);
    return gap(zh, en, points, "个百分点", " percentage points", assessment.operator(), rule);
  }

  /**
   * "2023年引进3个,距目标(4个以上)差1个" / "2023: 3, 1 short of the target of at least 4", in the
   * target's verb (开工) and measure word (家); a year under way is measured against what is due by
   * its month: "2024年1—5月引进1个,按序时应达1.67个(全年4个以上的5/12)"; a ceiling by how far it is
   * passed: "2023年引进8个,超出目标(6个以内)2个".
   */
  private static LocalizedText countYear(YearAssessment year, Assessment assessment,
      LocalizedText rule, Setting setting) {
    String word = setting.countWord();
    Quantity count = year.actual().orElseThrow();
    int month = year.throughMonth().orElse(12);
    LocalizedText period = Phrases.months(year.year(), month);
    String shown = count.value().stripTrailingZeros().toPlainString();
    String zh = period.zh() + setting.verb() + shown + word;
    String en = period.en() + ": " + shown;
    if (month == 12 || year.status().orElseThrow() == Status.MISSED) {
      return amountGap(zh, en, count, assessment, rule, word);
    }
    String due = amount(assessment.threshold().value()
        .multiply(BigDecimal.valueOf(month))
        .divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP));
    return LocalizedText.of(zh + ",按序时应达" + due + word + "(全年" + rule.zh() + "的" + month
            + "/12)",
        en + ", below the " + due + " due by now (" + month + "/12 of " + rule.en()
            + " a year)");
  }

  /** "2023年增幅第6位,在第一方阵(前5位)之外" / "2023: growth rank 6, outside the first tier (top 5)". */
  private static LocalizedText rankYear(YearAssessment year) {
    LocalizedText period = Phrases.months(year.year(), year.throughMonth().orElse(12));
    Optional<RankDetail> ranks = year.ranks();
    if (ranks.isEmpty()) {
      String tier = year.actual().orElseThrow().value().stripTrailingZeros().toPlainString();
      return LocalizedText.of(period.zh() + "位于第" + tier + "方阵", period.en() + ": tier " + tier);
    }
    RankDetail r = ranks.get();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (r.totalRank() > r.tierSize()) {
      zh.add("总量第" + r.totalRank() + "位");
      en.add("level rank " + r.totalRank());
    }
    if (r.growthRank() > r.tierSize()) {
      zh.add("增幅第" + r.growthRank() + "位");
      en.add("growth rank " + r.growthRank());
    }
    return LocalizedText.of(period.zh() + String.join("、", zh) + ",在第一方阵(前" + r.tierSize()
            + "位,共" + r.peerCount() + "个)之外",
        period.en() + ": " + String.join(" and ", en) + ", outside the first tier (top "
            + r.tierSize() + " of " + r.peerCount() + ")");
  }

  /**
   * Under way: "完成76.7%,落后序时进度(83.3%)6.7个百分点" / "76.7% done, 6.7 percentage points
   * behind the time progress of 83.3%"; the window over: "规划期累计完成0.46亿美元,距目标(0.6亿美元以上)
   * 差0.14亿美元" / "the window ended at 0.46 (USD 100 million), 0.14 (USD 100 million) short of
   * …"; a count in its verb and word ("规划期累计引进12家"); a ceiling passed: "…,超出目标(6个以内)1个".
   * A count of a campaign whose plan is not at hand (it has no years) is "活动期内…", never "规划期".
   */
  private static LocalizedText cumulative(Assessment assessment, LocalizedText rule,
      Setting setting) {
    Optional<Pace> pace = assessment.pace();
    Quantity actual = assessment.actual().orElseThrow();
    if (assessment.status() == Status.MISSED || pace.isEmpty()) {
      boolean count = actual.unit() == Unit.COUNT;
      boolean campaign = count && assessment.years().isEmpty();
      String zh = (campaign ? "活动期内" : "规划期累计") + (count ? setting.verb() : "完成")
          + shown(actual, setting.countWord());
      String en = (campaign ? "the campaign counted " : "the window ended at ")
          + Phrases.amountEn(actual);
      return amountGap(zh, en, actual, assessment, rule, setting.countWord());
    }
    Pace p = pace.get();
    String points = Phrases.points(p.gapPercentagePoints());
    return LocalizedText.of("完成" + percent(p.completion()) + ",落后序时进度(" + percent(
            p.timeProgress()) + ")" + points + "个百分点",
        percent(p.completion()) + " done, " + points + " percentage points behind the time"
            + " progress of " + percent(p.timeProgress()));
  }

  /**
   * "占比70.0%(10个中7个),恰好等于目标值,须高于70%" / "70.0% (7 of 10), exactly the threshold; …".
   * With the plan, over the window and in the share's measure: "规划期内资金到位率40.4%(总投资68.00亿元中到位
   * 27.50亿元),距目标(70%以上)差29.6个百分点".
   */
  private static LocalizedText share(Assessment assessment, LocalizedText rule,
      Setting setting) {
    long numerator = assessment.years().stream().mapToLong(y -> y.numerator().orElse(0L)).sum();
    long denominator = assessment.years().stream().mapToLong(y -> y.denominator().orElse(0L))
        .sum();
    BigDecimal share = assessment.actual().orElseThrow().value();
    ShareMeasure measure = setting.target().flatMap(Target::share)
        .map(ShareDefinition::measureOrCount).orElse(ShareMeasure.COUNT);
    // A share of amounts is new to readers of the count shares' line: it says its span too.
    String within = measure == ShareMeasure.COUNT ? "" : "规划期内";
    String zh = within + "占比" + percent(share) + "(" + denominator + "个中" + numerator + "个)";
    String en = percent(share) + " (" + numerator + " of " + denominator + ")";
    // A share of investment or a funding rate is a ratio of amounts, not of the projects.
    Optional<BigDecimal> part = amountSum(assessment, YearAssessment::numeratorAmount);
    Optional<BigDecimal> whole = amountSum(assessment, YearAssessment::denominatorAmount);
    if (part.isPresent() && whole.isPresent()) {
      String partShown = DisplayRounding.amount(part.get()).toPlainString();
      String wholeShown = DisplayRounding.amount(whole.get()).toPlainString();
      zh = switch (measure) {
        case PAID_IN -> within + "资金到位率" + percent(share) + "(总投资" + wholeShown + "亿元中到位"
            + partShown + "亿元)";
        case INVESTMENT -> within + "投资额占比" + percent(share) + "(总投资" + wholeShown + "亿元中"
            + partShown + "亿元)";
        case COUNT -> "占比" + percent(share) + "(" + wholeShown + "亿元中" + partShown + "亿元)";
      };
      en = switch (measure) {
        case PAID_IN -> "funding rate " + percent(share) + " (CNY " + partShown + " paid in of "
            + wholeShown + " (100 million) invested)";
        case INVESTMENT -> "investment share " + percent(share) + " (CNY " + partShown + " of "
            + wholeShown + " (100 million))";
        case COUNT -> percent(share) + " (CNY " + partShown + " of " + wholeShown
            + " (100 million))";
      };
    }
    en = (within.isEmpty() ? "" : "over the window, ") + en;
    BigDecimal points = assessment.threshold().value().subtract(share).movePointRight(2);
    return gap(zh, en, points, "个百分点", " percentage points", assessment.operator(), rule);
  }

  /**
   * "2025年签约6个、当年开工3个,开工率50.0%,距目标(60%以上)差10.0个百分点"; without the plan, which
   * names the stages, "2025年比率50.0%(6个中3个),距目标(60%以上)差10.0个百分点".
   */
  private static LocalizedText cohortYear(YearAssessment year, Assessment assessment,
      LocalizedText rule, Setting setting) {
    BigDecimal rate = year.actual().orElseThrow().value();
    LocalizedText period = Phrases.months(year.year(), year.throughMonth().orElse(12));
    long joined = year.denominator().orElseThrow();
    long reached = year.numerator().orElseThrow();
    Optional<Target> target = setting.target().filter(t -> t.reached().isPresent()
        && t.cohort().isPresent());
    String zh = period.zh() + "比率" + percent(rate) + "(" + joined + "个中" + reached + "个)";
    String en = period.en() + ": " + percent(rate) + " (" + reached + " of " + joined + ")";
    if (target.isPresent() && setting.plan().isPresent()) {
      CohortReach reach = target.get().reached().orElseThrow();
      CountingStage from = target.get().cohort().orElseThrow().stageIn(setting.plan().get());
      boolean sameYear = reach.within() == CohortReach.Deadline.SAME_YEAR;
      String to = Sentences.stageZh(reach.stage());
      zh = period.zh() + Sentences.stageZh(from) + joined + "个、" + (sameYear ? "当年" : "次年底前")
          + to + reached + "个," + to + "率" + percent(rate);
      en = period.en() + ": " + reached + " of " + joined + " " + Sentences.stageEn(from) + " "
          + Sentences.stageEn(reach.stage()) + (sameYear ? " the same year" : " by the next year's"
          + " end") + ", a rate of " + percent(rate);
    }
    BigDecimal points = assessment.threshold().value().subtract(rate).movePointRight(2);
    return gap(zh, en, points, "个百分点", " percentage points", assessment.operator(), rule);
  }

  /**
   * A level: "2027年为38.5%,距目标(40%以上)差1.5个百分点"; before the target's year, "截至2026年6月为38.5%,
   * 距目标(到2027年40%以上)差1.5个百分点" (the year where the plan is at hand).
   */
  private static LocalizedText level(Assessment assessment, LocalizedText rule,
      Setting setting) {
    YearAssessment row = assessment.years().get(0);
    int through = row.throughMonth().orElse(12);
    Quantity figure = assessment.actual().orElseThrow();
    Optional<Integer> targetYear = setting.target().flatMap(Target::period)
        .flatMap(TargetPeriod::year)
        .or(() -> setting.plan().map(p -> p.window().endYear()))
        .filter(y -> y != row.year() || through < 12);
    LocalizedText when = through == 12 ? LocalizedText.of(row.year() + "年", "in " + row.year())
        : LocalizedText.of("截至" + row.year() + "年" + through + "月", "through "
            + Phrases.monthName(YearMonth.of(row.year(), through)));
    LocalizedText ruleBy = targetYear.map(y -> LocalizedText.of("到" + y + "年" + rule.zh(),
        rule.en() + " by " + y)).orElse(rule);
    return figureGap(when.zh() + "为" + Phrases.figureZh(figure), Phrases.figureEn(figure) + " "
        + when.en(), figure, assessment, ruleBy, setting.countWord());
  }

  /**
   * An average growth: "2024—2025年年均增长4.0%,距目标(8%以上)差4.0个百分点,其余2年每年须增长10.0%", or
   * within the first year "2025年1—6月同比增长…"; the growth each remaining year needs is said where
   * the assessment carries it. Without the plan the base year is unknown: "至2025年年均增长4.0%".
   */
  private static LocalizedText averageGrowth(Assessment assessment, LocalizedText rule,
      Setting setting) {
    YearAssessment row = assessment.years().get(0);
    int through = row.throughMonth().orElse(12);
    BigDecimal rate = assessment.actual().orElseThrow().value();
    String verbZh = rate.signum() < 0 ? "下降" : "增长";
    String verbEn = rate.signum() < 0 ? "fell " : "grew ";
    Optional<PlanWindow> window = setting.plan().map(Plan::window);
    String zh;
    String en;
    if (through < 12) {
      LocalizedText months = Phrases.months(row.year(), through);
      zh = months.zh() + "同比" + verbZh + percent(rate.abs());
      en = months.en() + ": " + verbEn + percent(rate.abs()) + " year on year";
    } else {
      String years = window.map(w -> w.baseYear() + "—" + row.year() + "年")
          .orElse("至" + row.year() + "年");
      zh = years + "年均" + verbZh + percent(rate.abs());
      en = window.map(w -> w.baseYear() + "–" + row.year()).orElse("to " + row.year()) + ": "
          + verbEn + percent(rate.abs()) + " a year";
    }
    BigDecimal points = assessment.threshold().value().subtract(rate).movePointRight(2);
    LocalizedText line = gap(zh, en, points, "个百分点", " percentage points",
        assessment.operator(), rule);
    Optional<Integer> left = window.map(w -> w.endYear() - row.year());
    if (assessment.required().isEmpty() || left.filter(n -> n <= 0).isPresent()) {
      return line;
    }
    String needed = percent(assessment.required().get().requiredGrowthRate());
    return LocalizedText.of(line.zh() + left.map(n -> ",其余" + n + "年").orElse(",此后")
            + "每年须增长" + needed,
        line.en() + "; " + left.map(n -> "the remaining " + n + " years need ")
            .orElse("each later year needs ") + needed + (left.isPresent() ? " a year" : ""));
  }

  /** Σ of the years' amounts picked by {@code amount}; empty when no year has one. */
  private static Optional<BigDecimal> amountSum(Assessment assessment,
      Function<YearAssessment, Optional<Quantity>> amount) {
    return assessment.years().stream().map(amount).flatMap(Optional::stream)
        .map(Quantity::value).reduce(BigDecimal::add);
  }

  private static LocalizedText figureAgainstRule(Assessment assessment, LocalizedText rule) {
    String zh = assessment.actual().map(Phrases::figureZh).orElse("—");
    String en = assessment.actual().map(Phrases::figureEn).orElse("—");
    return LocalizedText.of(zh + ",目标" + rule.zh(), en + ", target " + rule.en());
  }

  /**
   * The figure, then how far it is from the rule: "…,距目标(10%以上)差7.0个百分点", or, exactly on a
   * threshold the rule excludes, "…,恰好等于目标值,须高于70%".
   */
  static LocalizedText gap(String zh, String en, BigDecimal signedGap, String zhUnit,
      String enUnit, ComparisonOperator operator, LocalizedText rule) {
    BigDecimal shown = DisplayRounding.points(signedGap).abs();
    if (shown.signum() == 0) {
      return LocalizedText.of(zh + ",恰好等于目标值,须" + rule.zh(),
          en + ", exactly the threshold, where the target is " + rule.en());
    }
    boolean below = operator.higherIsBetter();
    return LocalizedText.of(zh + "," + (below ? "距目标(" + rule.zh() + ")差" : "超出目标("
            + rule.zh() + ")") + shown.toPlainString() + zhUnit,
        en + ", " + shown.toPlainString() + enUnit + (below ? " below" : " above")
            + " the target of " + rule.en());
  }


  /** A ratio's gap in percentage points ({@link #gap}), any other figure's in its unit. */
  static LocalizedText figureGap(String zh, String en, Quantity actual, Assessment assessment,
      LocalizedText rule, String countWord) {
    if (actual.unit() == Unit.RATIO) {
      BigDecimal points = assessment.threshold().value().subtract(actual.value())
          .movePointRight(2);
      return gap(zh, en, points, "个百分点", " percentage points", assessment.operator(), rule);
    }
    return amountGap(zh, en, actual, assessment, rule, countWord);
  }

  /**
   * An amount or count, then how far it is from the rule in the threshold's unit: "…,距目标(3个以上)
   * 差1个", "…,超出目标(30亿元以内)2.00亿元", or, on a threshold the rule excludes, "…,恰好等于目标值,
   * 须低于30亿元".
   */
  static LocalizedText amountGap(String zh, String en, Quantity actual, Assessment assessment,
      LocalizedText rule, String countWord) {
    boolean floor = assessment.operator().higherIsBetter();
    Quantity threshold = assessment.threshold();
    Quantity by = Quantity.of((floor ? threshold.value().subtract(actual.value())
        : actual.value().subtract(threshold.value())).abs(), threshold.unit());
    boolean count = threshold.unit() == Unit.COUNT;
    if ((count ? by.value() : DisplayRounding.amount(by.value())).signum() == 0) {
      return LocalizedText.of(zh + ",恰好等于目标值,须" + rule.zh(),
          en + ", exactly the threshold, where the target is " + rule.en());
    }
    String byZh = shown(by, countWord);
    String byEn = Phrases.amountEn(by);
    return floor
        ? LocalizedText.of(zh + ",距目标(" + rule.zh() + ")差" + byZh,
            en + ", " + byEn + " short of the target of " + rule.en())
        : LocalizedText.of(zh + ",超出目标(" + rule.zh() + ")" + byZh,
            en + ", " + byEn + " over the target of " + rule.en());
  }

  /** An amount with its unit ("5.10亿美元"), a count with its measure word ("7家"). */
  static String shown(Quantity q, String countWord) {
    return q.unit() == Unit.COUNT ? q.value().stripTrailingZeros().toPlainString() + countWord
        : Phrases.amountZh(q);
  }

  /** 1.67 as "1.67", 2.00 as "2". */
  static String amount(BigDecimal value) {
    return DisplayRounding.amount(value).stripTrailingZeros().toPlainString();
  }
}
