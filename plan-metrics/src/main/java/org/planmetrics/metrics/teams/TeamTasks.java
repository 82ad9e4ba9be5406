package org.planmetrics.metrics.teams;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.model.TeamMetric;

/** A roster team's tasks, as the team reports read them. */
final class TeamTasks {

  private TeamTasks() {}

  /**
   * The team's tasks for {@code year}, by metric. Every one names a known metric and is above 0:
   * a team whose tasks do not cannot be built (TeamRules).
   */
  static Map<TeamMetric, BigDecimal> of(RosterTeam team, int year) {
    Map<TeamMetric, BigDecimal> tasks = new EnumMap<>(TeamMetric.class);
    team.tasks().getOrDefault(String.valueOf(year), Map.of()).forEach((id, task) ->
        tasks.put(TeamMetric.fromId(id).orElseThrow(), task));
    return tasks;
  }
}
