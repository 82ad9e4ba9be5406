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
            + "'", zh("id") + "不得为空,实为'" + team.id() + "'", team.id()));
      }
      if (team.name().zh().isBlank()) {
        out.add(violation(at + "/name/zh", "blank", "'zh' must not be blank but was '"
            + team.name().zh() + "'", "组团的" + zh("zh") + "不得为空,实为'" + team.name().zh()
            + "'", team.name().zh()));
      }
      if (team.name().en().isBlank()) {
        out.add(violation(at + "/name/en", "blank", "'en' must not be blank but was '"
            + team.name().en() + "'", "组团的" + zh("en") + "不得为空,实为'" + team.name().en()
            + "'", team.name().en()));
      }
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
              zh("direction") + "须为方案'" + plan.id() + "'的重点方向,实为'" + direction + "'",
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
          + "'", "年度任务须按年份YYYY填写,实有'" + year + "'", year));
    }
    tasks.forEach((metric, task) -> {
      String taskAt = at + "/" + PlanJson.pointerSegment(metric);
      if (TeamMetric.fromId(metric).isEmpty()) {
        out.add(violation(taskAt, "unknown-metric", "a task's metric must be one of "
            + METRIC_IDS + " but was '" + metric + "'", "任务指标须为" + METRIC_IDS.replace(", ", "、")
            + "之一,实为'" + metric + "'", metric));
      } else if (task == null) {
        out.add(violation(taskAt, "missing-value", "the task for '" + metric
            + "' must be a number but was null", "'" + metric + "'的任务须为数字,实为null", null));
      } else if (task.signum() <= 0) {
        out.add(violation(taskAt, "not-positive", "the task for '" + metric + "' must be above "
            + "0 but was " + task.toPlainString() + "; leave a metric out when the team has no "
            + "task for it", "'" + metric + "'的任务须大于0,实为" + task.toPlainString()
            + ";组团没有此项任务时不填即可", task.toPlainString()));
      } else if (TeamMetric.fromId(metric).get().unit() == Unit.COUNT
          && task.stripTrailingZeros().scale() > 0) {
        out.add(violation(taskAt, "not-whole", "the task for '" + metric + "' counts projects "
            + "or activities and must be a whole number but was " + task.toPlainString(),
            "'" + metric + "'的任务按项目或活动的个数计,须为整数,实为" + task.toPlainString(),
            task.toPlainString()));
      }
    });
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
