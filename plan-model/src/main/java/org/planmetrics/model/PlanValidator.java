package org.planmetrics.model;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;

/**
 * Checks the rules a plan must keep beyond its JSON shape, and reports every violation with its
 * JSON Pointer: unique ids, references to units, indicators, goals and tiers that exist, target
 * thresholds that fit their kind, shares within [0, 1], no negative amounts, windows in order, and
 * tier bands that do not overlap in exclusive mode.
 *
 * <p>{@link Plan} runs it whenever one is built, so callers rarely need it directly.
 */
public final class PlanValidator {

  private final Plan plan;
  private final List<Violation> violations = new java.util.ArrayList<>();

  private PlanValidator(Plan plan) {
    this.plan = plan;
  }

  /**
   * Every violation in {@code plan}, in the order of the plan file's fields; empty when the plan
   * is valid.
   */
  public static List<Violation> violations(Plan plan) {
    PlanValidator validator = new PlanValidator(plan);
    validator.run();
    return ImmutableList.copyOf(validator.violations);
  }

  private void run() {
    if (plan.formatVersion() != Plan.CURRENT_FORMAT_VERSION) {
      add("/formatVersion", "unsupported-version", "'formatVersion' must be "
          + Plan.CURRENT_FORMAT_VERSION + " but was " + plan.formatVersion(),
          String.valueOf(plan.formatVersion()));
    }
    // Checks run in the order of the plan file's fields, so that violations come in document
    // order; ids that later sections refer to are gathered up front.
    Set<String> unitIds = plan.units().stream().map(ResponsibleUnit::id).collect(Collectors.toSet());
    Set<String> goalIds = plan.goals().stream().map(Goal::id).collect(Collectors.toSet());
    Set<String> tierIds =
        plan.projectTiers().tiers().stream().map(ProjectTier::id).collect(Collectors.toSet());
    checkWindow();
    DutyAndReadingChecks duties = new DutyAndReadingChecks(plan, this::add, this::reference,
        (path, ids) -> uniqueIds(path, ids, id -> id));
    duties.checkDutiesFrom();
    Set<String> indicatorIds = uniqueIds("/indicators", plan.indicators(), Indicator::id);
    uniqueIds("/goals", plan.goals(), Goal::id);
    checkTargets(indicatorIds, tierIds);
    uniqueIds("/units", plan.units(), ResponsibleUnit::id);
    checkUnits(unitIds);
    checkHolders("/keyDirections", plan.keyDirections(), unitIds);
    checkHolders("/measures", plan.measures(), unitIds);
    checkHolders("/safeguards", plan.safeguards(), unitIds);
    for (int i = 0; i < plan.keyDirections().size(); i++) {
      List<String> goals = plan.keyDirections().get(i).goals();
      for (int g = 0; g < goals.size(); g++) {
        reference("/keyDirections/" + i + "/goals/" + g, "goal", goals.get(g), goalIds);
      }
    }
    checkCadences(unitIds);
    duties.checkUncountedDuties(unitIds);
    checkTiers();
    checkPeerGroup();
    duties.checkReadings();
  }

  private void checkWindow() {
    List<WindowReading> readings = plan.windowSelection().readings();
    Set<String> ids = uniqueIds("/window/readings", readings, WindowReading::id);
    reference("/window/selected", "window reading", plan.windowSelection().selected(), ids);
    for (int i = 0; i < readings.size(); i++) {
      PlanWindow w = readings.get(i).window();
      if (w.endYear() < w.startYear()) {
        add("/window/readings/" + i + "/window/endYear", "window-order",
            "'endYear' must not be before 'startYear' (" + w.startYear() + ") but was "
                + w.endYear(), String.valueOf(w.endYear()));
      }
    }
  }

  private void checkTiers() {
    ProjectTierRules rules = plan.projectTiers();
    List<ProjectTier> tiers = rules.tiers();
    uniqueIds("/projectTiers/tiers", tiers, ProjectTier::id);
    for (int i = 0; i < tiers.size(); i++) {
      String path = "/projectTiers/tiers/" + i;
      ProjectTier tier = tiers.get(i);
      checkInvestmentBound(path + "/minInvestment", tier.minInvestment());
      tier.maxInvestment().ifPresent(max -> {
        checkInvestmentBound(path + "/maxInvestment", max);
        if (max.unit() == tier.minInvestment().unit()
            && max.value().compareTo(tier.minInvestment().value()) <= 0) {
          add(path + "/maxInvestment", "empty-band", "'maxInvestment' must be above "
              + "'minInvestment' (" + tier.minInvestment() + ") but was " + max, plain(max));
        }
      });
    }
    if (rules.bandMode() == BandMode.EXCLUSIVE) {
      for (int i = 0; i < tiers.size(); i++) {
        for (int j = i + 1; j < tiers.size(); j++) {
          if (overlap(tiers.get(i), tiers.get(j))) {
            add("/projectTiers/tiers/" + j, "overlapping-tiers", "tier '" + tiers.get(j).id()
                + "' overlaps tier '" + tiers.get(i).id()
                + "', which 'bandMode' EXCLUSIVE forbids", tiers.get(j).id());
          }
        }
      }
    }
  }

