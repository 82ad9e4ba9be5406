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
 * metrics are the ids of {@link org.planmetrics.model.TeamMetric}. A team holds to {@link
 * TeamRules} however it is made: {@code build()} throws {@link
 * org.planmetrics.model.InvalidArgumentException} for a blank id or name, a year not {@code
 * YYYY}, an unknown metric, or a task not above 0 or, for a count, not whole, as JSON, CSV and
 * workbooks refuse them. Whether its units are the plan's needs the plan: {@link
 * ObservationChecks} reports unknown ones.
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

  /**
   * Copies the inner task maps a caller could still change (see {@link InnerMapCopies}), and
   * refuses a team that breaks a rule of {@link TeamRules}, with the first rule broken, so that
   * no reader and no assessment ever sees one.
   *
   * @throws org.planmetrics.model.InvalidArgumentException naming the field, the rule and the
   *     value, for example "'tasks/2023/signed-investment' must be above 0 but was 0"
   * @throws NullPointerException for a null task, naming it
   */
  @Value.Check
  protected AbstractRosterTeam check() {
    if (!InnerMapCopies.allCopied(tasks())) {
      // The copy is checked as it is built.
      return RosterTeam.builder().from(this)
          .tasks(InnerMapCopies.withInnerCopies("tasks", tasks())).build();
    }
    BrokenRule.refuseFirst(TeamRules.broken(id(), name(), tasks()));
    return this;
  }
}
