package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.quicktheories.core.Gen;

class TierCountsProperties {

  /**
   * Tiers as the plan validator accepts them in EXCLUSIVE mode: contiguous bands [b_i, b_{i+1})
   * between distinct whole-number bounds, the top one open, listed largest first. The band mode
   * is left to the caller through {@link #withMode}.
   */
  private static Gen<ProjectTierRules> exclusiveRules() {
    return lists().of(integers().between(0, 200)).ofSizeBetween(1, 5).map(bounds -> {
      List<Integer> ascending = new ArrayList<>(new TreeSet<>(bounds));
      List<ProjectTier> tiers = new ArrayList<>();
      for (int i = ascending.size() - 1; i >= 0; i--) {
        ProjectTier.Builder tier = ProjectTier.builder().id("t" + ascending.get(i))
            .name(LocalizedText.of("档" + i, "tier " + i))
            .minInvestment(yuan(BigDecimal.valueOf(ascending.get(i).longValue())));
        if (i + 1 < ascending.size()) {
          tier.maxInvestment(yuan(BigDecimal.valueOf(ascending.get(i + 1).longValue())));
        }
        tiers.add(tier.build());
      }
      return ProjectTierRules.builder().tiers(tiers).bandMode(BandMode.EXCLUSIVE).build();
    });
  }

  private static ProjectTierRules withMode(ProjectTierRules rules, BandMode mode) {
    return ProjectTierRules.copyOf(rules).withBandMode(mode);
  }

  /** Investments from 0 to 250 亿元 with 0 to 2 places, often exactly on a bound. */
  private static Gen<Quantity> investments() {
    return MetricsGenerators.decimals(0, 250)
        .map(value -> value.setScale(Math.min(value.scale(), 2),
            Precision.MATH_CONTEXT.getRoundingMode()))
        .mix(integers().between(0, 200).map(bound -> BigDecimal.valueOf(bound.longValue())))
        .map(TierCountsProperties::yuan);
  }

  private static Quantity yuan(BigDecimal value) {
    return Quantity.of(value, Unit.CNY_100M);
  }

  private static BigDecimal lowestMinimum(ProjectTierRules rules) {
    return rules.tiers().get(rules.tiers().size() - 1).minInvestment().value();
  }

  @Test
  void exclusiveModePutsEachProjectInExactlyOneTierAboveTheLowestMinimum() {
    qt().forAll(exclusiveRules(), investments()).checkAssert((rules, investment) -> {
      List<String> tiers = TierCounts.tiersOf(investment, rules);
      boolean aboveLowest = investment.value().compareTo(lowestMinimum(rules)) >= 0;
      assertThat(tiers).hasSize(aboveLowest ? 1 : 0);
      tiers.forEach(id -> {
        ProjectTier tier = rules.tier(id).orElseThrow();
        assertThat(investment.compareTo(tier.minInvestment())).isNotNegative();
        tier.maxInvestment().ifPresent(max -> assertThat(investment.compareTo(max)).isNegative());
      });
    });
  }

  @Test
  void nestedModePutsAProjectInEveryTierWhoseMinimumItReaches() {
    qt().forAll(exclusiveRules(), investments()).checkAssert((rules, investment) -> {
      ProjectTierRules nested = withMode(rules, BandMode.NESTED);
      List<String> expected = rules.tiers().stream()
          .filter(tier -> investment.compareTo(tier.minInvestment()) >= 0)
          .map(ProjectTier::id).toList();
      assertThat(TierCounts.tiersOf(investment, nested)).isEqualTo(expected);
    });
  }

  @Test
  void nestedCountsAreAtLeastExclusiveCountsForEachTier() {
    qt().forAll(exclusiveRules(), lists().of(investments()).ofSizeBetween(0, 30))
        .checkAssert((rules, investments) -> {
          ProjectTierRules nested = withMode(rules, BandMode.NESTED);
          for (ProjectTier tier : rules.tiers()) {
            assertThat(TierCounts.count(investments, tier.id(), nested))
                .isGreaterThanOrEqualTo(TierCounts.count(investments, tier.id(), rules));
          }
          // The top tier is open, so there the modes agree.
          String top = rules.tiers().get(0).id();
          assertThat(TierCounts.count(investments, top, nested))
              .isEqualTo(TierCounts.count(investments, top, rules));
        });
  }

  @ParameterizedTest
  @EnumSource(BandMode.class)
  void countsAgreeWithCountAndWithEachProjectsTiers(BandMode mode) {
    qt().forAll(exclusiveRules(), lists().of(investments()).ofSizeBetween(0, 30))
        .checkAssert((exclusive, investments) -> {
          ProjectTierRules rules = mode == BandMode.NESTED ? withMode(exclusive, BandMode.NESTED)
              : exclusive;
          Map<String, Long> counts = TierCounts.counts(investments, rules);
          assertThat(counts.keySet()).containsExactlyElementsOf(
              rules.tiers().stream().map(ProjectTier::id).toList());
          for (ProjectTier tier : rules.tiers()) {
            long byProject = investments.stream()
                .filter(investment -> TierCounts.tiersOf(investment, rules).contains(tier.id()))
                .count();
            assertThat(counts.get(tier.id())).isEqualTo(byProject)
                .isEqualTo(TierCounts.count(investments, tier.id(), rules));
          }
        });
  }

  @Test
  void exclusiveCountsAddUpToTheProjectsAboveTheLowestMinimum() {
    qt().forAll(exclusiveRules(), lists().of(investments()).ofSizeBetween(0, 30))
        .check((rules, investments) -> {
          long total = TierCounts.counts(investments, rules).values().stream()
              .mapToLong(Long::longValue).sum();
          long tiered = investments.stream()
              .filter(investment -> investment.value().compareTo(lowestMinimum(rules)) >= 0)
              .count();
          return total == tiered;
        });
  }
}
