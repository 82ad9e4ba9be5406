package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * When a project followed from signing to production (从项目签约到投产实行全过程督查, 四.(二).5)
 * counts as stalled: signed and not started for more than {@link #daysToStart()} days, or started
 * and not producing for more than {@link #daysToProduce()} days.
 *
 * <p>The text sets no deadline, so both are readings of this project; {@link #rationale()} says
 * why, and every list of stalled projects shows it.
 */
@Value.Immutable
@JsonSerialize(as = StalledProjectRule.class)
@JsonDeserialize(as = StalledProjectRule.class)
public abstract class AbstractStalledProjectRule {

  /** Days from signing after which a project not yet started is stalled: 180 unless given. */
  @Value.Default
  public int daysToStart() {
    return 180;
  }

  /** Days from the start after which a project not yet producing is stalled: 540 unless given. */
  @Value.Default
  public int daysToProduce() {
    return 540;
  }

  /** Why these deadlines, since the text gives none. */
  @Value.Default
  public LocalizedText rationale() {
    return LocalizedText.of(
        "原文只要求“从项目签约到投产实行全过程督查”,未规定期限。本项目的理解:签约后超过180天仍未开工、"
            + "开工后超过540天仍未投产的项目列为滞缓项目。180天即半年,是招商项目常用的签约到开工期限;"
            + "540天即一年半,是工业项目常见的建设期。",
        "The text asks only that projects be supervised from signing to production and sets no "
            + "deadline. This project's reading: a project not started more than 180 days after "
            + "signing, or not producing more than 540 days after its start, is listed as "
            + "stalled. 180 days (half a year) is a usual deadline from signing to start for "
            + "investment projects; 540 days (a year and a half) a usual construction period of "
            + "an industrial project.");
  }
}
