package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The key directions measured (三): the projects signed over the plan's window through a date, by
 * key direction and by team, each with its investment, its share of the total and its major
 * projects, and the projects that belong to no direction or no team.
 */
@Value.Immutable
@JsonSerialize(as = ProjectBreakdown.class)
@JsonDeserialize(as = ProjectBreakdown.class)
abstract class AbstractProjectBreakdown {

  public abstract String planId();

  // "from" is a field of the JSON and the OpenAPI document, so it keeps its name; Immutables then
  // leaves out its builder's from(instance) copy method, which nothing calls, and says so.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  public abstract LocalDate asOf();

  /** All projects counted. */
  public abstract int projects();

  /** Their investment, in 亿元. */
  public abstract BigDecimal investment();

  /** Each key direction in plan order, then the projects with no direction. */
  public abstract List<ProjectGroup> byDirection();

  /** Each roster team in roster order, then the projects with no team. */
  public abstract List<ProjectGroup> byTeam();
}
