package org.planmetrics.api.input;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;

/**
 * The ids of a plan's indicators, peer units, team metrics and activity kinds from the names a
 * person types instead, for example 实际利用外资 for {@code foreign-capital-utilized} or 瑞昌市 for
 * {@code ruichang}. Only a whole name, in Chinese or English (any case), is read as its id; any
 * other text is left as written, for the checks against the plan to report.
 */
public final class PlanNames {

  private final Map<String, String> indicators;
  private final Map<String, String> peerUnits;
  private final Map<String, String> metrics;
  private final Map<String, String> activityKinds;

  private PlanNames(Plan plan) {
    Map<String, LocalizedText> names = new LinkedHashMap<>();
    for (Indicator i : plan.indicators()) {
      names.put(i.id(), i.name());
    }
    indicators = byName(names);
    names.clear();
    for (PeerUnit u : plan.peerGroup().units()) {
      names.put(u.id(), u.name());
    }
    peerUnits = byName(names);
    names.clear();
    for (TeamMetric m : TeamMetric.values()) {
      names.put(m.id(), m.displayName());
    }
    metrics = byName(names);
    names.clear();
    for (ActivityKind k : plan.activityKinds()) {
      names.put(k.kind(), k.name());
    }
    activityKinds = byName(names);
  }

  public static PlanNames of(Plan plan) {
    return new PlanNames(plan);
  }

  /** An indicator's id from its id or its name: 实际利用外资 → {@code foreign-capital-utilized}. */
  public String indicator(String text) {
    return lookUp(indicators, text);
  }

  /** A peer unit's id from its id or its name: 瑞昌市 → {@code ruichang}. */
  public String peerUnit(String text) {
    return lookUp(peerUnits, text);
  }

  /** A team metric's id from its id or its name: 签约额 → {@code signed-investment}. */
  public String metric(String text) {
    return lookUp(metrics, text);
  }

  /** An event kind from its id or an activity kind's name: 走访客商 → {@code VISIT}. */
  public String eventKind(String text) {
    return lookUp(activityKinds, text);
  }

  private static Map<String, String> byName(Map<String, LocalizedText> names) {
    Map<String, Set<String>> named = new LinkedHashMap<>();
    names.forEach((id, name) -> {
      named.computeIfAbsent(name.zh(), k -> new HashSet<>()).add(id);
      named.computeIfAbsent(name.en().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(id);
    });
    Map<String, String> ids = new LinkedHashMap<>();
    // A name two things share names neither; the text then stays as written.
    named.forEach((key, of) -> {
      if (of.size() == 1) {
        ids.put(key, of.iterator().next());
      }
    });
    names.keySet().forEach(id -> ids.put(id, id));
    return Map.copyOf(ids);
  }

  private static String lookUp(Map<String, String> ids, String text) {
    String found = ids.get(text);
    if (found == null) {
      found = ids.get(text.toLowerCase(Locale.ROOT));
    }
    return found == null ? text : found;
  }
}
