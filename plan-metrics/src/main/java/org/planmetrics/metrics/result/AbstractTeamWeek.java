package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * One team's week (每周通报各招商组团招商活动详情, 四.(二).5): its activities by kind, the projects it
 * signed that week, and its figures from 1 January through the week's last day against its tasks.
 */
@Value.Immutable
@JsonSerialize(as = TeamWeek.class)
@JsonDeserialize(as = TeamWeek.class)
abstract class AbstractTeamWeek {

  public abstract String team();

  public abstract LocalizedText name();

  /** Each kind logged that week, in the order first logged. */
  public abstract List<ActivityCount> activities();

  /** The projects signed that week, in ledger order. */
  public abstract List<SignedProject> signed();

  /** The investment signed that week, in 亿元. */
  public abstract BigDecimal signedInvestment();

  /**
   * Every metric from 1 January through the week's end, with the task and the completion where
   * there is a task (no gap or rank: a week is not ranked, the month is).
   */
  public abstract List<TeamMetricStanding> yearToDate();

  public abstract LocalizedText summary();
}
