package org.planmetrics.metrics.observation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.quantity.Unit;

/**
 * The checks of {@link ObservationChecks} that concern teams: the roster (unique ids, units of
 * the plan, tasks by year for known metrics, each above 0) and the {@code team} and {@code
 * direction} that projects and events name.
 */
final class TeamChecks {

  private static final String METRIC_IDS = Arrays.stream(TeamMetric.values())
      .map(TeamMetric::id).collect(Collectors.joining(", "));

  private TeamChecks() {}

  static void check(ImmutableList.Builder<Violation> out, Observations observations, Plan plan) {
    Set<String> unitIds = plan.units().stream().map(ResponsibleUnit::id)
        .collect(Collectors.toSet());
    Map<String, Integer> firstIndex = new HashMap<>();
    List<RosterTeam> teams = observations.teams();
    for (int i = 0; i < teams.size(); i++) {
      RosterTeam team = teams.get(i);
      String at = "/teams/" + i;
      // A blank id or name would print as a line with no team in the bulletin.
      if (team.id().isBlank()) {
        out.add(violation(at + "/id", "blank", "'id' must not be blank but was '" + team.id()
            + "'", team.id()));
      }
      if (team.name().zh().isBlank()) {
        out.add(violation(at + "/name/zh", "blank", "'zh' must not be blank but was '"
            + team.name().zh() + "'", team.name().zh()));
      }
      if (team.name().en().isBlank()) {
        out.add(violation(at + "/name/en", "blank", "'en' must not be blank but was '"
            + team.name().en() + "'", team.name().en()));
      }
      Integer earlier = firstIndex.putIfAbsent(team.id(), i);
      if (earlier != null) {
        out.add(violation(at + "/id", "duplicate-id", "'id' must be unique but '" + team.id()
            + "' is also used at /teams/" + earlier, team.id()));
      }
      for (int u = 0; u < team.units().size(); u++) {
        String unit = team.units().get(u);
        if (!unitIds.contains(unit)) {
          out.add(violation(at + "/units/" + u, "unknown-unit", "'units' must name units of "
              + "plan '" + plan.id() + "' but had '" + unit + "'", unit));
        }
      }
      team.tasks().forEach((year, tasks) -> checkTasks(out,
          at + "/tasks/" + PlanJson.pointerSegment(year), year, tasks));
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
              direction)));
    }
    for (int i = 0; i < observations.events().size(); i++) {
      String at = "/events/" + i + "/team";
      observations.events().get(i).team().ifPresent(team ->
          checkTeam(out, at, team, firstIndex));
    }
  }

  private static void checkTasks(ImmutableList.Builder<Violation> out, String at, String year,
      Map<String, BigDecimal> tasks) {
    if (!year.matches("\\d{4}")) {
      out.add(violation(at, "bad-period", "tasks must be keyed by a year YYYY but had '" + year
          + "'", year));
    }
    tasks.forEach((metric, task) -> {
      String taskAt = at + "/" + PlanJson.pointerSegment(metric);
      if (TeamMetric.fromId(metric).isEmpty()) {
        out.add(violation(taskAt, "unknown-metric", "a task's metric must be one of "
            + METRIC_IDS + " but was '" + metric + "'", metric));
      } else if (task == null) {
        out.add(violation(taskAt, "missing-value", "the task for '" + metric
            + "' must be a number but was null", null));
      } else if (task.signum() <= 0) {
        out.add(violation(taskAt, "not-positive", "the task for '" + metric + "' must be above "
            + "0 but was " + task.toPlainString() + "; leave a metric out when the team has no "
            + "task for it", task.toPlainString()));
      } else if (TeamMetric.fromId(metric).get().unit() == Unit.COUNT
          && task.stripTrailingZeros().scale() > 0) {
        out.add(violation(taskAt, "not-whole", "the task for '" + metric + "' counts projects "
            + "or activities and must be a whole number but was " + task.toPlainString(),
            task.toPlainString()));
      }
    });
  }

  private static void checkTeam(ImmutableList.Builder<Violation> out, String at, String team,
      Map<String, Integer> rosterIndex) {
    if (!rosterIndex.containsKey(team)) {
      out.add(violation(at, "unknown-team", "'team' must name a team of 'teams' but was '"
          + team + "'", team));
    }
  }

  private static Violation violation(String pointer, String rule, String message,
      String value) {
    return Violation.of(pointer, rule, message, Optional.ofNullable(value));
  }
}
