package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The weekly report on the teams for one ISO week, for example 2024-W23 (Monday 3 June to Sunday
 * 9 June 2024): each roster team's week, in roster order.
 */
@Value.Immutable
@JsonSerialize(as = WeeklyTeamReport.class)
@JsonDeserialize(as = WeeklyTeamReport.class)
abstract class AbstractWeeklyTeamReport {

  public abstract String planId();

  /** The ISO week, for example {@code 2024-W23}. */
  public abstract String week();

  /** Its Monday. */
  // "from" is a field of the JSON and the OpenAPI document, so it keeps its name; Immutables then
  // leaves out its builder's from(instance) copy method, which nothing calls, and says so.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** Its Sunday, the last day counted. */
  public abstract LocalDate through();

  public abstract List<TeamWeek> teams();
}
