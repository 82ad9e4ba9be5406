package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/** How many events of one kind a team logged in a week, for example 2 × VISIT (走访客商). */
@Value.Immutable
@JsonSerialize(as = ActivityCount.class)
@JsonDeserialize(as = ActivityCount.class)
abstract class AbstractActivityCount {

  public abstract String kind();

  /** The kind's name in the plan: its activity kind's, or the first cadence's of that kind. */
  public abstract LocalizedText name();

  public abstract int count();
}
