package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One of the plan's goals (目标任务) with the targets that make it checkable, for example
 * {@code opening-up} (二.1 扩大开放水平稳步提升) with its seven targets.
 */
@Value.Immutable
@JsonSerialize(as = Goal.class)
@JsonDeserialize(as = Goal.class)
public abstract class AbstractGoal {

  public abstract String id();

  public abstract String clause();

  public abstract LocalizedText title();

  /** The goal's whole paragraph after its title. */
  public abstract LocalizedText text();

  /** The targets in the document's order. */
  public abstract List<Target> targets();
}
