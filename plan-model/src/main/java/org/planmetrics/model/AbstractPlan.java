package org.planmetrics.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;
import org.planmetrics.model.time.WindowSelection;

/**
 * A whole action plan as data, for example {@code gongqingcheng-2022}, 共青城市强招商兴产业促倍增
 * 三年行动实施方案: 3 goals with 13 targets, 8 key directions, 11 measures, 4 safeguards, the
 * responsible units, the reporting cadences, the project tiers and the peer group.
 *
 * <p>A plan is always valid: building one (from JSON or with {@link Plan#builder()}) runs {@link
 * PlanValidator} and throws {@link InvalidPlanException} listing every violation.
 */
@Value.Immutable
@JsonSerialize(as = Plan.class)
@JsonDeserialize(as = Plan.class)
public abstract class AbstractPlan {

  /** The version of the plan-file format this plan was written in. */
  public static final int CURRENT_FORMAT_VERSION = 1;

  @Value.Default
  public int formatVersion() {
    return CURRENT_FORMAT_VERSION;
  }

  /** A stable id, for example {@code gongqingcheng-2022}. */
  public abstract String id();

  public abstract LocalizedText title();

  /** Who issued the plan (发文机关), for example 市委办公室 市政府办公室. */
  public abstract LocalizedText issuer();

  /** The department that published it (责任部门), for example 共青城市商务局. */
  public abstract LocalizedText publishingDepartment();

  public abstract LocalDate publicationDate();

  /** The government information index number (信息索取号), for example 000014349/2022-02533. */
  public abstract String informationIndexNumber();

  /** The document this plan implements. */
  public abstract Optional<ParentDocument> parentDocument();

  /** The readings of the plan's period and the one in force. In a plan file: {@code "window"}. */
  @JsonProperty("window")
  public abstract WindowSelection windowSelection();

  /**
   * The day the plan's recurring duties (meetings, bulletins, trainings) start to count, for
   * example 2022-12-22, the day the bundled plan was issued: a meeting held before the plan asked
   * for it is not kept for the plan. Absent, duties count from the window's first day. The
   * statistics window is not affected. See {@link #dutiesStart()}.
   */
  public abstract Optional<LocalDate> dutiesFrom();

  public abstract List<Indicator> indicators();

  public abstract List<Goal> goals();

  public abstract List<ResponsibleUnit> units();

  public abstract List<KeyDirection> keyDirections();

  public abstract List<Measure> measures();

  public abstract List<Safeguard> safeguards();

  public abstract List<CadenceRequirement> cadences();

  /**
   * The duties the plan sets without a number, for example 五.2's "定期召开全市招商引资项目推进会":
   * shown beside the cadences, never scored. Absent from a plan file, none.
   */
  public abstract List<UncountedDuty> uncountedDuties();

  public abstract ProjectTierRules projectTiers();

  public abstract PeerGroup peerGroup();

  /** The teams (组团) the text itself creates; the office's whole roster comes with observations. */
  public abstract List<Team> teams();

  /** The kinds of activity teams log (走访, 洽谈, 推介), beside the cadences' event kinds. */
  public abstract List<ActivityKind> activityKinds();

  /**
   * Figures the plan assigns to each of several units, parks or townships ("分别为800万元、600万元、
   * 300万元"), each assessed as the office assesses its teams' tasks.
   */
  public abstract List<UnitQuota> quotas();

  /** When a project followed from signing to production counts as stalled. */
  @Value.Default
  public StalledProjectRule stalledProjects() {
    return StalledProjectRule.builder().build();
  }

  /** How the monthly team ranking orders teams; {@link TeamRankingRule#unweightedMean()} if unset. */
  @Value.Default
  public TeamRankingRule teamRanking() {
    return TeamRankingRule.unweightedMean();
  }

  /**
   * The choices this file encodes that the text does not state, for example how a "50·20" project
   * is bounded, each with why and the targets and cadences it bears on. The reading of the window
   * is not among them: it is {@link #windowSelection()}. Absent from a plan file, none.
   */
  public abstract List<Reading> readings();

  @Value.Check
  protected void check() {
    List<Violation> violations = PlanValidator.violations((Plan) this);
    if (!violations.isEmpty()) {
      throw new InvalidPlanException("'" + id() + "'", violations);
    }
  }

  /** The window in force, for example 2022–2024. */
  // Lazy: every assessment asks for it, several times; a plan is immutable, so once is enough.
  @Value.Lazy
  public PlanWindow window() {
    String selected = windowSelection().selected();
    return windowSelection().reading(selected).map(WindowReading::window).orElseThrow();
  }

  /**
   * The first day on which duties count: the later of {@link #dutiesFrom()} and the window's
   * first day, for example 2022-12-22 for the bundled plan in 2022–2024, and 2023-01-01 once its
   * window is read as 2023–2025. Only the periods of a cadence that start on or after this day
   * are checked, so with 2022-12-22 the first month counted is 2023-01 (December 2022 started
   * before it) and the first ISO week is 2022-W52 (Monday 2022-12-26).
   */
  public LocalDate dutiesStart() {
    LocalDate windowStart = window().firstDay();
    return dutiesFrom().filter(d -> d.isAfter(windowStart)).orElse(windowStart);
  }