  private void checkInvestmentBound(String path, Quantity bound) {
    if (bound.unit() != Unit.CNY_100M) {
      add(path + "/unit", "unit-mismatch", "project investment is counted in CNY_100M (亿元) "
          + "but the bound is in " + bound.unit(), bound.unit().name());
    }
    if (bound.isNegative()) {
      add(path + "/value", "negative-amount", "an investment bound must not be negative but was "
          + plain(bound), plain(bound));
    }
  }

  private static boolean overlap(ProjectTier a, ProjectTier b) {
    if (a.minInvestment().unit() != b.minInvestment().unit()) {
      return false; // reported as a unit mismatch instead
    }
    // [minA, maxA) and [minB, maxB) overlap when each starts below the other's end.
    return startsBelowEnd(a, b) && startsBelowEnd(b, a);
  }

  private static boolean startsBelowEnd(ProjectTier start, ProjectTier end) {
    return end.maxInvestment()
        .filter(max -> max.unit() == start.minInvestment().unit())
        .map(max -> start.minInvestment().value().compareTo(max.value()) < 0)
        .orElse(true);
  }

  private void checkTargets(Set<String> indicatorIds, Set<String> tierIds) {
    Map<String, String> firstPath = new HashMap<>();
    for (int g = 0; g < plan.goals().size(); g++) {
      List<Target> targets = plan.goals().get(g).targets();
      for (int t = 0; t < targets.size(); t++) {
        String path = "/goals/" + g + "/targets/" + t;
        Target target = targets.get(t);
        String earlier = firstPath.putIfAbsent(target.id(), path);
        if (earlier != null) {
          add(path + "/id", "duplicate-id", "'id' must be unique among targets but '"
              + target.id() + "' is also used at " + earlier, target.id());
        }
        checkTarget(path, target, indicatorIds, tierIds);
      }
    }
  }

  private void checkTarget(String path, Target target, Set<String> indicatorIds,
      Set<String> tierIds) {
    TargetKind kind = target.kind();
    subject(path, "indicator", target.indicator().isPresent(),
        kind.subject() == TargetKind.Subject.INDICATOR, kind);
    subject(path, "projects", target.projects().isPresent(),
        kind.subject() == TargetKind.Subject.PROJECTS, kind);
    subject(path, "share", target.share().isPresent(),
        kind.subject() == TargetKind.Subject.SHARE, kind);

    Unit indicatorUnit = null;
    if (target.indicator().isPresent()) {
      String id = target.indicator().get();
      if (reference(path + "/indicator", "indicator", id, indicatorIds)) {
        indicatorUnit = plan.indicator(id).map(Indicator::unit).orElse(null);
      }
    }
    target.projects().ifPresent(p -> checkCriteria(path + "/projects", p, tierIds));
    target.share().ifPresent(s -> {
      checkCriteria(path + "/share/numerator", s.numerator(), tierIds);
      checkCriteria(path + "/share/denominator", s.denominator(), tierIds);
    });

    Quantity threshold = target.threshold();
    boolean indicatorKnown = kind.subject() != TargetKind.Subject.INDICATOR || indicatorUnit != null;
    boolean unitFits = !indicatorKnown || kind.accepts(threshold.unit(), indicatorUnit);
    if (!unitFits) {
      String expected = kind == TargetKind.CUMULATIVE_AMOUNT
          ? "the unit of indicator '" + target.indicator().orElse("") + "' (" + indicatorUnit + ")"
          : "one of " + kind.acceptedUnits().stream().map(Enum::name).sorted()
              .collect(Collectors.joining(", "));
      add(path + "/threshold/unit", "unit-mismatch", "'threshold' of " + article(kind.name()) + " "
          + kind + " target must be in "
          + expected + " but was " + threshold.unit(), threshold.unit().name());
    }
    BigDecimal value = threshold.value();
    if (kind == TargetKind.SHARE
        && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
      add(path + "/threshold/value", "share-out-of-range",
          "'threshold' of a SHARE target must be between 0 and 1 but was "
              + value.toPlainString(),
          value.toPlainString());
    } else if (kind != TargetKind.ANNUAL_GROWTH && value.signum() < 0) {
      add(path + "/threshold/value", "negative-amount", "'threshold' of " + article(kind.name())
          + " " + kind + " target must not be negative but was " + value.toPlainString(),
          value.toPlainString());
    }
    if (unitFits && (kind == TargetKind.FIRST_TIER_RANK || threshold.unit() == Unit.COUNT)
        && value.signum() >= 0 && value.stripTrailingZeros().scale() > 0) {
      add(path + "/threshold/value", "not-whole", "'threshold' of a count or tier must be a "
          + "whole number but was " + value.toPlainString(), value.toPlainString());
    }
  }

