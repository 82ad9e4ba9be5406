package org.planmetrics.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;
import org.planmetrics.model.time.WindowSelection;
import org.quicktheories.core.Gen;

/**
 * Generates random but valid plans for property tests: every reference points at something that
 * exists, every threshold fits its kind in unit and size, every unit is used and none twice in one
 * list, no two targets promise the same, and a share's numerator narrows its denominator. The
 * texts hold no figures, so the checks against the text have nothing to compare. Every choice is
 * drawn through {@link Choices}, so a failing plan shrinks to one with fewer units, targets and
 * characters.
 */
final class RandomPlans {

  /** Characters that stress JSON escaping and Chinese text: quotes, backslashes, CJK, newlines. */
  private static final String ALPHABET =
      "abcxyz019 共青城市招商引资“”·〔〕、,:;()\"\\/\n\té—№";

  private final Choices random;
  private final TargetKind kind;

  private RandomPlans(Choices random, TargetKind kind) {
    this.random = random;
    this.kind = kind;
  }

  /**
   * Plans with 1 to 6 responsible units and {@code minTargets} to {@code maxTargets} targets (fewer
   * where a drawn target repeats an earlier one, but at least one when {@code minTargets} is), all
   * of {@code kind}, each with the operator AT_LEAST (AT_MOST for ranks) and the commitment ENSURE
   * (see {@link #withEveryTarget}).
   */
  static Gen<Plan> plans(TargetKind kind, int minTargets, int maxTargets) {
    return in -> {
      Choices choices = new Choices(in);
      int unitCount = 1 + choices.nextInt(6);
      int targetCount = minTargets + choices.nextInt(maxTargets - minTargets + 1);
      return new RandomPlans(choices, kind).build(unitCount, targetCount);
    };
  }

  /** {@code plan} with every target's operator and commitment replaced. */
  static Plan withEveryTarget(Plan plan, ComparisonOperator operator, Commitment commitment) {
    return plan.withGoals(plan.goals().stream()
        .map(goal -> goal.withTargets(goal.targets().stream()
            .map(t -> t.withOperator(operator).withCommitment(commitment)).toList()))
        .toList());
  }

  private Plan build(int unitCount, int targetCount) {
    List<Indicator> indicators = List.of(
        Indicator.builder().id("money").name(text()).unit(Unit.CNY_100M).build(),
        Indicator.builder().id("dollars").name(text()).unit(Unit.USD_100M)
            .caliberNote(text()).build(),
        Indicator.builder().id("index").name(text()).unit(Unit.INDEX).build());
    List<ResponsibleUnit> units = new ArrayList<>();
    for (int i = 0; i < unitCount; i++) {
      ResponsibleUnit.Builder unit = ResponsibleUnit.builder().id("unit-" + i).name(text())
          .kind(pick(UnitKind.values()));
      if (i > 0 && random.nextBoolean()) {
        unit.hostedBy("unit-" + random.nextInt(i));
      }
      units.add(unit.build());
    }
    List<Target> targets = new ArrayList<>();
    Set<List<Object>> promises = new HashSet<>();
    for (int i = 0; i < targetCount; i++) {
      Target target = target("target-" + i);
      // The validator refuses two targets with the same promise; operators are all alike here.
      if (promises.add(List.of(target.indicator(), target.projects(), target.share(),
          target.threshold().unit(), target.threshold().value().stripTrailingZeros()))) {
        targets.add(target);
      }
    }
    int startYear = 2000 + random.nextInt(40);
    return Plan.builder()
        .id("plan-" + random.nextInt(1000))
        .title(text()).issuer(text()).publishingDepartment(text())
        .publicationDate(LocalDate.of(startYear - 1, 1 + random.nextInt(12), 1 + random.nextInt(28)))
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
        .addKeyDirections(KeyDirection.builder().id("direction").clause("三.1").title(text())
            .text(text()).responsibilities(responsibilities(unitCount, true))
            .addGoals("goal-b").build())
        .addMeasures(Measure.builder().id("measure").clause("四.(一).1").title(text()).text(text())
            .category(pick(MeasureCategory.values()))
            .responsibilities(responsibilities(unitCount, false)).build())
        .addSafeguards(Safeguard.builder().id("safeguard").clause("五.1").title(text())
            .text(text()).responsibilities(responsibilities(unitCount, false)).build())
        .addCadences(CadenceRequirement.builder().id("cadence").clause("五.1").kind("TEAM_MEETING")
            .name(text()).text(text()).period(pick(CadencePeriod.values()))
            .minimumCount(1 + random.nextInt(5)).owner("unit-" + random.nextInt(unitCount))
            .ownerStatedInText(random.nextBoolean()).build())
        .projectTiers(ProjectTierRules.builder()
            .addTiers(ProjectTier.builder().id("big").name(text())
                .minInvestment(Quantity.of(decimal(100, 200), Unit.CNY_100M)).build())
            .addTiers(ProjectTier.builder().id("mid").name(text())
                .minInvestment(Quantity.of(decimal(1, 50), Unit.CNY_100M))
                .maxInvestment(Quantity.of(new BigDecimal("100"), Unit.CNY_100M)).build())
            .bandMode(pick(BandMode.values()))
            .countingStage(pick(CountingStage.values()))
            .addTopInvestorTypes(pick(InvestorType.values()))
            .build())
        .peerGroup(PeerGroup.builder().id("peers").name(text()).self("peer-0")
            .addUnits(PeerUnit.builder().id("peer-0").name(text()).build())
            .addUnits(PeerUnit.builder().id("peer-1").name(text()).build())
            .firstTierRule(random.nextBoolean() ? FirstTierRule.topThird()
                : FirstTierRule.builder().method(TierRuleMethod.TOP_COUNT).count(2).build())
            .build())
        .build();
  }

