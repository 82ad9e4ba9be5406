package org.planmetrics.metrics.observation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a figure is keyed by in {@link Observations}: {@code "2022"} for the full year, or
 * {@code "2023-06"} for the year to date through June (1—6月累计).
 */
public final class PeriodKey implements Comparable<PeriodKey> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  private final int year;
  private final int throughMonth;

  private PeriodKey(int year, int throughMonth) {
    this.year = year;
    this.throughMonth = throughMonth;
  }

  /** The full year {@code year}. */
  public static PeriodKey fullYear(int year) {
    return new PeriodKey(year, 12);
  }

  /** The year to date through {@code month}; month 12 is the same period as the full year. */
  public static PeriodKey yearToDate(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("'month' must be between 1 and 12 but was " + month);
    }
    return new PeriodKey(year, month);
  }

  /** The key written as {@code YYYY} or {@code YYYY-MM}, or empty when it is neither. */
  public static Optional<PeriodKey> parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(fullYear(year));
    }
    int month = Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 ? Optional.of(new PeriodKey(year, month)) : Optional.empty();
  }

  public int year() {
    return year;
  }

  /** The last month covered: 12 for a full year. */
  public int throughMonth() {
    return throughMonth;
  }

  public boolean isFullYear() {
    return throughMonth == 12;
  }

  /** The last day the period covers. */
  public LocalDate lastDay() {
    return YearMonth.of(year, throughMonth).atEndOfMonth();
  }

  /** Whether the period has ended by {@code asOf}; figures for later periods are ignored. */
  public boolean hasEndedBy(LocalDate asOf) {
    return !lastDay().isAfter(asOf);
  }

  @Override
  public int compareTo(PeriodKey other) {
    return year != other.year ? Integer.compare(year, other.year)
        : Integer.compare(throughMonth, other.throughMonth);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodKey && ((PeriodKey) o).year == year
        && ((PeriodKey) o).throughMonth == throughMonth;
  }

  @Override
  public int hashCode() {
    return 31 * year + throughMonth;
  }

  /** {@code 2022} for a full year, {@code 2023-06} for a year to date. */
  @Override
  public String toString() {
    return isFullYear() ? String.valueOf(year) : String.format("%d-%02d", year, throughMonth);
  }
}
