package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.Goal;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.IndicatorNature;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Measure;
import org.planmetrics.model.MeasureCategory;
import org.planmetrics.model.PeerGroup;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.Responsibility;
import org.planmetrics.model.ResponsibilityRole;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.Safeguard;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.Team;
import org.planmetrics.model.TierRuleMethod;
import org.planmetrics.model.UnitKind;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;
import org.planmetrics.model.time.WindowSelection;

/**
 * Random valid plans, for example one with 3 responsible units, a window of 2031–2033 and 5
 * targets: a plan that {@code PlanValidator} accepts, or it could not be built.
 *
 * <p>Every plan has: the indicators {@code money} (亿元), {@code dollars} (亿美元) and {@code
 * index} (an index, for ranks); 1 to 6 responsible units {@code unit-0}…, each used, some hosted
 * by an earlier one; two goals, {@code goal-a} holding the targets and {@code goal-b}; 1 or 2 key
 * directions, a measure and a safeguard; 1 to 3 cadences of different kinds ({@code TEAM_MEETING},
 * {@code BULLETIN}, {@code TRAINING}) and periods; 0 to 2 activity kinds ({@code VISIT}, {@code
 * TALK}); 0 or 1 team of the text; tier rules from {@link TierRules#valid()}; a peer group of 2 to
 * 13 units whose own unit is {@code peer-0}; and a window of 1 to 5 years starting between 2000
 * and 2039, with a second reading beside it.
 *
 * <p>Its targets keep every rule: each threshold fits its kind in unit and size (a growth from
 * −1 to 1, a share above 0 up to 1, whole counts and tiers), each target AT_LEAST (AT_MOST for
 * ranks) and ENSURE, no two promising the same, and a share's numerator narrows its
 * denominator. Texts mix ASCII, Chinese, quotes, backslashes and line breaks, and hold no figure
 * with a unit, so the checks of a target against its text have nothing to compare.
 */
public final class Plans {

  /** Characters that stress JSON escaping and Chinese text: quotes, backslashes, CJK, newlines. */
  private static final String ALPHABET =
      "abcxyz019 共青城市招商引资“”·〔〕、,:;()\"\\/\n\té—№";

  private static final List<String> CADENCE_KINDS = List.of("TEAM_MEETING", "BULLETIN", "TRAINING");
  private static final List<String> ACTIVITY_KINDS = List.of("VISIT", "TALK");

  private final RandomGenerator random;
  private final List<TargetKind> kinds;
  private ProjectTierRules tiers;

  private Plans(RandomGenerator random, List<TargetKind> kinds) {
    this.random = random;
    this.kinds = kinds;
  }

  /** Valid plans with 0 to 8 targets of any kinds (fewer where a drawn target repeats one). */
  public static Generator<Plan> valid() {
    return plans(List.of(TargetKind.values()), 0, 8);
  }

  /**
   * Valid plans whose {@code minTargets} to {@code maxTargets} targets are all of {@code kind}:
   * fewer where a drawn target repeats an earlier one, but at least one when {@code minTargets}
   * is.
   *
   * @throws InvalidArgumentException if {@code minTargets} is negative or {@code maxTargets} is
   *     below {@code minTargets}
   */
  public static Generator<Plan> withTargets(TargetKind kind, int minTargets, int maxTargets) {
    Objects.requireNonNull(kind, "'kind' must not be null");
    return plans(List.of(kind), minTargets, maxTargets);
  }

  private static Generator<Plan> plans(List<TargetKind> kinds, int minTargets, int maxTargets) {
    if (minTargets < 0) {
      throw new InvalidArgumentException("minTargets", "must be at least 0", "须至少为0", minTargets);
    }
    if (maxTargets < minTargets) {
      throw new InvalidArgumentException("maxTargets", "must be at least 'minTargets' ("
          + minTargets + ")", "须不小于'minTargets'(" + minTargets + ")", maxTargets);
    }
    return random -> {
      int unitCount = 1 + random.nextInt(6);
      int targetCount = random.nextInt(minTargets, maxTargets + 1);
      return new Plans(random, kinds).build(unitCount, targetCount);
    };
  }

