package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.planmetrics.model.InvalidArgumentException;

/**
 * A run of consecutive periods of a reporting cadence that fell short by the same count, for
 * example weeks {@code 2022-W01} to {@code 2023-W25}: 77 weeks from 2022-01-03 to 2023-06-25 with
 * 0 bulletins in each, where 1 was required. A single short period is a run of one, with {@code
 * from} equal to {@code to}.
 *
 * <p>Runs say the same as the list of short periods they are made from (see {@link
 * Cadences#shortfalls}), in a fraction of the space: a window with no bulletins logged is one run,
 * not 77 entries.
 *
 * @param from the label of the run's first period, such as {@code 2022-W01}, {@code 2022-03},
 *     {@code 2022-Q1} or {@code 2022}
 * @param to the label of the run's last period
 * @param start the first day of the first period
 * @param end the last day of the last period, inclusive
 * @param periods how many periods the run holds, at least 1
 * @param countEach the events logged in each of those periods (the same in all of them)
 * @param required the fewest events the cadence asks for in a period, more than {@code countEach}
 */
public record CadenceShortfall(
    // Named explicitly: the project's JSON settings only see annotated properties.
    @JsonProperty("from") String from,
    @JsonProperty("to") String to,
    @JsonProperty("start") LocalDate start,
    @JsonProperty("end") LocalDate end,
    @JsonProperty("periods") int periods,
    @JsonProperty("countEach") int countEach,
    @JsonProperty("required") int required) {

  /** Checks that the labels and dates are present and that the run is a shortfall. */
  public CadenceShortfall {
    requireNonNull(from, "'from' must not be null");
    requireNonNull(to, "'to' must not be null");
    requireNonNull(start, "'start' must not be null");
    requireNonNull(end, "'end' must not be null");
    if (periods < 1) {
      throw new InvalidArgumentException("periods", "must be at least 1", "须至少为1", periods);
    }
    if (countEach < 0 || countEach >= required) {
      throw new InvalidArgumentException("countEach",
          "must be at least 0 and less than 'required' (" + required + ")",
          "须不小于0且小于'required'(" + required + ")", countEach);
    }
    if (end.isBefore(start)) {
      throw new InvalidArgumentException("end", "must not be before 'start' (" + start + ")",
          "不得早于'start'(" + start + ")", end);
    }
  }

  /**
   * The number of periods in {@code runs} together: the number of short periods.
   *
   * @throws IllegalArgumentException if the runs hold more than {@link Integer#MAX_VALUE} periods
   *     together, which only runs made by hand can do; an int sum would wrap to a negative count
   *     and pass the check that runs hold no more periods than were checked
   */
  public static int periodsIn(List<CadenceShortfall> runs) {
    long sum = 0;
    for (CadenceShortfall run : runs) {
      sum += run.periods;
    }
    if (sum > Integer.MAX_VALUE) {
      // What is refused is the runs' sum, not a value the caller passed, so this names no
      // argument value; its message is pinned by CadenceTest.
      throw new IllegalArgumentException("'runs' must hold at most " + Integer.MAX_VALUE
          + " periods together but held " + sum);
    }
    return (int) sum;
  }

  /** Whether the run is a single period. */
  public boolean single() {
    return periods == 1;
  }
}
