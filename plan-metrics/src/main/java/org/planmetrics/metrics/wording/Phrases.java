package org.planmetrics.metrics.wording;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The pieces {@link Sentences} builds with, in both languages: a figure (72.9%, 5.10亿美元), a
 * rule as the plan words it (7%以上), a period as bulletins name it (2023年1—6月). Figures are
 * rounded by {@link DisplayRounding}; thresholds are written exactly as the plan gives them.
 */
final class Phrases {

  private static final String[] MONTHS = {"January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};

  private Phrases() {}

  /** A threshold fraction as the plan writes it: 0.07 → "7%", 0.305 → "30.5%". */
  static String thresholdPercent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** A month in English words: 2024-05 → "May 2024". */
  static String monthName(java.time.YearMonth month) {
    return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }

  /** Percentage points with one decimal, without sign: -6.24 → "6.2". */
  static String points(BigDecimal points) {
    return DisplayRounding.points(points).abs().toPlainString();
  }

  /** An amount with two decimals and its Chinese unit: "5.10亿美元"; counts as "7个". */
  static String amountZh(Quantity q) {
    if (q.unit() == Unit.COUNT) {
      return q.value().stripTrailingZeros().toPlainString() + "个";
    }
    return DisplayRounding.amount(q.value()).toPlainString() + q.unit().chineseSymbol();
  }

  /** An amount with two decimals and its English unit: "5.10 (USD 100 million)"; counts bare. */
  static String amountEn(Quantity q) {
    if (q.unit() == Unit.COUNT) {
      return q.value().stripTrailingZeros().toPlainString();
    }
    return DisplayRounding.amount(q.value()).toPlainString() + " (" + q.unit().englishName()
        + ")";
  }

  /** A figure for people: a ratio as a percent ("41.0%"), anything else as {@link #amountZh}. */
  static String figureZh(Quantity q) {
    return q.unit() == Unit.RATIO ? DisplayRounding.percent(q.value()) : amountZh(q);
  }

  /** A figure for people in English: "41.0%", or as {@link #amountEn}. */
  static String figureEn(Quantity q) {
    return q.unit() == Unit.RATIO ? DisplayRounding.percent(q.value()) : amountEn(q);
  }

  /**
   * The verb of a count target's projects, by the stage its selection counts at: 引进 (signed, and
   * the plan's own stage when the selection names none), 落地, 开工, 投产, 入库 or 储备, so that a
   * count of starts reads "2025年开工2个", not "引进".
   */
  static String countVerb(Target target) {
    return target.projects().flatMap(ProjectCriteria::stage).map(stage -> switch (stage) {
      case SIGNED -> "引进";
      case REGISTERED -> "落地";
      case STARTED -> "开工";
      case PRODUCING -> "投产";
      case LISTED -> "入库";
      case PIPELINE -> "储备";
    }).orElse("引进");
  }

  /** A target's rule as the plan words it: "7%以上" / "at least 7%", "10家以上" for 家. */
  static LocalizedText rule(Target target) {
    return rule(target.operator(), target.threshold(), target.countWord());
  }

  /** A threshold as the plan words it: "7%以上" / "at least 7%", "高于70%" / "above 70%". */
  static LocalizedText rule(ComparisonOperator operator, Quantity threshold) {
    return rule(operator, threshold, "个");
  }

  /**
   * A threshold as the plan words it, a count with {@code countWord}: "10家以上" / "at least 10".
   */
  static LocalizedText rule(ComparisonOperator operator, Quantity threshold, String countWord) {
    // The quantity writes its own value for people, so a rule reads as every other place shows it.
    String zhValue = threshold.unit() == Unit.COUNT
        ? threshold.value().stripTrailingZeros().toPlainString() + countWord
        : threshold.chineseText();
    String enValue = threshold.englishText();
    boolean tier = threshold.unit() == Unit.TIER;
    switch (operator) {
      case AT_LEAST:
        return LocalizedText.of(zhValue + "以上", "at least " + enValue);
      case GREATER_THAN:
        return LocalizedText.of("高于" + zhValue, "above " + enValue);
      case AT_MOST:
        return LocalizedText.of(tier ? "进入" + zhValue : zhValue + "以内",
            tier ? "within " + enValue : "at most " + enValue);
      case LESS_THAN:
        return LocalizedText.of("低于" + zhValue, "below " + enValue);
      case APPROXIMATELY:
        return LocalizedText.of(zhValue + "左右", "about " + enValue);
      default:
        throw new AssertionError(operator);
    }
  }

  /** "2023年1—6月" / "January–June 2023", or the whole year: "2023年" / "2023". */
  static LocalizedText months(int year, int throughMonth) {
    if (throughMonth == 12) {
      return LocalizedText.of(year + "年", String.valueOf(year));
    }
    return LocalizedText.of(year + "年1—" + throughMonth + "月", throughMonth == 1
        ? "January " + year : "January–" + MONTHS[throughMonth - 1] + " " + year);
  }

  /** The tiers a count target counts, quoted: "“50·20”" / "\"50·20\"". */
  static LocalizedText tiers(Target target) {
    return LocalizedText.of(
        target.projects().map(p -> p.tiers().stream().map(t -> "“" + t + "”")
            .collect(Collectors.joining("、"))).orElse(""),
        target.projects().map(p -> p.tiers().stream().map(t -> "\"" + t + "\"")
            .collect(Collectors.joining(", "))).orElse(""));
  }

  /**
   * The gap to the time progress as bulletins write it, from a gap in percentage points:
   * "超序时进度6.2个百分点" / "6.2 percentage points ahead of schedule", "落后序时进度…" / "… behind
   * schedule", or "与序时进度持平" / "on schedule". The words follow the gap as shown: a gap that
   * rounds to 0.0 is on schedule, never "ahead by 0.0 points".
   */
  static LocalizedText paceGap(BigDecimal gapPercentagePoints) {
    BigDecimal shown = DisplayRounding.points(gapPercentagePoints);
    String points = shown.abs().toPlainString();
    if (shown.signum() > 0) {
      return LocalizedText.of("超序时进度" + points + "个百分点",
          points + " percentage points ahead of schedule");
    }
    if (shown.signum() < 0) {
      return LocalizedText.of("落后序时进度" + points + "个百分点",
          points + " percentage points behind schedule");
    }
    return LocalizedText.of("与序时进度持平", "on schedule");
  }

  /** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return n + "th";
    }
    switch (n % 10) {
      case 1:
        return n + "st";
      case 2:
        return n + "nd";
      case 3:
        return n + "rd";
      default:
        return n + "th";
    }
  }

  /** Joins Chinese and English parts with their own separators. */
  static LocalizedText join(List<LocalizedText> parts, String zhSeparator, String enSeparator) {
    return LocalizedText.of(
        parts.stream().map(LocalizedText::zh).collect(Collectors.joining(zhSeparator)),
        parts.stream().map(LocalizedText::en).collect(Collectors.joining(enSeparator)));
  }

  /** "On track" from "on track", for an English status that starts a sentence. */
  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
