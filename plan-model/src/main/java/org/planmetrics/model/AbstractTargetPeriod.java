package org.planmetrics.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period within the plan window that a target's amount or level belongs to, for example
 * {@code {"kind": "YEAR"}} for "全年完成省外项目实际进资120亿元" read as every year of the window,
 * {@code {"kind": "QUARTER", "quarter": 1, "year": 2023}} for a 2023 first-quarter 开门红 figure, or
 * {@code {"kind": "DATES", "from": "2023-04-01", "to": "2023-06-30", "name": …}} for a 百日攻坚
 * campaign.
 *
 * <p>A YEAR or QUARTER period without a {@code year} is judged in each year of the window; one
 * with a year, and a DATES period, are judged once. Which fields a kind takes, and that the
 * period lies in the window, is checked when the plan is validated.
 */
@Value.Immutable
@JsonSerialize(as = TargetPeriod.class)
@JsonDeserialize(as = TargetPeriod.class)
public abstract class AbstractTargetPeriod {

  public abstract PeriodKind kind();

  /** The one year of a YEAR or QUARTER period judged once; absent: every year of the window. */
  public abstract Optional<Integer> year();

  /** The quarter, 1 to 4, of a QUARTER period. */
  public abstract Optional<Integer> quarter();

  /** The first day of a DATES period, {@code from} in a plan file. */
  @JsonProperty("from")
  public abstract Optional<LocalDate> firstDay();

  /** The last day of a DATES period, inclusive, {@code to} in a plan file. */
  @JsonProperty("to")
  public abstract Optional<LocalDate> lastDay();

  /** The campaign's name as the text gives it, for example 百日攻坚 / "Hundred-day drive". */
  public abstract Optional<LocalizedText> name();

  /** Every year of the window: a YEAR or QUARTER period without a year. */
  public boolean isEachYear() {
    return kind() != PeriodKind.DATES && year().isEmpty();
  }

  /**
   * The first month of the period in {@code year} (the named year, or one year of the window for
   * a period judged each year): January for a year, 2023-04 for the second quarter of 2023.
   */
  public YearMonth firstMonth(int year) {
    switch (kind()) {
      case YEAR:
        return YearMonth.of(year, 1);
      case QUARTER:
        return YearMonth.of(year, 3 * quarter().orElseThrow() - 2);
      default:
        return YearMonth.from(firstDay().orElseThrow());
    }
  }

  /** The last month of the period in {@code year}: December for a year, 2023-06 for Q2 2023. */
  public YearMonth lastMonth(int year) {
    switch (kind()) {
      case YEAR:
        return YearMonth.of(year, 12);
      case QUARTER:
        return YearMonth.of(year, 3 * quarter().orElseThrow());
      default:
        return YearMonth.from(lastDay().orElseThrow());
    }
  }

  /**
   * Whether a DATES period starts on the first day of a month and ends on the last day of one,
   * so that month-end year-to-date figures can answer it. YEAR and QUARTER periods always do.
   */
  public boolean isWholeMonths() {
    return kind() != PeriodKind.DATES
        || firstDay().orElseThrow().getDayOfMonth() == 1
            && lastDay().orElseThrow().equals(YearMonth.from(lastDay().orElseThrow()).atEndOfMonth());
  }
}
