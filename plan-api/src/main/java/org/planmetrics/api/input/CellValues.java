package org.planmetrics.api.input;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.model.LocalizedText;

/**
 * Reads the cells of a spreadsheet or CSV file the way people type them, forgiving where the
 * meaning is certain and strict where it is not. For example {@code 1,120.5} is 1120.5, {@code
 * 2.035%} in a rate column is 0.02035, {@code 2022/3/15} and {@code 2022年3月15日} are
 * 2022-03-15, {@code 是} is true; but {@code 1,5} (a decimal comma, or a slip?), {@code
 * 3/15/2022} (which is the month?), a percent sign in an amount and a rate of {@code 12.5}
 * without its sign (12.5%, or 1250%?) are refused, each with a rule and a sentence in Chinese and
 * English that says how to write it. Full-width digits and signs (１２０．５, ％) read as their
 * ASCII forms.
 *
 * <p>A cell is read into a {@link Cell}: {@link Cell.Read} with the value, or {@link
 * Cell.Refused} with the rule and the sentence; the caller adds the place (file, line, column).
 * The CSV reader and a workbook reader share these rules, so one figure reads the same from
 * either.
 */
public final class CellValues {

  /** The most digits, and the largest exponent, a number may have, as for a request body. */
  public static final int MAX_DIGITS = 40;

  /** A cell read: its value, or why it was refused. */
  public sealed interface Cell<T> permits Cell.Read, Cell.Refused {

    /** The value the cell holds. */
    record Read<T>(T value) implements Cell<T> {}

    /** Why the cell was refused: a rule such as {@code not-a-number}, and the sentence. */
    record Refused<T>(String rule, LocalizedText message) implements Cell<T> {}
  }

  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("第?(\\d{1,9})[名位]?");
  private static final Pattern DATE_YEAR_FIRST = Pattern.compile(
      "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]0{1,2}:00(?::00)?)?");
  private static final Pattern DATE_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
  private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern DATE_YEAR_LAST = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
  private static final Pattern SERIAL_DATE = Pattern.compile("\\d{5}(\\.0+)?");
  private static final Pattern PERIOD_YEAR = Pattern.compile("(\\d{4})(?:年(?:全年)?)?");
  private static final Pattern PERIOD_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
  private static final Pattern PERIOD_CHINESE_MONTH =
      Pattern.compile("(\\d{4})年(?:1[-—–~～至])?(\\d{1,2})月(?:累计)?");

  private static final Map<String, Boolean> YES_NO = Map.ofEntries(
      Map.entry("true", true), Map.entry("false", false), Map.entry("yes", true),
      Map.entry("no", false), Map.entry("y", true), Map.entry("n", false),
      Map.entry("1", true), Map.entry("0", false), Map.entry("是", true), Map.entry("否", false));

  private CellValues() {}

  /**
   * The cell as people mean it: full-width forms as ASCII (NFKC: １２０．５ → 120.5, ％ → %), the
   * minus sign as a hyphen, and no spaces around it. Text such as names is never normalised:
   * only what is read as a number, date, period or flag.
   */
  public static String normalised(String cell) {
    return Normalizer.normalize(cell, Normalizer.Form.NFKC).replace('\u2212', '-').strip();
  }

  /**
   * An amount (亿元, 亿美元, a count, an index): {@code 120.5}, {@code 1,120.5}, {@code -3}.
   * Refused: a percent sign ({@code percent-in-amount}), a comma that is not a thousands
   * separator ({@code ambiguous-number}), anything else that is no number ({@code not-a-number})
   * and more than {@value #MAX_DIGITS} digits ({@code number-out-of-range}).
   */
  public static Cell<BigDecimal> amount(String cell) {
    String text = normalised(cell);
    if (text.endsWith("%")) {
      return refused("percent-in-amount", "金额、数量不能带百分号,实为'" + shown(cell) + "';请只写数字,"
          + "例如120.5", "an amount or a count takes no percent sign but was '" + shown(cell)
          + "'; write the number alone, such as 120.5");
    }
    return decimal(cell, text);
  }