  /**
   * {@code plan} with every target's operator and commitment replaced, for example to check a
   * property under each of them; valid as long as {@code operator} suits every target's kind
   * ({@link TargetKind#allowsOperator}).
   *
   * @throws org.planmetrics.model.InvalidPlanException if the operator does not suit a target
   */
  public static Plan withEveryTarget(Plan plan, ComparisonOperator operator,
      Commitment commitment) {
    return plan.withGoals(plan.goals().stream()
        .map(goal -> goal.withTargets(goal.targets().stream()
            .map(t -> t.withOperator(operator).withCommitment(commitment)).toList()))
        .toList());
  }

  private Plan build(int unitCount, int targetCount) {
    tiers = TierRules.valid().next(random);
    List<Indicator> indicators = List.of(
        Indicator.builder().id("money").name(text()).unit(Unit.CNY_100M).build(),
        Indicator.builder().id("dollars").name(text()).unit(Unit.USD_100M)
            .caliberNote(text()).build(),
        Indicator.builder().id("index").name(text()).unit(Unit.INDEX).build(),
        Indicator.builder().id("rate").name(text()).unit(Unit.RATIO)
            .nature(IndicatorNature.LEVEL).build());
    List<ResponsibleUnit> units = new ArrayList<>();
    for (int i = 0; i < unitCount; i++) {
      ResponsibleUnit.Builder unit = ResponsibleUnit.builder().id("unit-" + i).name(text())
          .kind(pick(UnitKind.values()));
      if (i > 0 && random.nextBoolean()) {
        unit.hostedBy("unit-" + random.nextInt(i));
      }
      units.add(unit.build());
    }
    List<Target> targets = targets(targetCount);
    int startYear = 2000 + random.nextInt(40);
    Plan.Builder plan = Plan.builder()
        .id("plan-" + random.nextInt(1000))
        .title(text()).issuer(text()).publishingDepartment(text())
        .publicationDate(LocalDate.of(startYear - 1, 1 + random.nextInt(12),
            1 + random.nextInt(28)))
        .informationIndexNumber("idx/" + random.nextInt(100000))
        .windowSelection(WindowSelection.builder().selected("main")
            .addReadings(WindowReading.builder().id("main")
                .window(PlanWindow.of(startYear, startYear + random.nextInt(5))).rationale(text())
                .build())
            .addReadings(WindowReading.builder().id("other")
                .window(PlanWindow.of(startYear + 1, startYear + 3)).rationale(text()).build())
            .build())
        .indicators(indicators)
        .addGoals(Goal.builder().id("goal-a").clause("二.1").title(text()).text(text())
            .targets(targets).build())
        .addGoals(Goal.builder().id("goal-b").clause("二.2").title(text()).text(text()).build())
        .units(units)
        .addMeasures(Measure.builder().id("measure").clause("四.(一).1").title(text()).text(text())
            .category(pick(MeasureCategory.values()))
            .responsibilities(responsibilities(unitCount, false)).build())
        .addSafeguards(Safeguard.builder().id("safeguard").clause("五.1").title(text())
            .text(text()).responsibilities(responsibilities(unitCount, false)).build())
        .projectTiers(tiers)
        .peerGroup(peerGroup());
    // The first direction gives every unit a responsibility, so that none is left unused.
    int directions = 1 + random.nextInt(2);
    for (int d = 1; d <= directions; d++) {
      plan.addKeyDirections(KeyDirection.builder().id("direction-" + d).clause("三." + d)
          .title(text()).text(text()).responsibilities(responsibilities(unitCount, d == 1))
          .addGoals("goal-b").build());
    }
    int cadences = 1 + random.nextInt(CADENCE_KINDS.size());
    for (int c = 0; c < cadences; c++) {
      plan.addCadences(CadenceRequirement.builder().id("cadence-" + c).clause("五.1")
          .kind(CADENCE_KINDS.get(c)).name(text()).text(text())
          .period(pick(CadencePeriod.values())).minimumCount(1 + random.nextInt(5))
          .owner("unit-" + random.nextInt(unitCount)).ownerStatedInText(random.nextBoolean())
          .build());
    }
    int activities = random.nextInt(ACTIVITY_KINDS.size() + 1);
    for (int a = 0; a < activities; a++) {
      plan.addActivityKinds(ActivityKind.builder().kind(ACTIVITY_KINDS.get(a)).name(text())
          .clause("五.2").build());
    }
    if (random.nextBoolean()) {
      Team.Builder team = Team.builder().id("team-of-the-text").name(text()).clause("四.(一).1")
          .text(text()).lead("unit-" + random.nextInt(unitCount));
      for (int i = 0; i < unitCount; i++) {
        if (random.nextInt(3) == 0) {
          team.addMembers("unit-" + i);
        }
      }
      plan.addTeams(team.build());
    }
    return plan.build();
  }

