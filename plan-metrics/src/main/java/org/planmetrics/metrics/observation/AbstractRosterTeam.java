package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * One team (招商组团) on the investment office's roster, with its member units and the tasks it was
 * given for each year (将工作任务细化到项目、分解到节点、落实到人头), for example:
 *
 * <pre>{@code
 * {"id": "team-1", "name": {"zh": "招商一组", "en": "Team 1"},
 *  "units": ["commerce-bureau"],
 *  "tasks": {"2023": {"signed-investment": 50, "signed-projects": 4}}}
 * }</pre>
 *
 * <p>The roster is the office's decision for the year, so it comes with the observations; task
 * metrics are the ids of {@link org.planmetrics.model.TeamMetric}. {@link ObservationChecks}
 * reports unknown units and metrics, bad years and tasks that are not above 0.
 */
@Value.Immutable
@JsonSerialize(as = RosterTeam.class)
@JsonDeserialize(as = RosterTeam.class)
abstract class AbstractRosterTeam {

  /** The id that projects and events name in their {@code team}, for example {@code team-1}. */
  public abstract String id();

  public abstract LocalizedText name();

  /** The plan's units that make up the team. */
  public abstract List<String> units();

  /** Year {@code "YYYY"} → metric id → the annual task, in the metric's unit. */
  public abstract Map<String, Map<String, BigDecimal>> tasks();

  /** Copies the inner task maps a caller could still change (see {@link InnerMapCopies}). */
  @Value.Check
  protected AbstractRosterTeam copyInnerMaps() {
    if (InnerMapCopies.allCopied(tasks())) {
      return this;
    }
    return RosterTeam.builder().from(this).tasks(InnerMapCopies.withInnerCopies(tasks())).build();
  }
}
