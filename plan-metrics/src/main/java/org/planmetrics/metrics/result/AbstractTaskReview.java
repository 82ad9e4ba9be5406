package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.quantity.Unit;

/**
 * One task of a team at a quarter's end (每季考评任务完成情况), for example signed investment 53 of
 * 200 亿元 at the end of June: 26.5% against a time progress of 50%, BEHIND.
 */
@Value.Immutable
@JsonSerialize(as = TaskReview.class)
@JsonDeserialize(as = TaskReview.class)
abstract class AbstractTaskReview {

  public abstract TeamMetric metric();

  public abstract Unit unit();

  public abstract BigDecimal actual();

  public abstract BigDecimal task();

  /** actual ÷ task, a fraction. */
  public abstract BigDecimal completion();

  /** (completion − time progress) × 100. */
  public abstract BigDecimal gapPercentagePoints();

  /**
   * MET once the task is reached; else MISSED when the year is over (Q4); else ON_TRACK when the
   * completion keeps up with the time progress, BEHIND when not: the rule of the plan's
   * cumulative targets.
   */
  public abstract Status status();
}
