package org.planmetrics.model.time;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.stream.IntStream;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.planmetrics.model.InvalidArgumentException;

/**
 * The whole calendar years a plan covers, for example 2022–2024 for "未来三年" read from the
 * drafting date. The year before the window is the base year (2021 here).
 *
 * <p>Build it with {@code PlanWindow.of(2022, 2024)}, which checks the order. A window built with
 * the builder is checked when the plan that holds it is validated.
 */
@Value.Immutable
@JsonSerialize(as = PlanWindow.class)
@JsonDeserialize(as = PlanWindow.class)
public abstract class AbstractPlanWindow {

  public abstract int startYear();

  public abstract int endYear();

  /**
   * The window {@code startYear}–{@code endYear}, inclusive at both ends.
   *
   * @throws InvalidArgumentException if {@code endYear} is before {@code startYear}
   */
  public static PlanWindow of(int startYear, int endYear) {
    if (endYear < startYear) {
      throw new InvalidArgumentException("endYear",
          "must not be before 'startYear' (" + startYear + ")",
          "不得早于'startYear'(" + startYear + ")", endYear);
    }
    return PlanWindow.builder().startYear(startYear).endYear(endYear).build();
  }

  /** The year before the window, whose actual figures the growth targets build on. */
  public int baseYear() {
    return startYear() - 1;
  }

  /** The number of years, 3 for 2022–2024. */
  public int lengthInYears() {
    return endYear() - startYear() + 1;
  }

  /** The number of months, 36 for 2022–2024: the denominator of the window's time progress. */
  public int lengthInMonths() {
    return 12 * lengthInYears();
  }

  /** The years of the window in order. */
  public List<Year> years() {
    return IntStream.rangeClosed(startYear(), endYear()).mapToObj(Year::of)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Whether {@code year} lies inside the window. */
  public boolean contains(int year) {
    return year >= startYear() && year <= endYear();
  }

  /** Whether {@code date} lies inside the window. */
  public boolean contains(LocalDate date) {
    return contains(date.getYear());
  }

  /** The first day of the window, 2022-01-01 for 2022–2024. */
  public LocalDate firstDay() {
    return LocalDate.of(startYear(), 1, 1);
  }

  /** The last day of the window, 2024-12-31 for 2022–2024. */
  public LocalDate lastDay() {
    return LocalDate.of(endYear(), 12, 31);
  }

  /**
   * The whole months of the window that have ended by the end of {@code month}, between 0 and
   * {@link #lengthInMonths()}. For 2022–2024, 2023-06 gives 18.
   */
  public int monthsElapsedThrough(YearMonth month) {
    int elapsed = (month.getYear() - startYear()) * 12 + month.getMonthValue();
    return Math.max(0, Math.min(lengthInMonths(), elapsed));
  }
}
