package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/** A goal's status: the worst of its targets', for example {@code big-projects}: BEHIND. */
@Value.Immutable
@JsonSerialize(as = GoalStatus.class)
@JsonDeserialize(as = GoalStatus.class)
abstract class AbstractGoalStatus {

  public abstract String goalId();

  public abstract LocalizedText title();

  public abstract Status status();
}
