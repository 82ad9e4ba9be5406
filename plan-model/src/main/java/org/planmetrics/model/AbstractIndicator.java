package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Unit;

/**
 * A statistical measure the plan sets targets on, for example {@code foreign-capital-utilized}
 * (实际利用外资) in 亿美元.
 */
@Value.Immutable
@JsonSerialize(as = Indicator.class)
@JsonDeserialize(as = Indicator.class)
public abstract class AbstractIndicator {

  /** A stable kebab-case id, for example {@code cash-fdi}. */
  public abstract String id();

  public abstract LocalizedText name();

  /** The unit every figure of this indicator is reported in. */
  public abstract Unit unit();

  /**
   * Whether the figures add up over time ({@code FLOW}, the default), are a running total at a
   * date ({@code STOCK}) or a level or rate ({@code LEVEL}). Only a flow is summed by {@code
   * CUMULATIVE_AMOUNT} and {@code PERIOD_AMOUNT} targets; a {@code LEVEL} target reads one
   * year's figure of a stock or a level.
   */
  @Value.Default
  public IndicatorNature nature() {
    return IndicatorNature.FLOW;
  }

  /** What exactly is counted (口径), and any break in the series that makes years incomparable. */
  public abstract Optional<LocalizedText> caliberNote();
}
