package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Whether a recurring duty was kept, period by period, for example the weekly bulletins of
 * January 2024: weeks 2024-W01 to 2024-W04, each met if at least one bulletin was logged in it.
 */
public final class Cadences {

  private Cadences() {}

  /**
   * The result of each whole period of {@code req.period()} from {@code from} to the earlier of
   * {@code to} and {@code asOf}: the events inside it and whether they reach {@code
   * req.minimumCount()}.
   *
   * <p>Periods are calendar periods: ISO weeks (Monday to Sunday, {@link WeekFields#ISO}, labelled
   * by their week-based year, so 2021-01-01 is in {@code 2020-W53}), calendar months, calendar
   * quarters and calendar years. A period is listed when it starts on or after {@code from} and
   * ends on or before both {@code to} and {@code asOf}, so only whole periods are judged:
   * <ul>
   *   <li>a window that starts in the middle of a period skips that first partial period (a
   *       window from Wednesday 2024-01-03 starts with 2024-W02);
   *   <li>a period that has not ended by {@code asOf} is not listed yet: on 2024-01-31 January is
   *       listed, on 2024-01-30 it is not;
   *   <li>a window that ends in the middle of a period ({@code to}) drops that last partial period.
   * </ul>
   * Events outside every listed period are ignored; an event date logged twice counts twice, for
   * two events on one day. If {@code asOf} is before the first whole period ends, the list is
   * empty. The result is unmodifiable and in period order.
   *
   * <p>Example: weekly bulletins (at least 1 a week) from 2024-01-01 to 2024-01-31, as of
   * 2024-02-10, with bulletins on 01-03 and 01-17, give 2024-W01 met, W02 not met, W03 met and
   * W04 not met; 2024-W05 (01-29 to 02-04) runs past {@code to} and is not listed.
   *
   * @throws InvalidArgumentException if {@code to} is before {@code from}
   * @throws NullPointerException if an argument or an event date is null
   */
  public static List<CadencePeriodResult> compliance(CadenceRequirement req,
      Collection<LocalDate> eventDates, LocalDate from, LocalDate to, LocalDate asOf) {
    CadencePeriod period = requireNonNull(req, "'req' must not be null").period();
    List<CadencePeriodResult> results = new ArrayList<>();
    walk(req, eventDates, from, to, asOf, (startDay, endDay, count) -> {
      LocalDate start = LocalDate.ofEpochDay(startDay);
      results.add(new CadencePeriodResult(label(period, start), start,
          LocalDate.ofEpochDay(endDay), count, req.minimumCount(),
          count >= req.minimumCount()));
    });
    return Collections.unmodifiableList(results);
  }

  /**
   * The same check as {@link #compliance}, kept short: how many periods were checked and the runs
   * of short ones, equal to {@code compliance(…).size()} and {@code shortfalls(compliance(…))}.
   * A scorecard needs no more, and skipping a result and a label for every week of a window is
   * most of the cost of a cadence.
   *
   * @throws InvalidArgumentException if {@code to} is before {@code from}
   * @throws NullPointerException if an argument or an event date is null
   */
  public static CadenceSummary summary(CadenceRequirement req, Collection<LocalDate> eventDates,
      LocalDate from, LocalDate to, LocalDate asOf) {
    Runs runs = new Runs(requireNonNull(req, "'req' must not be null"));
    int checked = walk(req, eventDates, from, to, asOf, runs);
    return new CadenceSummary(checked, runs.finish());
  }

  /**
   * Gathers the runs of short periods as the walk reports them, by the rule of {@link
   * #shortfalls}: a run goes on while the periods fall short by the same count (walked periods
   * always adjoin). Labels are made for the first and last period of each run only.
   */
  private static final class Runs implements PeriodVisitor {
    private final CadencePeriod period;
    private final int required;
    private final List<CadenceShortfall> runs = new ArrayList<>();
    private long firstStart;
    private long lastStart;
    private long lastEnd;
    private int length;
    private int countEach;

    Runs(CadenceRequirement req) {
      this.period = req.period();
      this.required = req.minimumCount();
    }

    @Override
    public void period(long start, long end, int count) {
      boolean isShort = count < required;
      if (length > 0 && (!isShort || count != countEach)) {
        close();
      }
      if (isShort) {
        if (length == 0) {
          firstStart = start;
          countEach = count;
        }
        lastStart = start;
        lastEnd = end;
        length++;
      }
    }

    List<CadenceShortfall> finish() {
      if (length > 0) {
        close();
      }
      return Collections.unmodifiableList(runs);
    }

    private void close() {
      LocalDate first = LocalDate.ofEpochDay(firstStart);
      runs.add(new CadenceShortfall(label(period, first),
          label(period, LocalDate.ofEpochDay(lastStart)), first, LocalDate.ofEpochDay(lastEnd),
          length, countEach, required));
      length = 0;
    }
  }

  /**
   * What {@link #walk} reports of each whole period: its first and last day (as {@link
   * LocalDate#toEpochDay} numbers: a date object per week of a window cost more than the rest of
   * the walk) and its events.
   */
  @FunctionalInterface
  private interface PeriodVisitor {
    void period(long startDay, long endDay, int count);
  }

