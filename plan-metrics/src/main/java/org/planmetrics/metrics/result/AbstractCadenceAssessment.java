package org.planmetrics.metrics.result;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.LocalizedText;

/**
 * How one reporting cadence was kept, for example {@code team-meetings-monthly} in the bundled
 * sample as of 2024-06-30: 30 months checked, 2 short (2022-03 with 1 meeting, 2023-08 with 0),
 * MISSED.
 *
 * <p>The short periods are given as runs ({@link CadenceShortfall}): 77 weeks in a row without a
 * bulletin are one entry. {@link org.planmetrics.metrics.Cadences#compliance} gives every period
 * one by one.
 */
@Value.Immutable
// periodsShort is derived: written (beside periodsChecked, where it reads best; Jackson would put
// it last) and, when read, recomputed from the runs rather than taken from the input.
@JsonIgnoreProperties(value = "periodsShort", allowGetters = true)
@JsonPropertyOrder({"cadenceId", "kind", "period", "minimumCount", "countsFrom", "status",
    "periodsChecked", "periodsShort", "shortfalls", "readings", "explanation"})
@JsonSerialize(as = CadenceAssessment.class)
@JsonDeserialize(as = CadenceAssessment.class)
abstract class AbstractCadenceAssessment {

  public abstract String cadenceId();

  public abstract String kind();

  public abstract CadencePeriod period();

  public abstract int minimumCount();

  /**
   * The first period counted: the first that starts on or after the day the plan's duties start,
   * for example {@code 2023-01} (monthly) or {@code 2022-W52} (weekly) for the bundled plan,
   * whose duties count from its issue date, 2022-12-22.
   */
  public abstract String countsFrom();

  public abstract Status status();

  /** The number of finished periods checked, from {@link #countsFrom()} to the window's end. */
  public abstract int periodsChecked();

  /**
   * The number of finished periods that fell short: the sum of the runs' {@code periods}, derived
   * from them so that the two cannot disagree.
   */
  @Value.Derived
  public int periodsShort() {
    return CadenceShortfall.periodsIn(shortfalls());
  }

  /**
   * The finished periods that fell short, in order, as runs of consecutive periods with the same
   * count (see {@link org.planmetrics.metrics.Cadences#shortfalls}).
   */
  public abstract List<CadenceShortfall> shortfalls();

  /**
   * The ids of the readings the check relies on (the window, {@code duties-start}, …); the
   * explanation names them too.
   */
  public abstract List<String> readings();

  public abstract LocalizedText explanation();

  /** Refuses an assessment, for example one read from JSON, with more short periods than checked. */
  @Value.Check
  protected void check() {
    if (periodsShort() > periodsChecked()) {
      throw new IllegalStateException("the runs in 'shortfalls' hold " + periodsShort()
          + " periods, more than 'periodsChecked' (" + periodsChecked() + ")");
    }
  }
}