  private Target target(String id) {
    ComparisonOperator operator = kind.allowsOperator(ComparisonOperator.AT_LEAST)
        ? ComparisonOperator.AT_LEAST : ComparisonOperator.AT_MOST;
    Target.Builder target = Target.builder().id(id).clause("二.1").text(text()).kind(kind)
        .operator(operator).commitment(Commitment.ENSURE);
    switch (kind) {
      case ANNUAL_GROWTH:
        return target.indicator(random.nextBoolean() ? "money" : "dollars")
            .threshold(Quantity.of(decimal(-1, 1), Unit.RATIO)).build();
      case CUMULATIVE_AMOUNT:
        return target.indicator("dollars")
            .threshold(Quantity.of(decimal(0, 1000), Unit.USD_100M)).build();
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
      default:
        throw new AssertionError(kind);
    }
  }

  private ProjectCriteria criteria() {
    ProjectCriteria.Builder criteria = ProjectCriteria.builder();
    if (random.nextBoolean()) {
      criteria.addTiers(random.nextBoolean() ? "big" : "mid");
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

  /** Each unit at most once, in unit order; every unit when {@code everyUnit}. */
  private List<Responsibility> responsibilities(int unitCount, boolean everyUnit) {
    List<Responsibility> result = new ArrayList<>();
    ResponsibilityRole[] roles = {ResponsibilityRole.LEAD, ResponsibilityRole.RESPONSIBLE,
        ResponsibilityRole.PARTICIPANT};
    for (int i = 0; i < unitCount; i++) {
      if (!everyUnit && random.nextInt(3) > 0) {
        continue;
      }
      Responsibility.Builder r = Responsibility.builder().unit("unit-" + i)
          .role(pick(roles));
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

  /** A decimal between {@code min} and {@code max} with 0 to 4 decimal places. */
  private BigDecimal decimal(int min, int max) {
    int scale = random.nextInt(5);
    long span = (long) (max - min) * (long) Math.pow(10, scale);
    long unscaled = (long) min * (long) Math.pow(10, scale) + random.between(0, span - 1);
    return BigDecimal.valueOf(unscaled, scale);
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
    return random.pick(values);
  }
}
