package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.planmetrics.model.InvalidArgumentException;

/**
 * How one period of a reporting cadence went, for example {@code 2024-03}: 1 team meeting held
 * from 2024-03-01 to 2024-03-31 where 2 were required, so not met.
 *
 * @param label the period's name: {@code 2022-W05} (ISO week), {@code 2022-03} (month), {@code
 *     2022-Q1} (quarter) or {@code 2022} (year)
 * @param start the period's first day
 * @param end the period's last day, inclusive
 * @param count the events logged from {@code start} to {@code end}, both inclusive
 * @param required the fewest events the cadence asks for in a period
 * @param met whether {@code count} reaches {@code required}
 */
public record CadencePeriodResult(
    // Named explicitly: the project's JSON settings only see annotated properties.
    @JsonProperty("label") String label,
    @JsonProperty("start") LocalDate start,
    @JsonProperty("end") LocalDate end,
    @JsonProperty("count") int count,
    @JsonProperty("required") int required,
    @JsonProperty("met") boolean met) {

  /**
   * Checks that the label and dates are present, the counts are not negative and {@code met}
   * agrees with them, so that no caller can hand {@link Cadences#shortfalls} a period that is
   * both short and met.
   */
  public CadencePeriodResult {
    requireNonNull(label, "'label' must not be null");
    requireNonNull(start, "'start' must not be null");
    requireNonNull(end, "'end' must not be null");
    if (count < 0 || required < 0) {
      // About two arguments at once, so there is no one argument to name: a plain
      // IllegalArgumentException, whose message is pinned by CadencesTest.
      throw new IllegalArgumentException("'count' and 'required' must not be negative but were "
          + count + " and " + required);
    }
    if (met != (count >= required)) {
      throw new InvalidArgumentException("met",
          "must be whether 'count' (" + count + ") reaches 'required' (" + required + ")",
          "须为'count'(" + count + ")是否达到'required'(" + required + ")", met);
    }
  }
}
