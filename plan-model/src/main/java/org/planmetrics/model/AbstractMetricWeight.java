package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** A metric that counts in the team ranking, with its weight, for example signed-investment × 2. */
@Value.Immutable
@JsonSerialize(as = MetricWeight.class)
@JsonDeserialize(as = MetricWeight.class)
public abstract class AbstractMetricWeight {

  @Value.Parameter
  public abstract TeamMetric metric();

  /** The weight in the mean of completions; 1 unless given. Must be above 0. */
  @Value.Default
  @Value.Parameter
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }
}
