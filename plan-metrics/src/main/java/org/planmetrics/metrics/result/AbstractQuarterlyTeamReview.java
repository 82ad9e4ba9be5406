package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The quarterly review of the teams' tasks (每季考评任务完成情况, 四.(二).5), for example 2024-Q2:
 * each roster team's tasks for the year, judged at the quarter's end.
 */
@Value.Immutable
@JsonSerialize(as = QuarterlyTeamReview.class)
@JsonDeserialize(as = QuarterlyTeamReview.class)
abstract class AbstractQuarterlyTeamReview {

  public abstract String planId();

  /** For example {@code 2024-Q2}. */
  public abstract String quarter();

  /** The quarter's last day, the last day counted. */
  public abstract LocalDate through();

  /** Months elapsed ÷ 12: 0.25, 0.5, 0.75 or 1. */
  public abstract BigDecimal timeProgress();

  public abstract List<TeamQuarter> teams();
}
