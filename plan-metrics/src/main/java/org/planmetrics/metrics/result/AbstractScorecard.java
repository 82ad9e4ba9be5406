package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.time.PlanWindow;

/**
 * Every target of a plan assessed on one date, in plan order, with each goal's status, the
 * cadence results (counted from {@link #dutiesStart()}), the duties shown but not scored and the
 * counts by status.
 */
@Value.Immutable
@JsonSerialize(as = Scorecard.class)
@JsonDeserialize(as = Scorecard.class)
abstract class AbstractScorecard {

  public abstract String planId();

  public abstract LocalDate asOf();

  public abstract PlanWindow window();

  /**
   * The day the plan's duties start to count ({@code Plan.dutiesStart()}), for example
   * 2022-12-22: the cadences count only the periods that start on or after it.
   */
  public abstract LocalDate dutiesStart();

  public abstract List<Assessment> assessments();

  public abstract List<GoalStatus> goals();

  public abstract List<CadenceAssessment> cadences();

  /** The duties the plan sets without a number, in plan order: shown, never scored. */
  public abstract List<UnscoredDuty> uncountedDuties();

  /** How many targets have each status; every status is present, zero included. */
  public abstract Map<Status, Integer> countsByStatus();

  /** The assessment of one target, if the plan has it. */
  public Optional<Assessment> assessment(String targetId) {
    return assessments().stream().filter(a -> a.targetId().equals(targetId)).findFirst();
  }
}
