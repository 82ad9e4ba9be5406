package org.planmetrics.api.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell as the workbook holds it, and the forgiving readings of it, for example the text
 * {@code "1,120.5"} read as the amount 1120.5, {@code "2.035%"} as the rate 0.02035, and the Excel
 * date 44635 or the text {@code 2022年3月15日} as 2022-03-15.
 *
 * <p>Forgiving where the meaning is certain, strict where it is not: a rate written as 12.5
 * without a % could be 12.5% or 1250%, so it is refused with the advice to write 12.5%; a date
 * written 3/15/2022 could be read two ways, so it is refused too. A reading that fails throws a
 * {@link Problem} with the rule and a sentence in both languages; the caller adds the sheet, row
 * and column.
 *
 * @param type what Excel stored: a number, text, a truth value, an error, or nothing
 * @param text the stored text: the number as written in the file ({@code 2.0350000000000001}),
 *     the string, {@code TRUE}, or the error ({@code #N/A})
 * @param format the cell's number format, for example {@code 0.0%} or {@code yyyy-mm-dd}; empty
 *     for General
 * @param date1904 whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900
 */
record CellValue(Type type, String text, String format, boolean date1904) {

  /** What kind of value a cell stores. */
  enum Type { NUMBER, TEXT, BOOLEAN, ERROR, EMPTY }

  /** A reading of a cell that failed: which rule, and why in English and Chinese. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String rule;
    final String en;
    final String zh;

    Problem(String rule, String en, String zh) {
      super(en, null, false, false);
      this.rule = rule;
      this.en = en;
      this.zh = zh;
    }
  }

  /**
   * The digits Excel keeps: 15. Excel stores 2.035 typed into a cell as 2.0350000000000001, the
   * nearest double written to 17 digits; rounded to 15 it is 2.035 again.
   */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
  /** The most digits a number written as text may have, as in the REST API's JSON. */
  private static final int MAX_DIGITS = 40;
  /** The last day Excel has: 9999-12-31 is serial 2958465. */
  private static final long LAST_SERIAL = 2_958_465L;

  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
  private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DASHED_DATE =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
  private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})月?");
  /** 2024年1-6月, 2024年1—6月, 2024年1至6月: January to June. */
  private static final Pattern YEAR_TO_MONTH =
      Pattern.compile("(\\d{4})年?1月?[-—–~～至到](\\d{1,2})月?");

  static CellValue empty() {
    return new CellValue(Type.EMPTY, "", "", false);
  }

  static CellValue text(String text) {
    return new CellValue(Type.TEXT, text, "", false);
  }

  boolean isEmpty() {
    return type == Type.EMPTY || type == Type.TEXT && clean(text).isEmpty();
  }

  /** The value as it is shown in a message: the text, or the number without Excel's noise. */
  String shown() {
    String shown = switch (type) {
      case NUMBER -> storedNumber().map(BigDecimal::toPlainString).orElse(text);
      case BOOLEAN -> text.equals("1") || text.equalsIgnoreCase("true") ? "TRUE" : "FALSE";
      default -> text.strip();
    };
    return shown.length() <= 60 ? shown : shown.substring(0, 60) + "…";
  }

  /** The cell as text: a number as Excel shows it without formatting, 2022001 not 2.022001E6. */
  String asText() {
    if (type == Type.ERROR) {
      errorCheck();
    }
    return switch (type) {
      case NUMBER -> storedNumber().map(BigDecimal::toPlainString).orElse(text.strip());
      case BOOLEAN -> shown();
      default -> clean(text);
    };
  }

  /**
   * The cell as an amount: a number, or text like {@code 1,120.5}; a percentage is refused, since
   * the column holds amounts.
   */
  BigDecimal asAmount() {
    errorCheck();
    if (type == Type.NUMBER) {
      if (isPercentFormat()) {
        throw new Problem("percent-not-allowed", "holds an amount, not a percentage, but the cell "
            + "is formatted as a percentage (" + shown() + ")", "此列填金额或数量,不能是百分数(单元格为百分比格式)");
      }
      return number();
    }
    String written = folded();
    if (written.endsWith("%")) {
      throw new Problem("percent-not-allowed", "holds an amount, not a percentage, but was '"
          + shown() + "'", "此列填金额或数量,不能是百分数,实为'" + shown() + "'");
    }
    return parsed(written);
  }

  /**
   * The cell as a rate, a fraction: {@code 12.5%} (text, or a number formatted as a
   * percentage) and {@code 0.125} are 0.125. A bare number beyond ±1, such as 12.5, is refused:
   * it could mean 12.5% or 1250%.
   */
  BigDecimal asRate() {
    errorCheck();
    BigDecimal rate;
    if (type == Type.NUMBER) {
      rate = number();
      if (isPercentFormat()) {
        return rate;
      }
    } else {
      String written = folded();
      if (written.endsWith("%")) {
        return normalizedScale(parsed(written.substring(0, written.length() - 1).strip())
            .movePointLeft(2));
      }
      rate = parsed(written);
    }
    if (rate.abs().compareTo(BigDecimal.ONE) > 0) {
      String plain = rate.toPlainString();
      throw new Problem("ambiguous-rate", "is a rate: write it as a percentage (" + plain
          + "%) or a fraction (" + rate.movePointLeft(2).toPlainString() + "), since " + plain
          + " could mean either", "此列为增幅,请写成百分数(如" + plain + "%)或小数(如"
          + rate.movePointLeft(2).toPlainString() + "),'" + plain + "'含义不明");
    }
    return rate;
  }

  /** The cell as a whole number: a rank, a count. */
  int asWhole() {
    BigDecimal value = asAmount();
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0
        || value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new Problem("not-whole", "must be a whole number but was '" + shown() + "'",
          "须为整数,实为'" + shown() + "'");
    }
    return value.intValueExact();
  }

  /** The cell as a year: 2024, or the text 2024年. */
  String asYear() {
    errorCheck();
    if (type == Type.NUMBER) {
      BigDecimal value = number();
      if (value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(1000)) >= 0
          && value.compareTo(BigDecimal.valueOf(9999)) <= 0) {
        return String.valueOf(value.intValueExact());
      }
    } else {
      Matcher year = YEAR.matcher(folded());
      if (year.matches()) {
        return year.group(1);
      }
    }
    throw new Problem("bad-year", "must be a year such as 2024 but was '" + shown() + "'",
        "须为年份,如 2024,实为'" + shown() + "'");
  }

  /**
   * The cell as a period key: {@code 2024} for the year, {@code 2024-06} for January to June.
   * Also read: 2024年, 2024/6, 2024年6月, 2024年1-6月, and an Excel date (typing 2024-06 into a
   * cell makes Excel store 1 June 2024), which stands for its month.
   */
  String asPeriod() {
    errorCheck();
    if (type == Type.NUMBER) {
      if (isDateFormat()) {
        LocalDate date = serialDate();
        return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      }
      return asYear();
    }
    String written = folded();
    Matcher year = YEAR.matcher(written);
    if (year.matches()) {
      return year.group(1);
    }
    for (Pattern form : new Pattern[] {YEAR_MONTH, YEAR_TO_MONTH}) {
      Matcher month = form.matcher(written);
      if (month.matches()) {
        int m = Integer.parseInt(month.group(2));
        if (m >= 1 && m <= 12) {
          return month.group(1) + "-" + (m < 10 ? "0" : "") + m;
        }
      }
    }
    throw new Problem("bad-period", "must be a year (2024) or a year and month (2024-06, "
        + "January to June) but was '" + shown() + "'", "须为年份(如 2024,表示全年)或年月(如 2024-06,"
        + "表示1—6月累计),实为'" + shown() + "'");
  }

  /**
   * The cell as a date: an Excel date, or text 2022-03-15, 2022/3/15, 2022.3.15, 2022年3月15日 or
   * 20220315. A time of day is dropped. Day-first and month-first forms are refused.
   */
  LocalDate asDate() {
    errorCheck();
    if (type == Type.NUMBER) {
      BigDecimal value = number();
      Matcher compact = COMPACT_DATE.matcher(value.toPlainString());
      if (!isDateFormat() && compact.matches()) {
        return date(compact);
      }
      return serialDate();
    }
    String written = folded();
    for (Pattern form : new Pattern[] {DASHED_DATE, CHINESE_DATE, COMPACT_DATE}) {
      Matcher parts = form.matcher(written);
      if (parts.matches()) {
        return date(parts);
      }
    }
    throw notADate();
  }

  /** The cell as 是 or 否: also TRUE/FALSE, yes/no, Y/N, 1/0; empty is 否. */
  boolean asYesNo() {
    if (type == Type.BOOLEAN) {
      return text.equals("1") || text.equalsIgnoreCase("true");
    }
    errorCheck();
    if (isEmpty()) {
      return false;
    }
    String written = folded().toLowerCase(Locale.ROOT);
    switch (written) {
      case "是", "true", "yes", "y", "1", "√", "✓":
        return true;
      case "否", "false", "no", "n", "0", "×", "x":
        return false;
      default:
        throw new Problem("not-yes-no", "must be 是 or 否 (yes or no) but was '" + shown() + "'",
            "须填“是”或“否”,实为'" + shown() + "'");
    }
  }

  private LocalDate date(Matcher parts) {
    try {
      return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
          Integer.parseInt(parts.group(3)));
    } catch (DateTimeException e) {
      throw new Problem("bad-date", "is not a day of the calendar: '" + shown() + "'",
          "不是有效日期:'" + shown() + "'");
    }
  }

  /** An Excel date serial as a day: 44635 is 2022-03-15 (a time of day is dropped). */
  private LocalDate serialDate() {
    BigDecimal value = number();
    long days = value.setScale(0, RoundingMode.FLOOR).longValueExact();
    if (date1904) {
      if (days >= 0 && days <= LAST_SERIAL - 1462) {
        return LocalDate.of(1904, 1, 1).plusDays(days);
      }
    } else if (days >= 61 && days <= LAST_SERIAL) {
      // Excel counts 1900 as a leap year; from 1 March 1900 on, day 0 is 1899-12-30.
      return LocalDate.of(1899, 12, 30).plusDays(days);
    } else if (days >= 1 && days <= 59) {
      return LocalDate.of(1899, 12, 31).plusDays(days);
    }
    throw notADate();
  }

  private Problem notADate() {
    return new Problem("not-a-date", "must be a date such as 2022-03-15 but was '" + shown()
        + "'", "须为日期,如 2022-03-15、2022/3/15 或 2022年3月15日,实为'" + shown() + "'");
  }

  /** The stored number, rounded to the 15 digits Excel keeps. */
  private BigDecimal number() {
    return storedNumber().orElseThrow(() -> new Problem("not-a-number", "must be a number but "
        + "was '" + shown() + "'", "须为数字,实为'" + shown() + "'"));
  }

  private Optional<BigDecimal> storedNumber() {
    try {
      BigDecimal stored = new BigDecimal(text.strip());
      if (stored.precision() > MAX_DIGITS + 20 || Math.abs(stored.scale()) > MAX_DIGITS) {
        return Optional.empty();
      }
      return Optional.of(normalizedScale(stored.round(EXCEL_DIGITS)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Text written as a number: 120.5, -3, 1,120.5, 1e3; commas only between groups of three. */
  private BigDecimal parsed(String written) {
    String digits = written;
    if (GROUPED_NUMBER.matcher(written).matches()) {
      digits = written.replace(",", "");
    } else if (!PLAIN_NUMBER.matcher(written).matches()) {
      throw new Problem("not-a-number", "must be a number such as 12.5 but was '" + shown()
          + "'", "'" + shown() + "'不是数字,应填写如 12.5 的数字");
    }
    BigDecimal value = new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
    if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
      throw new Problem("number-out-of-range", "must have at most " + MAX_DIGITS + " digits "
          + "and an exponent within ±" + MAX_DIGITS + " but was '" + shown() + "'",
          "数字位数不能超过" + MAX_DIGITS + "位,实为'" + shown() + "'");
    }
    return normalizedScale(value);
  }

  /** 2.40 and 2.4 alike, and 100 not 1E+2: trailing zeros dropped, scale at least 0. */
  private static BigDecimal normalizedScale(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private void errorCheck() {
    if (type == Type.ERROR) {
      throw new Problem("error-value", "holds the error value " + text.strip()
          + " instead of a value", "单元格为错误值" + text.strip() + ",请改为实际数值");
    }
    if (type == Type.BOOLEAN) {
      throw new Problem("wrong-type", "holds a truth value (" + shown() + ") where a value of "
          + "another kind belongs", "单元格为逻辑值" + shown() + ",此处应填其他内容");
    }
  }

  /** The text folded (full-width digits and signs to ASCII) and trimmed. */
  private String folded() {
    return clean(Normalizer.normalize(text, Normalizer.Form.NFKC));
  }

  /** Trimmed of spaces of every kind, the no-break and ideographic ones included. */
  private static String clean(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether the number format shows a percentage: a % outside quoted text. */
  private boolean isPercentFormat() {
    return unquotedFormat().contains("%");
  }

  /** Whether the number format shows a date: a y, m or d outside quoted text and brackets. */
  private boolean isDateFormat() {
    String format = unquotedFormat().toLowerCase(Locale.ROOT);
    return format.contains("y") || format.contains("d") || format.contains("m")
        && !format.contains("%");
  }

  private String unquotedFormat() {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '[' && !quoted) {
        bracket = true;
      } else if (c == ']' && !quoted) {
        bracket = false;
      } else if (!quoted && !bracket) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