  private void subject(String path, String field, boolean present, boolean required,
      TargetKind kind) {
    if (required && !present) {
      add(path + "/" + field, "missing-field", article(kind.name()) + " " + kind
          + " target must have '" + field + "'", null);
    } else if (!required && present) {
      add(path + "/" + field, "unexpected-field", article(kind.name()) + " " + kind
          + " target must not have '" + field + "'", null);
    }
  }

  private void checkCriteria(String path, ProjectCriteria criteria, Set<String> tierIds) {
    for (int i = 0; i < criteria.tiers().size(); i++) {
      reference(path + "/tiers/" + i, "project tier", criteria.tiers().get(i), tierIds);
    }
  }

  private void checkUnits(Set<String> unitIds) {
    for (int i = 0; i < plan.units().size(); i++) {
      int index = i;
      plan.units().get(i).hostedBy().ifPresent(host ->
          reference("/units/" + index + "/hostedBy", "unit", host, unitIds));
    }
  }

  private void checkHolders(String path, List<? extends ResponsibilityHolder> holders,
      Set<String> unitIds) {
    uniqueIds(path, holders, ResponsibilityHolder::id);
    for (int i = 0; i < holders.size(); i++) {
      List<Responsibility> responsibilities = holders.get(i).responsibilities();
      for (int r = 0; r < responsibilities.size(); r++) {
        reference(path + "/" + i + "/responsibilities/" + r + "/unit", "unit",
            responsibilities.get(r).unit(), unitIds);
        if (responsibilities.get(r).role() == ResponsibilityRole.OWNER) {
          add(path + "/" + i + "/responsibilities/" + r + "/role", "invalid-value",
              "'role' OWNER belongs to cadences; use LEAD, RESPONSIBLE or PARTICIPANT", "OWNER");
        }
      }
    }
  }

  private void checkCadences(Set<String> unitIds) {
    List<CadenceRequirement> cadences = plan.cadences();
    uniqueIds("/cadences", cadences, CadenceRequirement::id);
    for (int i = 0; i < cadences.size(); i++) {
      CadenceRequirement cadence = cadences.get(i);
      reference("/cadences/" + i + "/owner", "unit", cadence.owner(), unitIds);
      if (cadence.minimumCount() < 1) {
        add("/cadences/" + i + "/minimumCount", "not-positive", "'minimumCount' must be at "
            + "least 1 but was " + cadence.minimumCount(), String.valueOf(cadence.minimumCount()));
      }
      if (!cadence.kind().matches("[A-Z][A-Z0-9_]*")) {
        add("/cadences/" + i + "/kind", "invalid-value", "'kind' must be UPPER_SNAKE_CASE but was '"
            + cadence.kind() + "'", cadence.kind());
      }
    }
  }

  private void checkPeerGroup() {
    PeerGroup group = plan.peerGroup();
    Set<String> ids = uniqueIds("/peerGroup/units", group.units(), PeerUnit::id);
    reference("/peerGroup/self", "peer unit", group.self(), ids);
    FirstTierRule rule = group.firstTierRule();
    Optional<Integer> number;
    String field;
    if (rule.method() == TierRuleMethod.TOP_FRACTION) {
      number = rule.denominator();
      field = "denominator";
    } else {
      number = rule.count();
      field = "count";
    }
    String path = "/peerGroup/firstTierRule/" + field;
    if (number.isEmpty()) {
      add(path, "missing-field", "a " + rule.method() + " rule must have '" + field + "'", null);
    } else if (number.get() < 1) {
      add(path, "not-positive", "'" + field + "' must be at least 1 but was " + number.get(),
          String.valueOf(number.get()));
    }
  }

  private <T> Set<String> uniqueIds(String path, List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        add(path + "/" + i + "/id", "duplicate-id", "'id' must be unique but '" + value
            + "' is also used at " + path + "/" + earlier, value);
      }
      if (value.isBlank()) {
        add(path + "/" + i + "/id", "blank", "'id' must not be blank", value);
      }
      ids.add(value);
    }
    return ids;
  }

  /** Reports an unknown reference and answers whether the reference is known. */
  private boolean reference(String path, String what, String value, Set<String> known) {
    if (known.contains(value)) {
      return true;
    }
    String field = path.substring(path.lastIndexOf('/') + 1);
    if (field.chars().allMatch(Character::isDigit)) {
      String parent = path.substring(0, path.lastIndexOf('/'));
      field = parent.substring(parent.lastIndexOf('/') + 1);
    }
    add(path, "unknown-reference", "'" + field + "' must name " + article(what) + " " + what
        + " of the plan but was '" + value + "'", value);
    return false;
  }

  /** "an" before a vowel, "a" otherwise, so that messages read as English. */
  private static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String plain(Quantity q) {
    return q.value().toPlainString();
  }

  private void add(String path, String rule, String message, String value) {
    violations.add(Violation.of(path, rule, message, Optional.ofNullable(value)));
  }
}
