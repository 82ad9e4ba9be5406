package org.planmetrics.model;

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
 * thresholds that fit their kind in unit and size, targets that agree with their own text, clauses
 * the plan has, selections some project can meet, no repeated targets or responsibilities, no
 * unused units, windows in order, and tier bands that do not overlap in exclusive mode.
 *
 * <p>The rules of one target are in {@link TargetChecks}, {@link ProjectSelectionChecks} and
 * {@link TargetTextChecks}; those of clauses in {@link ClauseChecks}; those of unit use in {@link
 * UnitUseChecks}.
 *
 * <p>{@link Plan} runs it whenever one is built, so callers rarely need it directly.
 */
public final class PlanValidator {

  private final Plan plan;
  private final ViolationList violations = new ViolationList();
  private final ClauseChecks clauses;

  private PlanValidator(Plan plan) {
    this.plan = plan;
    this.clauses = new ClauseChecks(plan, violations);
  }

  /**
   * Every violation in {@code plan}, in the order of the plan file's fields; empty when the plan
   * is valid.
   */
  public static List<Violation> violations(Plan plan) {
    PlanValidator validator = new PlanValidator(plan);
    validator.run();
    return validator.violations.toList();
  }

  private void run() {
    if (plan.formatVersion() != Plan.CURRENT_FORMAT_VERSION) {
      add("/formatVersion", "unsupported-version", "'formatVersion' must be "
          + Plan.CURRENT_FORMAT_VERSION + " but was " + plan.formatVersion(),
          "'formatVersion'须为" + Plan.CURRENT_FORMAT_VERSION + ",实为" + plan.formatVersion(),
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
    clauses.checkItems("/goals", "goal", plan.goals().stream().map(Goal::clause).toList());
    checkTargets(indicatorIds, tierIds);
    uniqueIds("/units", plan.units(), ResponsibleUnit::id);
    checkUnits(unitIds);
    UnitUseChecks.checkUnused(plan, unitIds, violations);
    checkHolders("/keyDirections", "key direction", plan.keyDirections(), unitIds);
    checkHolders("/measures", "measure", plan.measures(), unitIds);
    checkHolders("/safeguards", "safeguard", plan.safeguards(), unitIds);
    for (int i = 0; i < plan.keyDirections().size(); i++) {
      List<String> goals = plan.keyDirections().get(i).goals();
      String path = "/keyDirections/" + i + "/goals";
      for (int g = 0; g < goals.size(); g++) {
        reference(path + "/" + g, "goal", goals.get(g), goalIds);
      }
      violations.repeatedEntries(path, "goals", "goal", goals);
    }
    checkCadences(unitIds);
    duties.checkUncountedDuties(unitIds);
    checkTiers();
    checkPeerGroup();
    checkTeams(unitIds);
    uniqueIds("/quotas", plan.quotas(), UnitQuota::id);
    for (int i = 0; i < plan.quotas().size(); i++) {
      String path = "/quotas/" + i;
      clauses.checkCadence(path, plan.quotas().get(i).clause());
      QuotaChecks.check(path, plan, plan.quotas().get(i), unitIds, violations);
    }
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
                + w.endYear(), "'endYear'不得早于'startYear'(" + w.startYear() + "),实为"
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
        checkBand(path, "Investment", tier.minInvestment(), max);
      });
      checkForeignBounds(path, tier);
    }
    if (rules.bandMode() == BandMode.EXCLUSIVE) {
      // A foreign-funded project is placed by its dollars in a tier with dollar bounds and by its
      // yuan in one without: with both kinds in one set of bands it could fall in two.
      boolean anyForeign = tiers.stream().anyMatch(t -> t.minForeignCapital().isPresent());
      for (int i = 0; anyForeign && i < tiers.size(); i++) {
        if (tiers.get(i).minForeignCapital().isEmpty()) {
          add("/projectTiers/tiers/" + i + "/minForeignCapital", "foreign-bounds-incomplete",
              "'minForeignCapital' must be given for every tier once one tier has it, as "
                  + "'bandMode' EXCLUSIVE places each project in one tier, but tier '"
                  + tiers.get(i).id() + "' has none",
              "只要有一个档次写了'minForeignCapital'(外资下限),'bandMode'为EXCLUSIVE时每个档次都须写,档次'"
                  + tiers.get(i).id() + "'却没有", tiers.get(i).id());
        }
      }
    }
    if (rules.countingStage() == CountingStage.PIPELINE) {
      // The plan's stage places projects in a year for every report of signed projects (teams,
      // funnels, bulletin); a project not yet signed belongs in none of them.
      add("/projectTiers/countingStage", "pipeline-counting-stage", "'countingStage' must be a "
          + "stage a signed project reaches (SIGNED, REGISTERED, STARTED, PRODUCING or LISTED); "
          + "count pipeline projects with a target's own 'stage': PIPELINE, but was PIPELINE",
          "'countingStage'(全方案的计数阶段)须为签约项目所达到的阶段(SIGNED、REGISTERED、STARTED、PRODUCING或"
              + "LISTED);储备项目请在目标的项目条件中写'stage': PIPELINE,实为PIPELINE", "PIPELINE");
    }
    if (rules.bandMode() == BandMode.EXCLUSIVE) {
      for (int i = 0; i < tiers.size(); i++) {
        for (int j = i + 1; j < tiers.size(); j++) {
          if (overlap(tiers.get(i), tiers.get(j))) {
            add("/projectTiers/tiers/" + j, "overlapping-tiers", "tier '" + tiers.get(j).id()
                + "' overlaps tier '" + tiers.get(i).id()
                + "', which 'bandMode' EXCLUSIVE forbids", "项目档次'" + tiers.get(j).id()
                + "'与档次'" + tiers.get(i).id() + "'的投资额区间重叠,'bandMode'为EXCLUSIVE时不允许重叠",
                tiers.get(j).id());
          }
        }
      }
    }
  }

  /**
   * A bound is in any scale of the yuan ("5000万元以上", "1亿元以上", "1万亿元"), since the ledger's
   * investments are in 亿元 and compare with it exactly. A bound in dollars ("外资1000万美元以上")
   * belongs in the tier's {@code minForeignCapital}, held against a project's foreign capital.
   */
  private void checkInvestmentBound(String path, Quantity bound) {
    if (!bound.unit().isCommensurableWith(Unit.CNY_100M)) {
      add(path + "/unit", "unit-mismatch", "project investment is counted in yuan (CNY_10K, "
          + "CNY_100M or CNY_1T) but the bound is in " + bound.unit(), "项目投资额以人民币计"
          + "(万元、亿元或万亿元),该界限的单位却是" + bound.unit().chineseSymbol() + "("
          + bound.unit() + ")", bound.unit().name());
    }
    if (bound.isNegative()) {
      add(path + "/value", "negative-amount", "an investment bound must not be negative but was "
          + plain(bound), "投资额界限不得为负数,实为" + plain(bound), plain(bound));
    }
  }

  /** A band's maximum is above its minimum: [min, max) would hold nothing otherwise. */
  private void checkBand(String path, String bound, Quantity min, Quantity max) {
    if (max.unit().isCommensurableWith(min.unit()) && max.compareTo(min) <= 0) {
      add(path + "/max" + bound, "empty-band", "'max" + bound + "' must be above 'min" + bound
          + "' (" + min + ") but was " + max, "'max" + bound + "'须大于'min" + bound + "'("
          + zh(min) + "),实为" + zh(max), plain(max));
    }
  }

  /**
   * A tier's bounds for foreign-funded projects ("外资1000万美元以上") are in a scale of the
   * dollar, not negative, and a maximum comes with a minimum above which it lies.
   */
  private void checkForeignBounds(String path, ProjectTier tier) {
    Map<String, Optional<Quantity>> bounds = Map.of("minForeignCapital",
        tier.minForeignCapital(), "maxForeignCapital", tier.maxForeignCapital());
    for (String field : List.of("minForeignCapital", "maxForeignCapital")) {
      if (bounds.get(field).isEmpty()) {
        continue;
      }
      Quantity q = bounds.get(field).get();
      String at = path + "/" + field;
      if (!q.unit().isCommensurableWith(Unit.USD_100M)) {
        add(at + "/unit", "unit-mismatch", "a foreign-capital bound is in dollars (USD_10K or "
            + "USD_100M) but was in " + q.unit(), "外资界限以美元计(万美元或亿美元),该界限的单位却是"
            + q.unit().chineseSymbol() + "(" + q.unit() + ")", q.unit().name());
      }
      if (q.isNegative()) {
        add(at + "/value", "negative-amount", "a foreign-capital bound must not be negative but "
            + "was " + plain(q), "外资界限不得为负数,实为" + plain(q), plain(q));
      }
    }
    if (tier.maxForeignCapital().isPresent()) {
      if (tier.minForeignCapital().isEmpty()) {
        add(path + "/minForeignCapital", "missing-field", "'minForeignCapital' must be given "
            + "when 'maxForeignCapital' is", "写了'maxForeignCapital'(外资上限)就须写'minForeignCapital'"
            + "(外资下限)", null);
      } else {
        checkBand(path, "ForeignCapital", tier.minForeignCapital().get(),
            tier.maxForeignCapital().get());
      }
    }
  }

  private static boolean overlap(ProjectTier a, ProjectTier b) {
    boolean yuan = overlap(a.minInvestment(), a.maxInvestment(), b.minInvestment(),
        b.maxInvestment());
    if (a.minForeignCapital().isEmpty() || b.minForeignCapital().isEmpty()) {
      return yuan;
    }
    // A domestic project is placed by its yuan and a foreign-funded one by its dollars: the
    // tiers overlap if either currency's bands do.
    return yuan || overlap(a.minForeignCapital().get(), a.maxForeignCapital(),
        b.minForeignCapital().get(), b.maxForeignCapital());
  }

  private static boolean overlap(Quantity minA, Optional<Quantity> maxA, Quantity minB,
      Optional<Quantity> maxB) {
    if (!minA.unit().isCommensurableWith(minB.unit())) {
      return false; // reported as a unit mismatch instead
    }
    // [minA, maxA) and [minB, maxB) overlap when each starts below the other's end.
    return startsBelowEnd(minA, maxB) && startsBelowEnd(minB, maxA);
  }

  private static boolean startsBelowEnd(Quantity start, Optional<Quantity> end) {
    return end.filter(max -> max.unit().isCommensurableWith(start.unit()))
        .map(max -> start.compareTo(max) < 0)
        .orElse(true);
  }

  private void checkTargets(Set<String> indicatorIds, Set<String> tierIds) {
    TargetChecks targetChecks = new TargetChecks(plan, violations, indicatorIds, tierIds);
    for (int g = 0; g < plan.goals().size(); g++) {
      Goal goal = plan.goals().get(g);
      for (int t = 0; t < goal.targets().size(); t++) {
        String path = "/goals/" + g + "/targets/" + t;
        Target target = goal.targets().get(t);
        int before = violations.size();
        clauses.checkTarget(path, target.clause(), goal);
        targetChecks.check(path, target);
        // A target is held against its text only once its own fields are sound, so that a
        // threshold of -30 or in the wrong unit is reported once, not again as a figure the text
        // lacks.
        if (violations.size() == before) {
          TargetTextChecks.check(path, plan, goal, target, violations);
        }
      }
    }
  }

  private void checkUnits(Set<String> unitIds) {
    for (int i = 0; i < plan.units().size(); i++) {
      int index = i;
      plan.units().get(i).hostedBy().ifPresent(host ->
          reference("/units/" + index + "/hostedBy", "unit", host, unitIds));
    }
  }

  private void checkHolders(String path, String what,
      List<? extends ResponsibilityHolder> holders, Set<String> unitIds) {
    uniqueIds(path, holders, ResponsibilityHolder::id);
    clauses.checkItems(path, what, holders.stream().map(ResponsibilityHolder::clause).toList());
    for (int i = 0; i < holders.size(); i++) {
      UnitUseChecks.checkRepeats(path + "/" + i, holders.get(i), violations);
      List<Responsibility> responsibilities = holders.get(i).responsibilities();
      for (int r = 0; r < responsibilities.size(); r++) {
        reference(path + "/" + i + "/responsibilities/" + r + "/unit", "unit",
            responsibilities.get(r).unit(), unitIds);
        if (responsibilities.get(r).role() == ResponsibilityRole.OWNER) {
          add(path + "/" + i + "/responsibilities/" + r + "/role", "invalid-value",
              "'role' OWNER belongs to cadences; use LEAD, RESPONSIBLE or PARTICIPANT",
              "'role'为OWNER只用于工作要求(cadence);此处请用LEAD、RESPONSIBLE或PARTICIPANT", "OWNER");
        }
      }
    }
  }

  private void checkCadences(Set<String> unitIds) {
    List<CadenceRequirement> cadences = plan.cadences();
    uniqueIds("/cadences", cadences, CadenceRequirement::id);
    for (int i = 0; i < cadences.size(); i++) {
      CadenceRequirement cadence = cadences.get(i);
      clauses.checkCadence("/cadences/" + i, cadence.clause());
      reference("/cadences/" + i + "/owner", "unit", cadence.owner(), unitIds);
      if (cadence.minimumCount() < 1) {
        add("/cadences/" + i + "/minimumCount", "not-positive", "'minimumCount' must be at "
            + "least 1 but was " + cadence.minimumCount(), "'minimumCount'须至少为1,实为"
            + cadence.minimumCount(), String.valueOf(cadence.minimumCount()));
      }
      if (!cadence.kind().matches("[A-Z][A-Z0-9_]*")) {
        add("/cadences/" + i + "/kind", "invalid-value", "'kind' must be UPPER_SNAKE_CASE but was '"
            + cadence.kind() + "'", "'kind'须由大写字母、数字和下划线组成(如TEAM_MEETING),实为'"
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
      add(path, "missing-field", "a " + rule.method() + " rule must have '" + field + "'",
          rule.method() + "规则须有'" + field + "'", null);
    } else if (number.get() < 1) {
      add(path, "not-positive", "'" + field + "' must be at least 1 but was " + number.get(),
          "'" + field + "'须至少为1,实为" + number.get(), String.valueOf(number.get()));
    }
  }

  private void checkTeams(Set<String> unitIds) {
    uniqueIds("/teams", plan.teams(), Team::id);
    Set<String> cadenceKinds = plan.cadences().stream().map(CadenceRequirement::kind)
        .collect(Collectors.toSet());
    Map<String, Integer> firstKind = new HashMap<>();
    for (int i = 0; i < plan.activityKinds().size(); i++) {
      String kind = plan.activityKinds().get(i).kind();
      String path = "/activityKinds/" + i + "/kind";
      Integer earlier = firstKind.putIfAbsent(kind, i);
      if (earlier != null) {
        add(path, "duplicate-id", "'kind' must be unique but '" + kind
            + "' is also used at /activityKinds/" + earlier, "'kind'须唯一,但'" + kind
            + "'在/activityKinds/" + earlier + "已使用", kind);
      } else if (cadenceKinds.contains(kind)) {
        add(path, "duplicate-id", "'kind' must differ from the cadences' kinds but '" + kind
            + "' is a cadence's kind", "'kind'不得与工作要求(cadence)的类型相同,但'" + kind
            + "'已是一项工作要求的类型", kind);
      }
    }
    for (int i = 0; i < plan.teams().size(); i++) {
      Team team = plan.teams().get(i);
      String path = "/teams/" + i;
      team.lead().ifPresent(lead -> reference(path + "/lead", "unit", lead, unitIds));
      for (int m = 0; m < team.members().size(); m++) {
        reference(path + "/members/" + m, "unit", team.members().get(m), unitIds);
      }
    }
    StalledProjectRule stalled = plan.stalledProjects();
    if (stalled.daysToStart() < 1) {
      add("/stalledProjects/daysToStart", "not-positive", "'daysToStart' must be at least 1 but "
          + "was " + stalled.daysToStart(), "'daysToStart'须至少为1,实为" + stalled.daysToStart(),
          String.valueOf(stalled.daysToStart()));
    }
    if (stalled.daysToProduce() < 1) {
      add("/stalledProjects/daysToProduce", "not-positive", "'daysToProduce' must be at least 1 "
          + "but was " + stalled.daysToProduce(), "'daysToProduce'须至少为1,实为"
          + stalled.daysToProduce(), String.valueOf(stalled.daysToProduce()));
    }
    plan.teamRanking().completionCap().filter(cap -> cap.signum() <= 0).ifPresent(cap ->
        add("/teamRanking/completionCap", "not-positive", "'completionCap' must be above 0 but "
            + "was " + cap.toPlainString(), "'completionCap'须大于0,实为" + cap.toPlainString(),
            cap.toPlainString()));
    List<MetricWeight> weights = plan.teamRanking().metrics();
    Set<TeamMetric> seen = new HashSet<>();
    for (int i = 0; i < weights.size(); i++) {
      String path = "/teamRanking/metrics/" + i;
      MetricWeight weight = weights.get(i);
      if (!seen.add(weight.metric())) {
        add(path + "/metric", "duplicate-id", "'metric' must be listed once but '"
            + weight.metric().id() + "' is listed again", "'metric'只能列出一次,但'"
            + weight.metric().id() + "'重复列出", weight.metric().id());
      }
      if (weight.weight().signum() <= 0) {
        add(path + "/weight", "not-positive", "'weight' must be above 0 but was "
            + weight.weight().toPlainString(), "'weight'须大于0,实为"
            + weight.weight().toPlainString(), weight.weight().toPlainString());
      }
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
            + "' is also used at " + path + "/" + earlier, "'id'须唯一,但'" + value + "'在"
            + path + "/" + earlier + "已使用", value);
      }
      if (value.isBlank()) {
        add(path + "/" + i + "/id", "blank", "'id' must not be blank", "'id'不得为空", value);
      }
      ids.add(value);
    }
    return ids;
  }

  /** Reports an unknown reference and answers whether the reference is known. */
  private boolean reference(String path, String what, String value, Set<String> known) {
    return violations.reference(path, what, value, known);
  }

  private static String plain(Quantity q) {
    return q.value().toPlainString();
  }

  /** A quantity as a Chinese message writes it: 20亿元. */
  private static String zh(Quantity q) {
    return plain(q) + q.unit().chineseSymbol();
  }

  private void add(String path, String rule, String message, String messageZh, String value) {
    violations.add(path, rule, message, messageZh, value);
  }
}
