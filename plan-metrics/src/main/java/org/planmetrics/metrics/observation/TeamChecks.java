package org.planmetrics.metrics.observation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.Violation;

/**
 * The checks of {@link ObservationChecks} that concern teams and need the plan: the units of the
 * roster's teams, the key {@code direction} and the {@code unit} that projects name must be the
 * plan's. A team's own rules (a blank id or name, its tasks) are {@link TeamRules}, and the
 * roster's (ids given twice, teams that projects and events name but the roster has not) {@link
 * ObservationRules}, which observations hold to when they are built.
 */
final class TeamChecks {

  private TeamChecks() {}

  static void check(ImmutableList.Builder<Violation> out, Observations observations, Plan plan) {
    Set<String> unitIds = plan.units().stream().map(ResponsibleUnit::id)
        .collect(Collectors.toSet());
    List<RosterTeam> teams = observations.teams();
    for (int i = 0; i < teams.size(); i++) {
      RosterTeam team = teams.get(i);
      for (int u = 0; u < team.units().size(); u++) {
        String unit = team.units().get(u);
        if (!unitIds.contains(unit)) {
          out.add(ObservationChecks.violation("/teams/" + i + "/units/" + u, "unknown-unit",
              "'units' must name units of plan '" + plan.id() + "' but had '" + unit + "'",
              ObservationChecks.zh("units") + "须为方案'" + plan.id() + "'的责任单位,实有'" + unit
                  + "'", unit));
        }
      }
    }
    List<LedgerProject> projects = observations.projects();
    for (int i = 0; i < projects.size(); i++) {
      String at = "/projects/" + i + "/unit";
      projects.get(i).unit().filter(unit -> !unitIds.contains(unit)).ifPresent(unit ->
          out.add(ObservationChecks.violation(at, "unknown-unit", "'unit' must name a unit of "
              + "plan '" + plan.id() + "' but was '" + unit + "'", ObservationChecks.zh("unit")
              + "须为方案'" + plan.id() + "'的责任单位,实为'" + unit + "'", unit)));
    }
    Set<String> directionIds = plan.keyDirections().stream().map(KeyDirection::id)
        .collect(Collectors.toSet());
    for (int i = 0; i < observations.projects().size(); i++) {
      String at = "/projects/" + i + "/direction";
      observations.projects().get(i).direction().filter(d -> !directionIds.contains(d))
          .ifPresent(direction -> out.add(ObservationChecks.violation(at, "unknown-direction",
              "'direction' must name a key direction of plan '" + plan.id() + "' but was '"
                  + direction + "'", ObservationChecks.zh("direction") + "须为方案'" + plan.id()
                  + "'的重点方向,实为'" + direction + "'", direction)));
    }
  }
}
