package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * How figures are written for people in bulletins: percentages with one decimal (0.729 →
 * 72.9%), amounts with two (5.1 → 5.10亿美元), points with one. Rounding is half-up, as
 * statistical bulletins round; the exact figures stay in the assessment's fields.
 */
final class Wording {

  private Wording() {}

  /** A fraction as a percentage with one decimal: 0.729 → "72.9%". */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A threshold fraction as the plan writes it: 0.07 → "7%", 0.305 → "30.5%". */
  static String thresholdPercent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** Percentage points with one decimal, without sign: -6.24 → "6.2". */
  static String points(BigDecimal points) {
    return points.abs().setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** An amount with two decimals and its Chinese unit: "5.10亿美元"; counts as "7个". */
  static String amountZh(Quantity q) {
    if (q.unit() == Unit.COUNT) {
      return q.value().stripTrailingZeros().toPlainString() + "个";
    }
    return q.value().setScale(2, RoundingMode.HALF_UP).toPlainString() + q.unit().chineseSymbol();
  }

  /** An amount with two decimals and its English unit: "5.10 (USD 100 million)"; counts bare. */
  static String amountEn(Quantity q) {
    if (q.unit() == Unit.COUNT) {
      return q.value().stripTrailingZeros().toPlainString();
    }
    return q.value().setScale(2, RoundingMode.HALF_UP).toPlainString() + " ("
        + q.unit().englishName() + ")";
  }

  /** A threshold as the plan words it: "7%以上" / "at least 7%", "高于70%" / "above 70%". */
  static LocalizedText rule(ComparisonOperator operator, Quantity threshold) {
    String zhValue;
    String enValue;
    if (threshold.unit() == Unit.RATIO) {
      zhValue = thresholdPercent(threshold.value());
      enValue = zhValue;
    } else if (threshold.unit() == Unit.TIER) {
      zhValue = "第" + threshold.value().toPlainString() + "方阵";
      enValue = "tier " + threshold.value().toPlainString();
    } else {
      zhValue = threshold.value().stripTrailingZeros().toPlainString()
          + (threshold.unit() == Unit.COUNT ? "个" : threshold.unit().chineseSymbol());
      enValue = threshold.value().stripTrailingZeros().toPlainString()
          + (threshold.unit() == Unit.COUNT ? "" : " (" + threshold.unit().englishName() + ")");
    }
    switch (operator) {
      case AT_LEAST:
        return LocalizedText.of(zhValue + "以上", "at least " + enValue);
      case GREATER_THAN:
        return LocalizedText.of("高于" + zhValue, "above " + enValue);
      case AT_MOST:
        return LocalizedText.of(threshold.unit() == Unit.TIER ? "进入" + zhValue
            : zhValue + "以内", threshold.unit() == Unit.TIER ? "within " + enValue
            : "at most " + enValue);
      case LESS_THAN:
        return LocalizedText.of("低于" + zhValue, "below " + enValue);
      default:
        throw new AssertionError(operator);
    }
  }

  /** "1—6月" / "January–June", or the whole year. */
  static LocalizedText months(int year, int throughMonth) {
    if (throughMonth == 12) {
      return LocalizedText.of(year + "年", String.valueOf(year));
    }
    String[] names = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    return LocalizedText.of(year + "年1—" + throughMonth + "月",
        throughMonth == 1 ? "January " + year : "January–" + names[throughMonth - 1] + " " + year);
  }

  static LocalizedText status(Status status) {
    return LocalizedText.of(status.chineseName(), status.englishName());
  }

  /** Joins Chinese and English parts with their own separators. */
  static LocalizedText join(java.util.List<LocalizedText> parts, String zhSeparator,
      String enSeparator) {
    return LocalizedText.of(
        parts.stream().map(LocalizedText::zh).collect(java.util.stream.Collectors.joining(zhSeparator)),
        parts.stream().map(LocalizedText::en).collect(java.util.stream.Collectors.joining(enSeparator)));
  }
}
