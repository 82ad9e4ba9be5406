package org.planmetrics.metrics.observation;

import com.google.common.collect.ImmutableList;
import java.util.List;
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
 * JSON Pointer: unknown indicators, peers and event kinds, negative amounts (whether a value may
 * be negative depends on its indicator's unit), and, for teams, unknown units and key directions.
 *
 * <p>These are the rules that need a plan; observations hold to all the others whichever way
 * they are made, as they are built: each value's own ({@link ProjectRules}, {@link RankRules},
 * {@link TeamRules}) and those of the whole ({@link ObservationRules}: period keys, ids given
 * twice, teams not on the roster). The REST facade refuses observations with violations; a Java
 * caller may choose to assess anyway, since the assessment skips what it cannot use.
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
      // An amount or a count cannot be negative; an index or a rate may be.
      if (indicator.get().unit().isSummable()) {
        values.forEach((key, value) -> {
          if (value.signum() < 0) {
            out.add(violation(at + "/" + PlanJson.pointerSegment(key), "negative-value",
                "a value of '" + indicatorId + "' must not be negative but was "
                    + value.toPlainString(), "指标'" + indicatorId + "'的数值不得为负数,实为"
                    + value.toPlainString(), value.toPlainString()));
          }
        });
      }
    });
    Set<String> peerIds = plan.peerGroup().units().stream().map(PeerUnit::id)
        .collect(Collectors.toSet());
    observations.peers().forEach((key, figures) -> {
      String at = "/peers/" + PlanJson.pointerSegment(key);
      figures.keySet().stream().filter(peer -> !peerIds.contains(peer)).forEach(peer ->
          out.add(violation(at + "/" + PlanJson.pointerSegment(peer), "unknown-peer",
              "'peers' must be keyed by the units of peer group '" + plan.peerGroup().id()
                  + "' but had '" + peer + "'", zh("peers") + "须按同级单位组'"
                  + plan.peerGroup().id() + "'中的单位填写,实有'" + peer + "'", peer)));
    });
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
