package org.planmetrics.metrics.observation;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;

/**
 * Checks observations against the plan they will be assessed on, reporting every problem with a
 * JSON Pointer: unknown indicators, peers and event kinds, period keys that are neither {@code
 * YYYY} nor {@code YYYY-MM}, two keys of one map for the same period ({@code "2022"} and {@code
 * "2022-12"}), negative amounts, duplicate project ids, and, for teams, unknown units, teams and
 * key directions. The rules a value holds to on its own are checked as it is built: a project's
 * (a negative investment, dates out of order) are {@link ProjectRules}, the ranks' {@link
 * RankRules}, a team's (a blank name, its tasks) {@link TeamRules}.
 *
 * <p>The REST facade refuses observations with violations; a Java caller may choose to assess
 * anyway, since the assessment skips what it cannot use.
 */
public final class ObservationChecks {

  private ObservationChecks() {}

  /** Every problem of {@code observations} for {@code plan}; empty when they are usable. */
  public static List<Violation> violations(Observations observations, Plan plan) {
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    observations.series().forEach((indicatorId, values) -> {
      String at = "/series/" + PlanJson.pointerSegment(indicatorId);
      var indicator = plan.indicator(indicatorId);
      if (indicator.isEmpty()) {
        out.add(violation(at, "unknown-indicator", "'series' must be keyed by an indicator of "
            + "plan '" + plan.id() + "' but had '" + indicatorId + "'", zh("series")
            + "须按方案'" + plan.id() + "'的指标填写,实有'" + indicatorId + "'", indicatorId));
        return;
      }
      boolean summable = indicator.get().unit().isSummable();
      values.forEach((key, value) -> {
        String keyAt = at + "/" + PlanJson.pointerSegment(key);
        if (PeriodKey.parse(key).isEmpty()) {
          out.add(badPeriod(keyAt, key));
        } else if (summable && value.signum() < 0) {
          out.add(violation(keyAt, "negative-value", "a value of '" + indicatorId
              + "' must not be negative but was " + value.toPlainString(), "指标'" + indicatorId
              + "'的数值不得为负数,实为" + value.toPlainString(), value.toPlainString()));
        }
      });
      checkSamePeriod(out, at, values.keySet());
    });
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < observations.projects().size(); i++) {
      LedgerProject project = observations.projects().get(i);
      Integer earlier = firstIndex.putIfAbsent(project.id(), i);
      if (earlier != null) {
        out.add(violation("/projects/" + i + "/id", "duplicate-id", "'id' must be unique but '"
            + project.id() + "' is also used at /projects/" + earlier, zh("id") + "须唯一,但'"
            + project.id() + "'在/projects/" + earlier + "已使用", project.id()));
      }
      // The project's own rules (ProjectRules) hold already: it could not be built otherwise.
    }
    Set<String> peerIds = plan.peerGroup().units().stream().map(PeerUnit::id)
        .collect(Collectors.toSet());
    observations.peers().forEach((key, figures) -> {
      String at = "/peers/" + PlanJson.pointerSegment(key);
      if (PeriodKey.parse(key).isEmpty()) {
        out.add(badPeriod(at, key));
      }
      figures.keySet().stream().filter(peer -> !peerIds.contains(peer)).forEach(peer ->
          out.add(violation(at + "/" + PlanJson.pointerSegment(peer), "unknown-peer",
              "'peers' must be keyed by the units of peer group '" + plan.peerGroup().id()
                  + "' but had '" + peer + "'", zh("peers") + "须按同级单位组'"
                  + plan.peerGroup().id() + "'中的单位填写,实有'" + peer + "'", peer)));
    });
    checkSamePeriod(out, "/peers", observations.peers().keySet());
    observations.ranks().forEach((key, ranks) -> {
      String at = "/ranks/" + PlanJson.pointerSegment(key);
      if (PeriodKey.parse(key).isEmpty()) {
        out.add(badPeriod(at, key));
      }
      // The ranks' own rules (RankRules) hold already: they could not be built otherwise.
    });
    checkSamePeriod(out, "/ranks", observations.ranks().keySet());
    // A meeting, bulletin or training of a cadence, or a team's activity (走访, 洽谈, 推介).
    Set<String> kinds = Stream.concat(plan.cadences().stream().map(CadenceRequirement::kind),
            plan.activityKinds().stream().map(ActivityKind::kind))
        .collect(Collectors.toSet());
    for (int i = 0; i < observations.events().size(); i++) {
      String kind = observations.events().get(i).kind();
      if (!kinds.contains(kind)) {
        out.add(violation("/events/" + i + "/kind", "unknown-event-kind", "'kind' must be one of "
            + kinds.stream().sorted().collect(Collectors.joining(", ")) + " but was '" + kind
            + "'", zh("kind") + "须为" + kinds.stream().sorted().collect(Collectors.joining("、"))
            + "之一,实为'" + kind + "'", kind));
      }
    }
    TeamChecks.check(out, observations, plan);
    return out.build();
  }

  /**
   * Reports each key of the map at {@code at} that names the same period as an earlier key:
   * {@code "2022"} and {@code "2022-12"} are both the full year 2022, and which of the two an
   * assessment used would otherwise depend on the order the keys were written in.
   */
  private static void checkSamePeriod(ImmutableList.Builder<Violation> out, String at,
      Set<String> keys) {
    Map<PeriodKey, String> firstKey = new HashMap<>();
    for (String key : keys) {
      PeriodKey.parse(key).ifPresent(period -> {
        String earlier = firstKey.putIfAbsent(period, key);
        if (earlier != null) {
          String here = at + "/" + PlanJson.pointerSegment(key);
          out.add(violation(here, "duplicate-period", "'" + here + "' and '" + at + "/"
              + PlanJson.pointerSegment(earlier) + "' are the same period (" + period
              + "); give it once", "'" + here + "'与'" + at + "/" + PlanJson.pointerSegment(earlier)
              + "'是同一时期(" + period + "),只能填一个", key));
        }
      });
    }
  }

  private static Violation badPeriod(String at, String key) {
    return violation(at, "bad-period", "a period key must be YYYY (full year) or YYYY-MM (year to "
        + "date, month 01-12) but was '" + key + "'", "时期须写作YYYY(全年)或YYYY-MM(年初至该月累计,月份"
        + "01-12),实为'" + key + "'", key);
  }

  /** A field as a Chinese message names it: {@code 'investment'(总投资额)}. */
  static String zh(String field) {
    return ObservationFields.zh(field);
  }

  /** A violation with its message in English and in Chinese. */
  static Violation violation(String pointer, String rule, String message, String messageZh,
      String value) {
    return Violation.of(pointer, rule, message, Optional.ofNullable(value))
        .withMessageZh(messageZh);
  }
}
