package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Quantity;

/**
 * One unit against its figure, for example 北区工业园: 560万元 of 800万元 signed by 31 May, 70.0%
 * done against time progress 41.7%, ON_TRACK, rank 1 of 3.
 */
@Value.Immutable
@JsonSerialize(as = UnitQuotaStanding.class)
@JsonDeserialize(as = UnitQuotaStanding.class)
abstract class AbstractUnitQuotaStanding {

  /** The id of the plan's unit. */
  public abstract String unit();

  public abstract LocalizedText name();

  /** The figure for the year, in the unit the plan writes it in. */
  public abstract Quantity task();

  /** The figure from 1 January through the month's end, in the task's unit. */
  public abstract Quantity actual();

  /** Actual ÷ task, a fraction. */
  public abstract BigDecimal completion();

  /** Completion − time progress, in percentage points. */
  public abstract BigDecimal gapPercentagePoints();

  /**
   * MET once the task is reached; MISSED if December ends short of it; else ON_TRACK when the
   * completion keeps up with the time progress, BEHIND when it does not.
   */
  public abstract Status status();

  /** The competition rank by completion among the quota's units: 1, 2, 2, 4. */
  public abstract int rank();

  /** The unit's line, as a bulletin would put it. */
  public abstract LocalizedText summary();
}
