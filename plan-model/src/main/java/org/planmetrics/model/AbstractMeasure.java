package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One of the plan's measures (重点举措), for example {@code investment-group-structure},
 * 四.(二).1 优化招商组团结构, a {@code MECHANISM}.
 */
@Value.Immutable
@JsonSerialize(as = Measure.class)
@JsonDeserialize(as = Measure.class)
public abstract class AbstractMeasure implements ResponsibilityHolder {

  public abstract MeasureCategory category();
}
