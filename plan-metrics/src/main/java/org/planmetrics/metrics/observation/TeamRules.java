package org.planmetrics.metrics.observation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.quantity.Unit;

/**
 * The rules a roster team holds to whichever way it is made, for example
 * "'tasks/2023/signed-investment' must be above 0 but was 0": {@link RosterTeam} refuses to be
 * built against them (its {@code @Value.Check}), and the readers of JSON, CSV and workbooks
 * report every one they find, each at its field, before they build.
 *
 * <ul>
 *   <li>{@code blank}: the id and both names have more than spaces, since a blank one would print
 *       as a line with no team in the bulletin;
 *   <li>{@code bad-period}: tasks are keyed by a year {@code YYYY};
 *   <li>{@code unknown-metric}: each task names a {@link TeamMetric} by its id;
 *   <li>{@code not-positive}: each task is above 0 (a team without a task for a metric leaves it
 *       out);
 *   <li>{@code not-whole}: a task that counts projects or activities is a whole number.
 * </ul>
 *
 * <p>They need no plan. The rules that do, that each of {@link RosterTeam#units()} is a unit of
 * the plan, are {@link ObservationChecks}', at assessment time; that ids are unique and that
 * projects and events name a team of the roster are rules of the observations as a whole.
 */
public final class TeamRules {

  private static final String METRIC_IDS = Arrays.stream(TeamMetric.values())
      .map(TeamMetric::id).collect(Collectors.joining(", "));

  private TeamRules() {}

  /** Every rule the team breaks, in field order; empty when it may be built. */
  public static List<BrokenRule> broken(String id, LocalizedText name,
      Map<String, Map<String, BigDecimal>> tasks) {
    List<BrokenRule> out = new ArrayList<>(0);
    if (id.isBlank()) {
      out.add(BrokenRule.of("id", "blank", "must not be blank", "不得为空", id));
    }
    blankName(out, "zh", name.zh());
    blankName(out, "en", name.en());
    tasks.forEach((year, byMetric) -> {
      String at = "tasks/" + JsonPointers.segment(year);
      if (!year.matches("\\d{4}")) {
        out.add(new BrokenRule(at, "bad-period", "must be a year YYYY", "须为年份YYYY", year,
            "tasks must be keyed by a year YYYY but had '" + year + "'",
            "年度任务须按年份YYYY填写,实有'" + year + "'"));
      }
      byMetric.forEach((metric, task) -> taskRule(at + "/" + JsonPointers.segment(metric),
          metric, task).ifPresent(out::add));
    });
    return out;
  }

  /**
   * The team, with every rule it breaks; where it breaks one, built with stand-ins that keep the
   * rules: a blank id or name stands in as the field's own name, and a year or a task that
   * breaks a rule is left out.
   */
  public static Checked<RosterTeam> checked(String id, LocalizedText name, List<String> units,
      Map<String, Map<String, BigDecimal>> tasks) {
    List<BrokenRule> broken = broken(id, name, tasks);
    RosterTeam.Builder team = RosterTeam.builder().id(id).name(name).units(units);
    if (broken.isEmpty()) {
      return new Checked<>(team.tasks(tasks).build(), broken);
    }
    Map<String, Map<String, BigDecimal>> kept = new LinkedHashMap<>();
    tasks.forEach((year, byMetric) -> {
      if (year.matches("\\d{4}")) {
        Map<String, BigDecimal> keptTasks = new LinkedHashMap<>();
        byMetric.forEach((metric, task) -> {
          if (taskRule("", metric, task).isEmpty()) {
            keptTasks.put(metric, task);
          }
        });
        kept.put(year, keptTasks);
      }
    });
    return new Checked<>(team.id(id.isBlank() ? "id" : id)
        .name(LocalizedText.of(name.zh().isBlank() ? "zh" : name.zh(),
            name.en().isBlank() ? "en" : name.en()))
        .tasks(kept).build(), broken);
  }

  private static void blankName(List<BrokenRule> out, String language, String text) {
    if (text.isBlank()) {
      out.add(new BrokenRule("name/" + language, "blank", "must not be blank", "不得为空", text,
          "'" + language + "' must not be blank but was '" + text + "'",
          "组团的" + ObservationFields.zh(language) + "不得为空,实为'" + text + "'"));
    }
  }

  /** The rule the task {@code task} for {@code metric}, at {@code at}, breaks, if any. */
  private static Optional<BrokenRule> taskRule(String at, String metric, BigDecimal task) {
    Optional<TeamMetric> known = TeamMetric.fromId(metric);
    if (known.isEmpty()) {
      return Optional.of(new BrokenRule(at, "unknown-metric", "must name a team metric, one of "
          + METRIC_IDS, "须为组团任务指标" + METRIC_IDS.replace(", ", "、") + "之一", metric,
          "a task's metric must be one of " + METRIC_IDS + " but was '" + metric + "'",
          "任务指标须为" + METRIC_IDS.replace(", ", "、") + "之一,实为'" + metric + "'"));
    }
    String shown = task.toPlainString();
    if (task.signum() <= 0) {
      return Optional.of(new BrokenRule(at, "not-positive", "must be above 0", "须大于0", task,
          "the task for '" + metric + "' must be above 0 but was " + shown + "; leave a metric "
              + "out when the team has no task for it",
          "'" + metric + "'的任务须大于0,实为" + shown + ";组团没有此项任务时不填即可"));
    }
    // A count of projects or activities has no fraction; 3.00 is 3.
    if (known.get().unit() == Unit.COUNT && task.stripTrailingZeros().scale() > 0) {
      return Optional.of(new BrokenRule(at, "not-whole", "must be a whole number, as it counts "
          + "projects or activities", "须为整数(按项目或活动的个数计)", task,
          "the task for '" + metric + "' counts projects or activities and must be a whole "
              + "number but was " + shown,
          "'" + metric + "'的任务按项目或活动的个数计,须为整数,实为" + shown));
    }
    return Optional.empty();
  }
}
