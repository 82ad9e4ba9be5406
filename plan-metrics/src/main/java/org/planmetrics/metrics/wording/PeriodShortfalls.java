package org.planmetrics.metrics.wording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.Quantity;

/**
 * The shortfall lines of targets with a period of their own, naming it as an official would: a
 * year ("2026年"), a quarter ("2026年一季度"), a campaign by its name and dates ("百日攻坚
 * (2025-04-01至2025-07-09)"), never "规划期累计". For example "2026年一季度完成7.20亿元,距目标(8亿元以上)
 * 差0.80亿元", or, under way, "2026年1—6月完成13.00亿元,按序时应达14.50亿元(全年29亿元以上的6/12),差1.50亿元".
 * The words of {@link ShortfallSentences}, which calls it.
 */
final class PeriodShortfalls {

  private PeriodShortfalls() {}

  /**
   * An amount in a period: each short year of a period judged each year ({@code years}), else
   * the one period judged once.
   */
  static List<LocalizedText> periodAmount(Assessment assessment, TargetPeriod period,
      LocalizedText rule, List<YearAssessment> years) {
    if (period.isEachYear()) {
      return years.stream().map(y -> {
        int last = period.lastMonth(y.year()).getMonthValue();
        int through = y.throughMonth().orElse(last);
        int first = period.firstMonth(y.year()).getMonthValue();
        return amountLine(assessment, period, y.year(), y.actual().orElseThrow(),
            through - first + 1, last - first + 1, rule);
      }).toList();
    }
    int year = period.year().orElseGet(() -> period.firstDay().orElseThrow().getYear());
    Quantity sum = assessment.actual().orElseThrow();
    if (assessment.pace().isEmpty()) {
      // A ceiling has no pace, so the months summed are not known: "已完成", passed so far.
      return List.of(ShortfallSentences.amountGap(name(period, year).zh() + "已完成"
              + Phrases.amountZh(sum), name(period, year).en() + ": " + Phrases.amountEn(sum)
              + " so far", sum, assessment, rule, "个"));
    }
    Pace pace = assessment.pace().get();
    return List.of(amountLine(assessment, period, year, sum, pace.monthsCovered(),
        pace.monthsInSpan(), rule));
  }

  /**
   * A floor whose period is under way, BEHIND: the amount, what is due by now and the gap; any
   * other shortfall (the period over, a ceiling passed): the amount and its gap to the rule.
   */
  private static LocalizedText amountLine(Assessment assessment, TargetPeriod period, int year,
      Quantity sum, int covered, int span, LocalizedText rule) {
    YearMonth through = period.firstMonth(year).plusMonths(covered - 1L);
    LocalizedText label = covered < span ? underWay(period, year, through) : name(period, year);
    String zh = label.zh() + "完成" + Phrases.amountZh(sum);
    String en = label.en() + ": " + Phrases.amountEn(sum);
    if (covered == span || !assessment.operator().higherIsBetter()
        || assessment.status() == Status.MISSED) {
      return ShortfallSentences.amountGap(zh, en, sum, assessment, rule, "个");
    }
    Quantity due = Quantity.of(Pacing.scheduledAmount(assessment.threshold().value(), covered,
        span), sum.unit());
    Quantity gap = Quantity.of(due.value().subtract(sum.value()), sum.unit());
    LocalizedText judged = Phrases.rule(assessment.operator(), assessment.threshold());
    LocalizedText whole = whole(period);
    return LocalizedText.of(zh + ",按序时应达" + Phrases.amountZh(due) + "(" + whole.zh()
            + judged.zh() + "的" + covered + "/" + span + "),差" + Phrases.amountZh(gap),
        en + ", " + Phrases.amountEn(gap) + " below the " + Phrases.amountEn(due) + " due by now ("
            + covered + "/" + span + " of " + judged.en() + " " + whole.en() + ")");
  }

