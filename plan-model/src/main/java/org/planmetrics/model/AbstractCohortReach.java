package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The stage a cohort's projects must reach, and by when, for a {@link TargetKind#COHORT_RATE}
 * target: {@code {"stage": "STARTED", "within": "SAME_YEAR"}} for "签约项目当年开工率", the projects
 * signed in a year that have started by 31 December of that year.
 */
@Value.Immutable
@JsonSerialize(as = CohortReach.class)
@JsonDeserialize(as = CohortReach.class)
public abstract class AbstractCohortReach {

  /** The stage to reach, for example {@code STARTED} (开工率) or {@code PRODUCING} (投产率). */
  public abstract CountingStage stage();

  /** By when a project of a year's cohort must reach it. */
  public abstract Deadline within();

  /** The deadline of a cohort year Y. */
  public enum Deadline {
    /** 当年: by 31 December of Y. */
    SAME_YEAR,
    /** 次年: by 31 December of Y + 1. */
    NEXT_YEAR;

    /** The last year in which a project of cohort {@code year} may reach the stage. */
    public int lastYear(int year) {
      return this == SAME_YEAR ? year : year + 1;
    }
  }
}
