package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.StalledProjectRule;

/**
 * Projects followed from signing to production (全过程督查, 四.(二).5) over the plan's window, as
 * of a date: how many were signed, started and producing, the conversion rates, the median days
 * between the stages, and the projects that have stalled under the plan's rule.
 */
@Value.Immutable
@JsonSerialize(as = ProjectFunnel.class)
@JsonDeserialize(as = ProjectFunnel.class)
abstract class AbstractProjectFunnel {

  public abstract String planId();

  /** The first day counted: 1 January of the window's first year. */
  // "from" is a field of the JSON and the OpenAPI document, so it keeps its name; Immutables then
  // leaves out its builder's from(instance) copy method, which nothing calls, and says so.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** The last day counted: the observations' as-of date. */
  public abstract LocalDate asOf();

  /** Projects signed from {@link #from()} through {@link #asOf()}. */
  public abstract int signed();

  /** Of those, the projects started by {@link #asOf()}. */
  public abstract int started();

  /** Of those, the projects producing by {@link #asOf()}. */
  public abstract int producing();

  /** started ÷ signed (开工率), a fraction; empty when nothing was signed. */
  public abstract Optional<BigDecimal> startRate();

  /** producing ÷ started (投产率 of the started projects), a fraction; empty when none started. */
  public abstract Optional<BigDecimal> productionRate();

  /** The median days from signing to start, over the started projects; empty if none. */
  public abstract Optional<BigDecimal> medianDaysToStart();

  /** The median days from start to production, over the producing projects; empty if none. */
  public abstract Optional<BigDecimal> medianDaysToProduce();

  /** The plan's deadlines, with the note that they are a reading. */
  public abstract StalledProjectRule rule();

  /** Stalled projects, longest wait first. */
  public abstract List<StalledProject> stalled();
}
