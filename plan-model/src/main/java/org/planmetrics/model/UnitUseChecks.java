package org.planmetrics.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How the plan's items use its responsible units: no unit twice for the same part of one item,
 * and no unit that nothing uses.
 *
 * <p>A unit is used when a direction, measure or safeguard gives it a responsibility, when it owns
 * a cadence, when it hosts another unit, when it leads or joins a team of the plan, when a quota
 * gives it a figure, or when it is
 * the scope of a responsibility: in 四.(二).1
 * 市司法局 leads the scope 法务团队, and the unit whose name is 法务团队 is that team. A unit that
 * nothing uses is a leftover or a misspelt reference. While any reference to a unit is unknown,
 * unused units are not reported: the broken reference is most likely the missing use, and it is
 * already reported.
 */
final class UnitUseChecks {

  private UnitUseChecks() {}

  /**
   * Reports a unit listed twice in one item's responsibilities for the same scope. The same unit
   * may appear again for another scope: 市司法局 is a 责任单位 of 四.(二).1 and also leads its
   * 法务团队.
   */
  static void checkRepeats(String path, ResponsibilityHolder holder, ViolationList out) {
    List<Responsibility> responsibilities = holder.responsibilities();
    Map<List<Object>, Integer> first = new HashMap<>();
    for (int r = 0; r < responsibilities.size(); r++) {
      Responsibility responsibility = responsibilities.get(r);
      Optional<String> scope = responsibility.scope().map(LocalizedText::zh);
      Integer earlier = first.putIfAbsent(List.of(responsibility.unit(), scope), r);
      if (earlier != null) {
        out.add(path + "/responsibilities/" + r + "/unit", "duplicate-responsibility",
            "'unit' must appear once for each scope of an item but '" + responsibility.unit()
                + "' is also at " + path + "/responsibilities/" + earlier
                + scope.map(s -> " for the scope '" + s + "'").orElse(" for the whole item"),
            "同一事项的同一范围内'unit'只能出现一次,但'" + responsibility.unit() + "'已在" + path
                + "/responsibilities/" + earlier
                + scope.map(s -> "出现(范围'" + s + "')").orElse("出现(整个事项)"),
            responsibility.unit());
      }
    }
  }

  /** Reports every unit of the plan that nothing uses, at {@code /units/i/id}. */
  static void checkUnused(Plan plan, Set<String> unitIds, ViolationList out) {
    Set<String> used = new HashSet<>();
    Set<String> scopes = new HashSet<>();
    Stream.of(plan.keyDirections(), plan.measures(), plan.safeguards())
        .flatMap(List::stream)
        .flatMap(item -> item.responsibilities().stream())
        .forEach(r -> {
          used.add(r.unit());
          r.scope().ifPresent(s -> scopes.add(s.zh()));
        });
    plan.cadences().forEach(c -> used.add(c.owner()));
    plan.units().forEach(u -> u.hostedBy().ifPresent(used::add));
    plan.teams().forEach(t -> {
      t.lead().ifPresent(used::add);
      used.addAll(t.members());
    });
    plan.quotas().forEach(q -> q.figures().forEach(f -> used.add(f.unit())));
    if (!unitIds.containsAll(used)) {
      return;
    }
    List<ResponsibleUnit> units = plan.units();
    for (int i = 0; i < units.size(); i++) {
      ResponsibleUnit unit = units.get(i);
      if (!used.contains(unit.id()) && !scopes.contains(unit.name().zh())) {
        out.add("/units/" + i + "/id", "unused-unit", "'id' must name a unit that a direction,"
            + " measure, safeguard, cadence, team, quota or other unit uses, but nothing refers to '"
            + unit.id() + "'", "'id'须为重点方向、工作举措、保障措施、工作要求、组团、配额或其他单位用到的单位,但没有任何地方引用'"
            + unit.id() + "'", unit.id());
      }
    }
  }
}
