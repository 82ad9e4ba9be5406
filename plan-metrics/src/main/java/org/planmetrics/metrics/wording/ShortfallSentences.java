package org.planmetrics.metrics.wording;

import static org.planmetrics.metrics.wording.DisplayRounding.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

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

  /** The line for a MISSED or BEHIND target; empty for any other status. Counts are in 个. */
  public static Optional<LocalizedText> shortfall(Assessment assessment) {
    return shortfall(assessment, "个");
  }

  /**
   * The line for a MISSED or BEHIND target, a count in the target's own measure word ({@code
   * Target.countWord()}: "2023年引进3家,距目标(4家以上)差1家"); empty for any other status.
   */
  public static Optional<LocalizedText> shortfall(Assessment assessment, String countWord) {
    if (!assessment.status().isShortfall()) {
      return Optional.empty();
    }
    LocalizedText rule = Phrases.rule(assessment.operator(), assessment.threshold(), countWord);
    List<LocalizedText> parts = new ArrayList<>();
    switch (assessment.kind()) {
      case ANNUAL_GROWTH -> shortYears(assessment).forEach(y -> parts.add(growthYear(y,
          assessment, rule)));
      case ANNUAL_COUNT -> shortYears(assessment).forEach(y -> parts.add(countYear(y,
          assessment, rule, countWord)));
      case FIRST_TIER_RANK -> shortYears(assessment).forEach(y -> parts.add(rankYear(y)));
      case COHORT_RATE -> shortYears(assessment).forEach(y -> parts.add(cohortYear(y, rule)));
      case CUMULATIVE_AMOUNT, CUMULATIVE_COUNT -> parts.add(cumulative(assessment, rule));
      case SHARE -> parts.add(share(assessment, rule));
      // The figure against the rule, below: the explanation gives the period's 序时进度.
      case PERIOD_AMOUNT, LEVEL, AVERAGE_GROWTH -> { }
      default -> throw new AssertionError(assessment.kind());
    }
    if (parts.isEmpty()) {
      // A status that no year explains (a rule outside these kinds): the figure and the rule.
      parts.add(figureAgainstRule(assessment, rule));
    }
    return Optional.of(Phrases.join(parts, ";", "; "));
  }

  private static List<YearAssessment> shortYears(Assessment assessment) {
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
   * "2023年引进3个,距目标(4个以上)差1个" / "2023: 3, 1 short of the target of at least 4"; a year under
   * way is measured against what is due by its month: "2024年1—5月引进1个,按序时应达1.67个(全年4个以上的5/12)".
   */
  private static LocalizedText countYear(YearAssessment year, Assessment assessment,
      LocalizedText rule, String word) {
    BigDecimal count = year.actual().orElseThrow().value();
    int month = year.throughMonth().orElse(12);
    LocalizedText period = Phrases.months(year.year(), month);
    String shown = count.stripTrailingZeros().toPlainString();
    if (month == 12 || year.status().orElseThrow() == Status.MISSED) {
      BigDecimal missing = assessment.threshold().value().subtract(count).abs();
      String by = missing.stripTrailingZeros().toPlainString();
      return LocalizedText.of(period.zh() + "引进" + shown + word + ",距目标(" + rule.zh() + ")差" + by
              + word,
          period.en() + ": " + shown + ", " + by + " short of the target of " + rule.en());
    }
    String due = amount(assessment.threshold().value()
        .multiply(BigDecimal.valueOf(month))
        .divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP));
    return LocalizedText.of(period.zh() + "引进" + shown + word + ",按序时应达" + due + word + "(全年"
            + rule.zh()
            + "的" + month + "/12)",
        period.en() + ": " + shown + ", below the " + due + " due by now (" + month
            + "/12 of " + rule.en() + " a year)");
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
   * 差0.14亿美元" / "the window ended at 0.46 (USD 100 million), 0.14 (USD 100 million) short of …".
   */
  private static LocalizedText cumulative(Assessment assessment, LocalizedText rule) {
    Optional<Pace> pace = assessment.pace();
    Quantity actual = assessment.actual().orElseThrow();
    if (assessment.status() == Status.MISSED || pace.isEmpty()) {
      BigDecimal missing = pace.map(p -> p.remaining().value())
          .orElse(assessment.threshold().value().subtract(actual.value()).abs());
      Quantity short_ = Quantity.of(missing, actual.unit());
      return LocalizedText.of("规划期累计完成" + Phrases.amountZh(actual) + ",距目标(" + rule.zh() + ")差"
              + Phrases.amountZh(short_),
          "the window ended at " + Phrases.amountEn(actual) + ", " + Phrases.amountEn(short_)
              + " short of the target of " + rule.en());
    }
    Pace p = pace.get();
    String points = Phrases.points(p.gapPercentagePoints());
    return LocalizedText.of("完成" + percent(p.completion()) + ",落后序时进度(" + percent(
            p.timeProgress()) + ")" + points + "个百分点",
        percent(p.completion()) + " done, " + points + " percentage points behind the time"
            + " progress of " + percent(p.timeProgress()));
  }

  /** "占比70.0%(10个中7个),恰好等于目标值,须高于70%" / "70.0% (7 of 10), exactly the threshold; …". */
  private static LocalizedText share(Assessment assessment, LocalizedText rule) {
    long numerator = assessment.years().stream().mapToLong(y -> y.numerator().orElse(0L)).sum();
    long denominator = assessment.years().stream().mapToLong(y -> y.denominator().orElse(0L))
        .sum();
    BigDecimal share = assessment.actual().orElseThrow().value();
    String zh = "占比" + percent(share) + "(" + denominator + "个中" + numerator + "个)";
    String en = percent(share) + " (" + numerator + " of " + denominator + ")";
    // A share of investment or a funding rate is a ratio of amounts, not of the projects.
    Optional<BigDecimal> part = amountSum(assessment, YearAssessment::numeratorAmount);
    Optional<BigDecimal> whole = amountSum(assessment, YearAssessment::denominatorAmount);
    if (part.isPresent() && whole.isPresent()) {
      String partShown = DisplayRounding.amount(part.get()).toPlainString();
      String wholeShown = DisplayRounding.amount(whole.get()).toPlainString();
      zh = "占比" + percent(share) + "(" + wholeShown + "亿元中" + partShown + "亿元)";
      en = percent(share) + " (CNY " + partShown + " of " + wholeShown + " (100 million))";
    }
    BigDecimal points = assessment.threshold().value().subtract(share).movePointRight(2);
    return gap(zh, en, points, "个百分点", " percentage points", assessment.operator(), rule);
  }

  /** "2023年比率50.0%(4个中2个),距目标(60%以上)差10.0个百分点". */
  private static LocalizedText cohortYear(YearAssessment year, LocalizedText rule) {
    BigDecimal rate = year.actual().orElseThrow().value();
    String zh = year.year() + "年比率" + percent(rate) + "(" + year.denominator().orElseThrow()
        + "个中" + year.numerator().orElseThrow() + "个)";
    String en = year.year() + ": " + percent(rate) + " (" + year.numerator().orElseThrow()
        + " of " + year.denominator().orElseThrow() + ")";
    return LocalizedText.of(zh + ",目标" + rule.zh(), en + ", target " + rule.en());
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
  private static LocalizedText gap(String zh, String en, BigDecimal signedGap, String zhUnit,
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


  /** 1.67 as "1.67", 2.00 as "2". */
  private static String amount(BigDecimal value) {
    return DisplayRounding.amount(value).stripTrailingZeros().toPlainString();
  }
}