  /**
   * A rate (a growth, a share), as a fraction: {@code 12.5%} is 0.125, {@code 0.125} is 0.125.
   * A number above 1 or below -1 without a percent sign is refused ({@code ambiguous-rate}): is
   * {@code 12.5} 12.5% or 1250%? Write {@code 12.5%}, or {@code 1250%} if that is meant.
   */
  public static Cell<BigDecimal> rate(String cell) {
    String text = normalised(cell);
    boolean percent = text.endsWith("%");
    Cell<BigDecimal> number = decimal(cell, percent ? text.substring(0, text.length() - 1).strip()
        : text);
    if (!(number instanceof Cell.Read<BigDecimal> read)) {
      return number;
    }
    if (percent) {
      return new Cell.Read<>(read.value().movePointLeft(2));
    }
    if (read.value().abs().compareTo(BigDecimal.ONE) > 0) {
      String shown = shown(cell);
      return refused("ambiguous-rate", "比率写成小数(0.125)或百分数(12.5%),'" + shown + "'会被读作"
          + read.value().movePointRight(2).stripTrailingZeros().toPlainString()
          + "%;若指" + shown + "%,请加上百分号", "a rate is a fraction (0.125) or a percentage"
          + " (12.5%), and '" + shown + "' would read as "
          + read.value().movePointRight(2).stripTrailingZeros().toPlainString()
          + "%; if " + shown + "% is meant, add the percent sign");
    }
    return number;
  }

