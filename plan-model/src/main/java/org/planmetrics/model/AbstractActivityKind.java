package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A kind of investment promotion activity (招商活动) a team logs, beside the meetings and
 * bulletins of the cadences, for example {@code VISIT}: 重点客商亲自走访 (五.2). Team activities are
 * counted for the team ranking and the weekly report; they are not scored as a duty.
 */
@Value.Immutable
@JsonSerialize(as = ActivityKind.class)
@JsonDeserialize(as = ActivityKind.class)
public abstract class AbstractActivityKind {

  /** The kind as events write it, in UPPER_SNAKE_CASE, for example {@code VISIT}. */
  public abstract String kind();

  public abstract LocalizedText name();

  /** The clause that asks for it, for example 五.2. */
  public abstract String clause();
}
