package org.planmetrics.metrics.observation;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.Violation;

/**
 * The checks of {@link ObservationChecks} that concern teams: the roster (unique ids, units of
 * the plan) and the {@code team} and {@code direction} that projects and events name. A team's
 * own rules (a blank id or name, its tasks) are {@link TeamRules}, which a {@link RosterTeam}
 * holds to when it is built.
 */
final class TeamChecks {

  private TeamChecks() {}

  static void check(ImmutableList.Builder<Violation> out, Observations observations, Plan plan) {
    Set<String> unitIds = plan.units().stream().map(ResponsibleUnit::id)
        .collect(Collectors.toSet());
    Map<String, Integer> firstIndex = new HashMap<>();
    List<RosterTeam> teams = observations.teams();
    for (int i = 0; i < teams.size(); i++) {
      RosterTeam team = teams.get(i);
      String at = "/teams/" + i;
      // The team's own rules (TeamRules: blank names, tasks) hold already: it could not be
      // built otherwise.
      Integer earlier = firstIndex.putIfAbsent(team.id(), i);
      if (earlier != null) {
        out.add(violation(at + "/id", "duplicate-id", "'id' must be unique but '" + team.id()
            + "' is also used at /teams/" + earlier, zh("id") + "须唯一,但'" + team.id()
            + "'在/teams/" + earlier + "已使用", team.id()));
      }
      for (int u = 0; u < team.units().size(); u++) {
        String unit = team.units().get(u);
        if (!unitIds.contains(unit)) {
          out.add(violation(at + "/units/" + u, "unknown-unit", "'units' must name units of "
              + "plan '" + plan.id() + "' but had '" + unit + "'", zh("units") + "须为方案'"
              + plan.id() + "'的责任单位,实有'" + unit + "'", unit));
        }
      }
    }
    Set<String> directionIds = plan.keyDirections().stream().map(KeyDirection::id)
        .collect(Collectors.toSet());
    for (int i = 0; i < observations.projects().size(); i++) {
      LedgerProject project = observations.projects().get(i);
      String at = "/projects/" + i;
      project.team().ifPresent(team -> checkTeam(out, at + "/team", team, firstIndex));
      project.direction().filter(d -> !directionIds.contains(d)).ifPresent(direction ->
          out.add(violation(at + "/direction", "unknown-direction", "'direction' must name a "
              + "key direction of plan '" + plan.id() + "' but was '" + direction + "'",
              zh("direction") + "须为方案'" + plan.id() + "'的重点方向,实为'" + direction + "'",
              direction)));
    }
    for (int i = 0; i < observations.events().size(); i++) {
      String at = "/events/" + i + "/team";
      observations.events().get(i).team().ifPresent(team ->
          checkTeam(out, at, team, firstIndex));
    }
  }

  private static void checkTeam(ImmutableList.Builder<Violation> out, String at, String team,
      Map<String, Integer> rosterIndex) {
    if (!rosterIndex.containsKey(team)) {
      out.add(violation(at, "unknown-team", "'team' must name a team of 'teams' but was '"
          + team + "'", zh("team") + "须为" + zh("teams") + "中的组团,实为'" + team + "'", team));
    }
  }

  private static Violation violation(String pointer, String rule, String message,
      String messageZh, String value) {
    return ObservationChecks.violation(pointer, rule, message, messageZh, value);
  }

  private static String zh(String field) {
    return ObservationFields.zh(field);
  }
}