  private static Cell<BigDecimal> decimal(String cell, String text) {
    String shown = shown(cell);
    String plain = text;
    if (text.startsWith("+")) {
      plain = text.substring(1);
    }
    if (plain.contains(",")) {
      if (!GROUPED_NUMBER.matcher(plain).matches()) {
        return refused("ambiguous-number", "'" + shown + "'中的逗号含义不明:千位分隔须每三位一个(1,120.5),"
            + "小数点须用'.'", "the comma in '" + shown + "' is ambiguous: a thousands separator"
            + " groups three digits (1,120.5), and the decimal mark must be '.'");
      }
      plain = plain.replace(",", "");
    }
    if (!PLAIN_NUMBER.matcher(plain).matches()) {
      return refused("not-a-number", "须为数字,例如12.5,实为'" + shown + "'",
          "must be a number such as 12.5 but was '" + shown + "'");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      // An exponent beyond an int: the pattern admits it, BigDecimal does not.
      return outOfRange(shown);
    }
    if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
      return outOfRange(shown);
    }
    return new Cell.Read<>(value);
  }

  private static Cell<BigDecimal> outOfRange(String shown) {
    return refused("number-out-of-range", "数字最多" + MAX_DIGITS + "位,指数在±" + MAX_DIGITS
        + "以内,实为'" + shown + "'", "a number must have at most " + MAX_DIGITS
        + " digits and an exponent within ±" + MAX_DIGITS + " but was '" + shown + "'");
  }

  /** A whole number such as a rank or a count of peers: {@code 6}, also {@code 第6名}, {@code 第6位}. */
  public static Cell<Integer> wholeNumber(String cell) {
    Matcher m = WHOLE.matcher(normalised(cell));
    if (!m.matches()) {
      return refused("not-whole", "须为整数,例如6,实为'" + shown(cell) + "'",
          "must be a whole number such as 6 but was '" + shown(cell) + "'");
    }
    return new Cell.Read<>(Integer.parseInt(m.group(1)));
  }

  /**
   * A day, year first: {@code 2022-03-15}, {@code 2022/3/15}, {@code 2022.3.15}, {@code
   * 2022年3月15日}, {@code 20220315}, and a midnight time after it ({@code 2022/3/15 0:00}) as
   * spreadsheets export it. Refused: the year last ({@code 3/15/2022}, {@code ambiguous-date}), a
   * spreadsheet's day number ({@code 44635}, {@code date-as-number}), a day that does not exist
   * and anything else ({@code not-a-date}).
   */
  public static Cell<LocalDate> date(String cell) {
    String text = normalised(cell);
    String shown = shown(cell);
    Matcher m = DATE_YEAR_FIRST.matcher(text);
    if (!m.matches()) {
      m = DATE_CHINESE.matcher(text);
      if (!m.matches()) {
        m = DATE_COMPACT.matcher(text);
      }
    }
    if (m.matches()) {
      int last = m.groupCount();
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(last - 1));
      int day = Integer.parseInt(m.group(last));
      try {
        return new Cell.Read<>(LocalDate.of(year, month, day));
      } catch (DateTimeException e) {
        return refused("not-a-date", "'" + shown + "'不是存在的日期", "'" + shown
            + "' is not a day of the calendar");
      }
    }
    if (DATE_YEAR_LAST.matcher(text).matches()) {
      return refused("ambiguous-date", "'" + shown + "'的月、日次序不明;请把年写在前面,例如2022-03-15",
          "the order of month and day in '" + shown + "' is ambiguous; write the year first,"
              + " as 2022-03-15");
    }
    if (SERIAL_DATE.matcher(text).matches()) {
      return refused("date-as-number", "'" + shown + "'像是表格软件的日期序号;请把该列设为日期格式"
          + "(yyyy-mm-dd)后再保存", "'" + shown + "' looks like a spreadsheet's day number;"
          + " format the column as a date (yyyy-mm-dd) and save again");
    }
    return refused("not-a-date", "须为日期,例如2022-03-15,实为'" + shown + "'",
        "must be a date such as 2022-03-15 but was '" + shown + "'");
  }

  /**
   * A period of a series or a rank, as the observations key it: a full year ({@code 2023},
   * {@code 2023年}) is {@code "2023"}; the year to date through a month ({@code 2024-06},
   * {@code 2024/6}, {@code 2024年6月}, {@code 2024年1-6月}, {@code 2024年1—6月}) is {@code
   * "2024-06"}. A day, or months that do not start in January, are refused ({@code
   * not-a-period}).
   */
  public static Cell<String> period(String cell) {
    String text = normalised(cell);
    Matcher year = PERIOD_YEAR.matcher(text);
    if (year.matches()) {
      return new Cell.Read<>(year.group(1));
    }
    Matcher month = PERIOD_MONTH.matcher(text);
    if (!month.matches()) {
      month = PERIOD_CHINESE_MONTH.matcher(text);
    }
    if (month.matches()) {
      int m = Integer.parseInt(month.group(2));
      if (m >= 1 && m <= 12) {
        return new Cell.Read<>(month.group(1) + "-" + (m < 10 ? "0" : "") + m);
      }
    }
    String shown = shown(cell);
    return refused("not-a-period", "期间须为全年(2023)或年初至某月累计(2024-06,即2024年1—6月),实为'"
        + shown + "'", "a period is a full year (2023) or the year to date through a month"
        + " (2024-06, January–June 2024) but was '" + shown + "'");
  }

  /** A year such as {@code 2024} or {@code 2024年}. */
  public static Cell<Integer> year(String cell) {
    Matcher m = PERIOD_YEAR.matcher(normalised(cell));
    if (!m.matches()) {
      return refused("not-a-year", "须为年份,例如2024,实为'" + shown(cell) + "'",
          "must be a year such as 2024 but was '" + shown(cell) + "'");
    }
    return new Cell.Read<>(Integer.parseInt(m.group(1)));
  }

  /** Yes or no: {@code 是}/{@code 否}, {@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code 0}. */
  public static Cell<Boolean> yesNo(String cell) {
    Boolean value = YES_NO.get(normalised(cell).toLowerCase(Locale.ROOT));
    if (value == null) {
      return refused("not-yes-or-no", "须为“是”或“否”(或true/false),实为'" + shown(cell) + "'",
          "must be yes or no (是/否, true/false) but was '" + shown(cell) + "'");
    }
    return new Cell.Read<>(value);
  }

  /** The most characters of a value a message shows. */
  private static final int SHOWN_LENGTH = 60;

  /** A value as a message shows it: at most 60 characters, then an ellipsis. */
  public static String shorten(String value) {
    return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
  }

  private static String shown(String cell) {
    return shorten(cell.strip());
  }

  private static <T> Cell<T> refused(String rule, String zh, String en) {
    return new Cell.Refused<>(rule, LocalizedText.of(zh, en));
  }
}