  /**
   * Reports each whole period of {@code req.period()} from {@code from} to the earlier of {@code
   * to} and {@code asOf}, in order, with its events (see {@link #compliance} for which periods);
   * returns how many there were.
   */
  private static int walk(CadenceRequirement req, Collection<LocalDate> eventDates,
      LocalDate from, LocalDate to, LocalDate asOf, PeriodVisitor visitor) {
    requireNonNull(req, "'req' must not be null");
    requireNonNull(eventDates, "'eventDates' must not be null");
    requireNonNull(from, "'from' must not be null");
    requireNonNull(to, "'to' must not be null");
    requireNonNull(asOf, "'asOf' must not be null");
    if (to.isBefore(from)) {
      throw new InvalidArgumentException("to", "must not be before 'from' (" + from + ")",
          "不得早于'from'(" + from + ")", to);
    }
    // The dates as sorted day numbers; each period then counts its events by walking an index
    // forward, so the whole check is one sort and one pass, however many periods and events.
    long[] days = new long[eventDates.size()];
    int filled = 0;
    for (LocalDate date : eventDates) {
      days[filled++] = requireNonNull(date, "'eventDates' must not contain null").toEpochDay();
    }
    Arrays.sort(days);
    CadencePeriod period = req.period();
    long lastDay = (asOf.isBefore(to) ? asOf : to).toEpochDay();
    long first = firstStartOnOrAfter(period, from).toEpochDay();
    int index = 0;
    int periods = 0;
    while (true) {
      long next = period == CadencePeriod.WEEK ? first + 7
          : nextStart(period, LocalDate.ofEpochDay(first)).toEpochDay();
      long last = next - 1;
      if (last > lastDay) {
        return periods;
      }
      while (index < days.length && days[index] < first) {
        index++;
      }
      int count = 0;
      while (index < days.length && days[index] <= last) {
        count++;
        index++;
      }
      visitor.period(first, last, count);
      periods++;
      first = next;
    }
  }

  /**
   * The periods of {@code periods} that fell short, as runs: consecutive short periods (each
   * starting the day after the one before ends) with the same count form one {@link
   * CadenceShortfall}; a met period, a gap or a different count starts a new run. The result is
   * unmodifiable and in the order of {@code periods}.
   *
   * <p>Example: monthly team meetings (at least 2 a month) with counts 1, 0, 0, 2, 0 for 2022-01 to
   * 2022-05 give three runs: 2022-01 (1 each), 2022-02 to 2022-03 (0 each) and 2022-05 (0 each).
   *
   * <p>Nothing is lost: each short period lies in exactly one run, whose {@code countEach} is its
   * count, and the runs' {@code periods} add up to the number of short periods.
   *
   * @throws NullPointerException if {@code periods} or one of its elements is null
   */
  public static List<CadenceShortfall> shortfalls(List<CadencePeriodResult> periods) {
    requireNonNull(periods, "'periods' must not be null");
    List<CadenceShortfall> runs = new ArrayList<>();
    CadencePeriodResult first = null;
    CadencePeriodResult last = null;
    int length = 0;
    for (CadencePeriodResult period : periods) {
      requireNonNull(period, "'periods' must not contain null");
      boolean continuesRun = last != null && !period.met() && period.count() == last.count()
          && period.required() == last.required()
          && period.start().equals(last.end().plusDays(1));
      if (continuesRun) {
        last = period;
        length++;
        continue;
      }
      if (first != null) {
        runs.add(run(first, last, length));
      }
      first = period.met() ? null : period;
      last = first;
      length = first == null ? 0 : 1;
    }
    if (first != null) {
      runs.add(run(first, last, length));
    }
    return Collections.unmodifiableList(runs);
  }

  private static CadenceShortfall run(CadencePeriodResult first, CadencePeriodResult last,
      int length) {
    return new CadenceShortfall(first.label(), last.label(), first.start(), last.end(), length,
        first.count(), first.required());
  }

  /**
   * The label of the first period of {@code period} that starts on or after {@code from}: the
   * first period a check from {@code from} can count. From 2022-12-22 (a Thursday) that is
   * {@code 2023-01} for months, {@code 2022-W52} (Monday 2022-12-26) for ISO weeks, {@code
   * 2023-Q1} for quarters and {@code 2023} for years; from 2023-01-01 it is {@code 2023-01}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String firstPeriodLabel(CadencePeriod period, LocalDate from) {
    requireNonNull(period, "'period' must not be null");
    requireNonNull(from, "'from' must not be null");
    return label(period, firstStartOnOrAfter(period, from));
  }

  /** The first day of the first period of this kind that starts on or after {@code date}. */
  private static LocalDate firstStartOnOrAfter(CadencePeriod period, LocalDate date) {
    LocalDate start = startOfPeriodContaining(period, date);
    return start.isBefore(date) ? nextStart(period, start) : start;
  }

  private static LocalDate startOfPeriodContaining(CadencePeriod period, LocalDate date) {
    switch (period) {
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      case QUARTER:
        return date.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR:
        return date.withDayOfYear(1);
      default:
        throw new AssertionError(period);
    }
  }

  private static LocalDate nextStart(CadencePeriod period, LocalDate start) {
    switch (period) {
      case WEEK:
        return start.plusWeeks(1);
      case MONTH:
        return start.plusMonths(1);
      case QUARTER:
        return start.plusMonths(3);
      case YEAR:
        return start.plusYears(1);
      default:
        throw new AssertionError(period);
    }
  }

  private static String label(CadencePeriod period, LocalDate start) {
    switch (period) {
      case WEEK:
        // The week-based year, not the calendar year: 2020-12-28 to 2021-01-03 is 2020-W53.
        int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return start.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
      case MONTH:
        return YearMonth.from(start).toString();
      case QUARTER:
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR:
        return String.valueOf(start.getYear());
      default:
        throw new AssertionError(period);
    }
  }
}