  /** {@code count} targets less those that repeat an earlier one; the first always stays. */
  private List<Target> targets(int count) {
    List<Target> targets = new ArrayList<>();
    Set<List<Object>> promises = new HashSet<>();
    for (int i = 0; i < count; i++) {
      Target target = target("target-" + i, pick(kinds.toArray(TargetKind[]::new)));
      // The validator refuses two targets with the same promise. Operators and commitments are
      // left out of the promise, so that withEveryTarget cannot make two alike.
      if (promises.add(List.of(target.kind(), target.indicator(), target.projects(),
          target.share(), target.period(), target.cohort(), target.reached(),
          target.threshold().unit(),
          target.threshold().value().stripTrailingZeros()))) {
        targets.add(target);
      }
    }
    return targets;
  }

  private Target target(String id, TargetKind kind) {
    ComparisonOperator operator = kind.allowsOperator(ComparisonOperator.AT_LEAST)
        ? ComparisonOperator.AT_LEAST : ComparisonOperator.AT_MOST;
    Target.Builder target = Target.builder().id(id).clause("二.1").text(text()).kind(kind)
        .operator(operator).commitment(Commitment.ENSURE);
    boolean inDollars = random.nextBoolean();
    switch (kind) {
      case ANNUAL_GROWTH:
        return target.indicator(inDollars ? "dollars" : "money")
            .threshold(Quantity.of(decimal(-1, 1), Unit.RATIO)).build();
      case CUMULATIVE_AMOUNT:
        return target.indicator(inDollars ? "dollars" : "money")
            .threshold(Quantity.of(decimal(0, 1000), inDollars ? Unit.USD_100M : Unit.CNY_100M))
            .build();
      case PERIOD_AMOUNT:
        // Targets are drawn before the window, so their periods name no year: each full year,
        // or one quarter of each year.
        return target.indicator(inDollars ? "dollars" : "money")
            .period(random.nextBoolean() ? TargetPeriod.builder().kind(PeriodKind.YEAR).build()
                : TargetPeriod.builder().kind(PeriodKind.QUARTER).quarter(1 + random.nextInt(4))
                    .build())
            .threshold(Quantity.of(decimal(0, 1000), inDollars ? Unit.USD_100M : Unit.CNY_100M))
            .build();
      case LEVEL:
        // A level of the window's end year: a rate, as most "到…年达到" targets are.
        return target.indicator("rate").threshold(Quantity.of(decimal(0, 1), Unit.RATIO)).build();
      case AVERAGE_GROWTH:
        return target.indicator(inDollars ? "dollars" : "money")
            .threshold(Quantity.of(decimal(-1, 1), Unit.RATIO)).build();
      case ANNUAL_COUNT:
      case CUMULATIVE_COUNT:
        return target.projects(criteria()).threshold(Quantity.count(random.nextInt(30))).build();
      case SHARE:
        ProjectCriteria denominator = criteria();
        BigDecimal share = decimal(0, 1);
        return target.share(ShareDefinition.builder().numerator(narrower(denominator))
                .denominator(denominator).build())
            .threshold(Quantity.of(share.signum() == 0 ? BigDecimal.ONE : share, Unit.RATIO))
            .build();
      case FIRST_TIER_RANK:
        return target.indicator("index")
            .threshold(Quantity.of(BigDecimal.valueOf(1 + random.nextInt(3)), Unit.TIER)).build();
      case COHORT_RATE:
        // The stage to reach differs from the cohort's (the plan's counting stage), as the
        // validator asks.
        CountingStage[] later = Arrays.stream(CountingStage.values())
            .filter(s -> s != tiers.countingStage()).toArray(CountingStage[]::new);
        BigDecimal rate = decimal(0, 1);
        return target.cohort(criteria())
            .reached(CohortReach.builder().stage(pick(later))
                .within(pick(CohortReach.Deadline.values())).build())
            .threshold(Quantity.of(rate.signum() == 0 ? BigDecimal.ONE : rate, Unit.RATIO))
            .build();
      default:
        throw new AssertionError(kind);
    }
  }