  /** "2026年" / "2026", "2026年一季度" / "Q1 2026", or the campaign's name and dates. */
  private static LocalizedText name(TargetPeriod period, int year) {
    return switch (period.kind()) {
      case YEAR -> LocalizedText.of(year + "年", String.valueOf(year));
      case QUARTER -> LocalizedText.of(year + "年" + quarterZh(period),
          "Q" + period.quarter().orElseThrow() + " " + year);
      case DATES -> Sentences.periodLabel(period);
    };
  }

  /** "2026年1—6月", "2026年一季度(1—2月)", "百日攻坚(…)截至2025年5月": the months the sum covers. */
  private static LocalizedText underWay(TargetPeriod period, int year, YearMonth through) {
    if (period.kind() == PeriodKind.YEAR) {
      return Phrases.months(year, through.getMonthValue());
    }
    LocalizedText name = name(period, year);
    if (period.kind() == PeriodKind.QUARTER) {
      int first = period.firstMonth(year).getMonthValue();
      String months = first == through.getMonthValue() ? first + "月"
          : first + "—" + through.getMonthValue() + "月";
      return LocalizedText.of(name.zh() + "(" + months + ")",
          name.en() + " to " + Phrases.monthName(through));
    }
    return LocalizedText.of(name.zh() + "截至" + through.getYear() + "年" + through.getMonthValue()
        + "月", name.en() + " to " + Phrases.monthName(through));
  }

  /** What the threshold is for, before a rule it is a share of: "全年", "一季度", "目标". */
  private static LocalizedText whole(TargetPeriod period) {
    return switch (period.kind()) {
      case YEAR -> LocalizedText.of("全年", "a year");
      case QUARTER -> LocalizedText.of(quarterZh(period), "a quarter");
      case DATES -> LocalizedText.of("目标", "for the campaign");
    };
  }

  private static String quarterZh(TargetPeriod period) {
    return "一二三四".charAt(period.quarter().orElseThrow() - 1) + "季度";
  }

  /**
   * A count in a campaign: "百日攻坚(2025-04-01至2025-07-09)引进“10”项目2个,距目标(3个以上)差1个"; under
   * way and behind, by its days as the rule judges it: "百日攻坚(…)已过50/100天,引进“10”项目1个,按序时应达1.5个
   * (3个以上的50/100)"; a ceiling passed: "…,超出目标(6个以内)1个".
   */
  static LocalizedText campaignCount(Assessment assessment, Target target, LocalizedText rule,
      ShortfallSentences.Setting setting) {
    TargetPeriod period = target.period().orElseThrow();
    LocalizedText label = Sentences.periodLabel(period);
    LocalizedText tiers = Phrases.tiers(target);
    Quantity count = assessment.actual().orElseThrow();
    String word = setting.countWord();
    String counted = setting.verb() + tiers.zh() + "项目" + ShortfallSentences.shown(count, word);
    String countedEn = Phrases.amountEn(count) + (tiers.en().isEmpty() ? "" : " " + tiers.en())
        + " projects";
    LocalDate from = period.firstDay().orElseThrow();
    LocalDate to = period.lastDay().orElseThrow();
    LocalDate asOf = assessment.asOf();
    boolean underWay = to.isAfter(asOf) && assessment.status() == Status.BEHIND;
    if (!underWay) {
      return ShortfallSentences.amountGap(label.zh() + counted, label.en() + ": " + countedEn,
          count, assessment, rule, word);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long elapsed = ChronoUnit.DAYS.between(from, asOf) + 1;
    BigDecimal due = Pacing.scheduledAmount(assessment.threshold().value(), (int) elapsed,
        (int) days);
    String dueShown = ShortfallSentences.amount(due);
    return LocalizedText.of(label.zh() + "已过" + elapsed + "/" + days + "天," + counted
            + ",按序时应达" + dueShown + word + "(" + rule.zh() + "的" + elapsed + "/" + days + ")",
        label.en() + ", " + elapsed + " of " + days + " days over: " + countedEn + ", below the "
            + dueShown + " due by now (" + elapsed + "/" + days + " of " + rule.en() + ")");
  }
}
