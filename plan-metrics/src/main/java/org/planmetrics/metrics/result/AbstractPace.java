package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Quantity;

/**
 * Progress against elapsed time (序时进度), for example completion 0.729 of the target after 24 of
 * 36 months (time progress 0.667), 6.2 percentage points ahead, 1.90 亿美元 still to go.
 */
@Value.Immutable
@JsonSerialize(as = Pace.class)
@JsonDeserialize(as = Pace.class)
abstract class AbstractPace {

  /** Achieved ÷ target, a fraction. */
  public abstract BigDecimal completion();

  /** Months covered ÷ months in the span, a fraction. */
  public abstract BigDecimal timeProgress();

  /** (completion − time progress) × 100: positive is ahead of schedule (超序时进度). */
  public abstract BigDecimal gapPercentagePoints();

  public abstract int monthsCovered();

  public abstract int monthsInSpan();

  /** What is still needed to reach the target; zero once it is reached. */
  public abstract Quantity remaining();
}