  private ProjectCriteria criteria() {
    ProjectCriteria.Builder criteria = ProjectCriteria.builder();
    if (random.nextBoolean()) {
      criteria.addTiers(pick(tiers.tiers().toArray(ProjectTier[]::new)).id());
    }
    if (random.nextBoolean()) {
      criteria.industrial(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      criteria.leadingIndustry(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      criteria.topInvestor(true);
    }
    return criteria.build();
  }

  /**
   * A criteria that keeps every condition of {@code wider} and may add others, so that it can
   * select some of wider's projects, as a share's numerator must.
   */
  private ProjectCriteria narrower(ProjectCriteria wider) {
    ProjectCriteria.Builder criteria = ProjectCriteria.builder().from(wider);
    if (wider.industrial().isEmpty() && random.nextBoolean()) {
      criteria.industrial(random.nextBoolean());
    }
    if (wider.leadingIndustry().isEmpty() && random.nextBoolean()) {
      criteria.leadingIndustry(random.nextBoolean());
    }
    if (wider.topInvestor().isEmpty() && random.nextBoolean()) {
      criteria.topInvestor(true);
    }
    return criteria.build();
  }

  /** 2 to 13 peers (13 as Jiujiang ranks), ranked by a top-third or a top-count rule. */
  private PeerGroup peerGroup() {
    PeerGroup.Builder group = PeerGroup.builder().id("peers").name(text()).self("peer-0");
    int peers = 2 + random.nextInt(12);
    for (int i = 0; i < peers; i++) {
      group.addUnits(PeerUnit.builder().id("peer-" + i).name(text()).build());
    }
    return group.firstTierRule(random.nextBoolean() ? FirstTierRule.topThird()
        : FirstTierRule.builder().method(TierRuleMethod.TOP_COUNT).count(1 + random.nextInt(4))
            .build())
        .build();
  }

  /** Each unit at most once, in unit order; every unit when {@code everyUnit}. */
  private List<Responsibility> responsibilities(int unitCount, boolean everyUnit) {
    List<Responsibility> result = new ArrayList<>();
    ResponsibilityRole[] roles = {ResponsibilityRole.LEAD, ResponsibilityRole.RESPONSIBLE,
        ResponsibilityRole.PARTICIPANT};
    for (int i = 0; i < unitCount; i++) {
      if (!everyUnit && random.nextInt(3) > 0) {
        continue;
      }
      Responsibility.Builder r = Responsibility.builder().unit("unit-" + i).role(pick(roles));
      if (random.nextBoolean()) {
        r.scope(text());
      }
      if (random.nextBoolean()) {
        r.asWritten(string());
      }
      result.add(r.build());
    }
    return result;
  }

  /** A decimal from {@code min} to {@code max} with 0 to 4 decimal places. */
  private BigDecimal decimal(int min, int max) {
    return Decimals.between(BigDecimal.valueOf(min), BigDecimal.valueOf(max), 4).next(random);
  }

  private LocalizedText text() {
    return LocalizedText.of(string(), string());
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
