package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Random project tier rules as a plan holds them, for example "100" (at least 100 亿元) and
 * "50·20" (at least 20, under 100), and investments around their bounds.
 */
public final class TierRules {

  /** The smallest step under a bound that {@link #investmentsAround} tries: {@code 0.0001}. */
  public static final BigDecimal STEP = Amounts.STEP;

  private static final BigDecimal TINY_STEP = BigDecimal.ONE.movePointLeft(Decimals.MAX_SCALE);

  private TierRules() {}

  /**
   * Valid tier rules: 1 to 4 tiers, largest first, each from a bound of 0 to 200 亿元 with 0 to 2
   * decimal places up to the next tier's bound (exclusive), the top tier open, so that in {@link
   * BandMode#EXCLUSIVE} mode every investment from the lowest bound up falls in exactly one tier.
   * The band mode and the counting stage are drawn; at least one investor type counts as a top
   * investor, so that a target may select top investors' projects. Tier ids are {@code tier-1}
   * (the largest) to {@code tier-4}.
   */
  public static Generator<ProjectTierRules> valid() {
    return random -> {
      List<BigDecimal> ascending = bounds(random);
      List<ProjectTier> tiers = new ArrayList<>();
      for (int i = ascending.size() - 1; i >= 0; i--) {
        int number = ascending.size() - i;
        ProjectTier.Builder tier = ProjectTier.builder().id("tier-" + number)
            .name(LocalizedText.of("第" + number + "档", "tier " + number))
            .minInvestment(Quantity.of(ascending.get(i), Unit.CNY_100M));
        if (i + 1 < ascending.size()) {
          tier.maxInvestment(Quantity.of(ascending.get(i + 1), Unit.CNY_100M));
        }
        tiers.add(tier.build());
      }
      Set<InvestorType> topInvestors = EnumSet.noneOf(InvestorType.class);
      InvestorType[] types = InvestorType.values();
      topInvestors.add(types[random.nextInt(types.length)]);
      for (InvestorType type : types) {
        if (random.nextInt(3) == 0) {
          topInvestors.add(type);
        }
      }
      BandMode[] modes = BandMode.values();
      // Any stage a plan may count at: a pipeline project not yet signed is in no plan-wide count.
      CountingStage[] stages = Arrays.stream(CountingStage.values())
          .filter(stage -> stage != CountingStage.PIPELINE).toArray(CountingStage[]::new);
      return ProjectTierRules.builder().tiers(tiers)
          .bandMode(modes[random.nextInt(modes.length)])
          .countingStage(stages[random.nextInt(stages.length)])
          .topInvestorTypes(topInvestors)
          .build();
    };
  }

  /** 1 to 4 distinct bounds from 0 to 200 with 0 to 2 places, ascending. */
  private static List<BigDecimal> bounds(RandomGenerator random) {
    Generator<BigDecimal> bound = Decimals.between(BigDecimal.ZERO, BigDecimal.valueOf(200), 2);
    TreeSet<BigDecimal> distinct = new TreeSet<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      // TreeSet compares numerically, so 20 and 20.0 are one bound.
      distinct.add(bound.next(random));
    }
    return List.copyOf(distinct);
  }

  /**
   * Investments in 亿元 for projects sized by {@code rules}: from 0 to one and a half times the
   * largest bound (at least 10) with 0 to 4 places, and, one draw in {@value
   * Generator#EDGE_CASE_ONE_IN}, a bound of a tier exactly, one {@link #STEP} under it, or 1E-18
   * under it, where a tier test written with {@code >} instead of {@code >=} goes wrong. Never
   * below 0, as a ledger project's investment cannot be.
   */
  public static Generator<BigDecimal> investmentsAround(ProjectTierRules rules) {
    Objects.requireNonNull(rules, "'rules' must not be null");
    TreeSet<BigDecimal> edges = new TreeSet<>();
    BigDecimal largest = BigDecimal.TEN;
    for (ProjectTier tier : rules.tiers()) {
      for (Quantity bound : tier.maxInvestment().map(max -> List.of(tier.minInvestment(), max))
          .orElse(List.of(tier.minInvestment()))) {
        BigDecimal value = bound.value();
        largest = largest.max(value);
        edges.add(value);
        for (BigDecimal under : List.of(value.subtract(STEP), value.subtract(TINY_STEP))) {
          if (under.signum() >= 0) {
            edges.add(under);
          }
        }
      }
    }
    Generator<BigDecimal> ordinary = Decimals.between(BigDecimal.ZERO,
        largest.add(largest.divide(BigDecimal.valueOf(2))), Amounts.PLACES);
    return edges.isEmpty() ? ordinary : ordinary.withEdgeCases(Generator.oneOf(List.copyOf(edges)));
  }
}
