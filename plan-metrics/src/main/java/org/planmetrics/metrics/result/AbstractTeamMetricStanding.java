package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.quantity.Unit;

/**
 * One team's figure on one metric in a month's ranking, for example signed investment of 31.25
 * 亿元 against an annual task of 50: completion 0.625, 20.8 percentage points ahead of the time progress of 5/12,
 * ranked 2nd among the teams with a task for it. Without a task only the actual is given.
 */
@Value.Immutable
@JsonSerialize(as = TeamMetricStanding.class)
@JsonDeserialize(as = TeamMetricStanding.class)
abstract class AbstractTeamMetricStanding {

  public abstract TeamMetric metric();

  /** The unit of {@link #actual()} and {@link #task()}: CNY_100M for investment, else COUNT. */
  public abstract Unit unit();

  /** The figure from 1 January through the ranking's date. */
  public abstract BigDecimal actual();

  /** The annual task, if the team has one for this metric. */
  public abstract Optional<BigDecimal> task();

  /** actual ÷ task, as a fraction (0.625 is 62.5%). */
  public abstract Optional<BigDecimal> completion();

  /**
   * (completion − time progress) × 100, in percentage points, as {@code Pace} gives it: above 0
   * ahead of the schedule (超序时进度), below 0 behind it.
   */
  public abstract Optional<BigDecimal> gapPercentagePoints();

  /** The competition rank (1, 2, 2, 4) by completion among the teams with a task for it. */
  public abstract Optional<Integer> rank();
}
