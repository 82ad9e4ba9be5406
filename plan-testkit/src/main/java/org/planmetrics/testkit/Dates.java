package org.planmetrics.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Random days, for example 2023-06-30, each day of the range as likely, and, one draw in {@value
 * Generator#EDGE_CASE_ONE_IN}, a day where calendars go wrong: the range's first and last days,
 * the first and last days of a year and of a quarter, 29 February, and the days of ISO week 53
 * (2020-12-31 lies in week 2020-W53, and so does 2021-01-03; 2026-12-31 in 2026-W53).
 */
public final class Dates {

  private Dates() {}

  /**
   * Days from {@code first} to {@code last} inclusive, with the edge cases above that lie in the
   * range.
   *
   * @throws InvalidArgumentException if {@code last} is before {@code first}
   */
  public static Generator<LocalDate> between(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "'first' must not be null");
    Objects.requireNonNull(last, "'last' must not be null");
    if (last.isBefore(first)) {
      throw new InvalidArgumentException("last", "must not be before 'first' (" + first + ")",
          "不得早于'first'(" + first + ")",
          last);
    }
    long days = ChronoUnit.DAYS.between(first, last);
    Generator<LocalDate> ordinary = random -> first.plusDays(random.nextLong(0, days + 1));
    return ordinary.withEdgeCases(Generator.oneOf(edgeDays(first, last)));
  }

  /**
   * The edge days from {@code first} to {@code last}, in order: see the class comment. Never
   * empty, since it holds {@code first} and {@code last}.
   */
  public static List<LocalDate> edgeDays(LocalDate first, LocalDate last) {
    TreeSet<LocalDate> days = new TreeSet<>(List.of(first, last));
    // From the year before: the end of its week 53 can fall in the range's first days.
    for (int year = first.getYear() - 1; year <= last.getYear(); year++) {
      for (Month quarterStart : List.of(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER)) {
        LocalDate start = LocalDate.of(year, quarterStart, 1);
        days.add(start);
        days.add(start.plusMonths(3).minusDays(1));
      }
      if (LocalDate.of(year, 1, 1).isLeapYear()) {
        days.add(LocalDate.of(year, Month.FEBRUARY, 29));
      }
      if (hasWeek53(year)) {
        // Week 53 runs from the Monday 28 December falls in or before, to the Sunday after.
        LocalDate monday = LocalDate.of(year, 12, 28).with(DayOfWeek.MONDAY);
        for (int day = 0; day < 7; day++) {
          days.add(monday.plusDays(day));
        }
      }
    }
    List<LocalDate> inRange = new ArrayList<>();
    for (LocalDate day : days) {
      if (!day.isBefore(first) && !day.isAfter(last)) {
        inRange.add(day);
      }
    }
    return List.copyOf(inRange);
  }

  /** Whether ISO week-based year {@code year} has a week 53, as 2015, 2020 and 2026 do. */
  public static boolean hasWeek53(int year) {
    // 28 December always lies in the last week of its week-based year.
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53;
  }
}
