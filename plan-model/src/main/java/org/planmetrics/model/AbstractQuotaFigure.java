package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Quantity;

/** One unit's figure in a quota, for example {@code industrial-park}: 800万元. */
@Value.Immutable
@JsonSerialize(as = QuotaFigure.class)
@JsonDeserialize(as = QuotaFigure.class)
public abstract class AbstractQuotaFigure {

  /** The id of one of the plan's {@code units}. */
  public abstract String unit();

  /**
   * The unit's task for the year, in the metric's unit or, for an amount, any scale of its
   * currency (800 {@code CNY_10K} for a metric counted in 亿元).
   */
  public abstract Quantity task();
}