  /**
   * The same plan with another reading of its period, for example
   * {@code plan.withWindowReading("publication")} for 2023–2025.
   *
   * @throws InvalidPlanException if the plan has no reading with that id
   */
  public Plan withWindowReading(String readingId) {
    return ((Plan) this).withWindowSelection(windowSelection().withSelected(readingId));
  }

  /** Every target of every goal, in plan order. */
  public List<Target> targets() {
    return goals().stream().flatMap(g -> g.targets().stream())
        .collect(ImmutableList.toImmutableList());
  }

  public Optional<Target> target(String id) {
    return Optional.ofNullable(targetsById().get(id));
  }

  /** The goal holding the target with this id. */
  public Optional<Goal> goalOf(String targetId) {
    return Optional.ofNullable(goalsByTargetId().get(targetId));
  }

  public Optional<Goal> goal(String id) {
    return find(goals(), Goal::id, id);
  }

  /** The targets of a goal in plan order; empty for an unknown goal. */
  public List<Target> targetsOf(String goalId) {
    return goal(goalId).<List<Target>>map(Goal::targets).orElse(List.of());
  }

  public Optional<Indicator> indicator(String id) {
    return find(indicators(), Indicator::id, id);
  }

  public Optional<ResponsibleUnit> unit(String id) {
    return find(units(), ResponsibleUnit::id, id);
  }

  public Optional<KeyDirection> keyDirection(String id) {
    return find(keyDirections(), KeyDirection::id, id);
  }

  public Optional<Measure> measure(String id) {
    return find(measures(), Measure::id, id);
  }

  public Optional<Safeguard> safeguard(String id) {
    return find(safeguards(), Safeguard::id, id);
  }

  public Optional<Team> team(String id) {
    return find(teams(), Team::id, id);
  }

  public Optional<CadenceRequirement> cadence(String id) {
    return find(cadences(), CadenceRequirement::id, id);
  }

  public Optional<UncountedDuty> uncountedDuty(String id) {
    return find(uncountedDuties(), UncountedDuty::id, id);
  }

  public Optional<Reading> reading(String id) {
    return find(readings(), Reading::id, id);
  }

  /**
   * Everything {@code unitId} is responsible for, lead or supporting: key directions, then
   * measures, then safeguards, then the cadences it owns, then the uncounted duties it owns, each
   * in document order.
   */
  public List<UnitResponsibility> responsibilitiesOf(String unitId) {
    ImmutableList.Builder<UnitResponsibility> result = ImmutableList.builder();
    Stream.of(
            holders(PlanItemType.KEY_DIRECTION, keyDirections()),
            holders(PlanItemType.MEASURE, measures()),
            holders(PlanItemType.SAFEGUARD, safeguards()))
        .flatMap(s -> s)
        .forEach(entry -> entry.getValue().responsibilities().stream()
            .filter(r -> r.unit().equals(unitId))
            .forEach(r -> result.add(UnitResponsibility.builder()
                .unit(unitId)
                .itemType(entry.getKey())
                .itemId(entry.getValue().id())
                .clause(entry.getValue().clause())
                .itemTitle(entry.getValue().title())
                .role(r.role())
                .scope(r.scope())
                .build())));
    cadences().stream().filter(c -> c.owner().equals(unitId)).forEach(c ->
        result.add(UnitResponsibility.builder()
            .unit(unitId)
            .itemType(PlanItemType.CADENCE)
            .itemId(c.id())
            .clause(c.clause())
            .itemTitle(c.name())
            .role(ResponsibilityRole.OWNER)
            .build()));
    uncountedDuties().stream().filter(d -> d.owner().equals(unitId)).forEach(d ->
        result.add(UnitResponsibility.builder()
            .unit(unitId)
            .itemType(PlanItemType.UNCOUNTED_DUTY)
            .itemId(d.id())
            .clause(d.clause())
            .itemTitle(d.name())
            .role(ResponsibilityRole.OWNER)
            .build()));
    return result.build();
  }

  /** Every unit that leads (牵头) some part of a direction, measure or safeguard. */
  public List<UnitResponsibility> leads() {
    return units().stream()
        .flatMap(u -> responsibilitiesOf(u.id()).stream())
        .filter(r -> r.role() == ResponsibilityRole.LEAD)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  protected ImmutableMap<String, Target> targetsById() {
    // Built once per plan: ids are unique, which validation has already ensured.
    return targets().stream().collect(ImmutableMap.toImmutableMap(Target::id, t -> t));
  }

  @Value.Lazy
  protected ImmutableMap<String, Goal> goalsByTargetId() {
    // Built once per plan, like targetsById: every assessment names its target's goal.
    ImmutableMap.Builder<String, Goal> byTarget = ImmutableMap.builder();
    for (Goal goal : goals()) {
      for (Target target : goal.targets()) {
        byTarget.put(target.id(), goal);
      }
    }
    return byTarget.build();
  }

  private static Stream<java.util.Map.Entry<PlanItemType, ResponsibilityHolder>> holders(
      PlanItemType type, List<? extends ResponsibilityHolder> items) {
    return items.stream().map(i -> java.util.Map.entry(type, (ResponsibilityHolder) i));
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
  }
}
