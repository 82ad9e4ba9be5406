package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.metrics.TierCounts;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.TierRules;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The promises of {@link TierCounts} (see {@link Guarantee}), over the kit's tier rules and
 * investments around their bounds: exactly on a bound, 0.0001 under it, 1E-18 under it.
 */
class TierCountsProperties {

  /** Tier rules in one band mode and investments (亿元) sized by them. */
  private record Case(ProjectTierRules rules, List<Quantity> investments) {}

  private static Gen<Case> cases(BandMode mode, int minProjects, int maxProjects) {
    return Gens.of(random -> {
      ProjectTierRules rules = ProjectTierRules.copyOf(TierRules.valid().next(random))
          .withBandMode(mode);
      List<Quantity> investments = Generator.listOf(TierRules.investmentsAround(rules)
          .map(value -> Quantity.of(value, Unit.CNY_100M)), minProjects, maxProjects)
          .next(random);
      return new Case(rules, investments);
    });
  }

  private static BigDecimal lowestMinimum(ProjectTierRules rules) {
    return rules.tiers().get(rules.tiers().size() - 1).minInvestment().value();
  }

  @Test
  @Checks(Guarantee.EXCLUSIVE_MODE_PUTS_EACH_PROJECT_IN_ONE_TIER)
  void exclusiveModePutsEachProjectInExactlyOneTierAboveTheLowestMinimum() {
    qt().forAll(cases(BandMode.EXCLUSIVE, 1, 1)).checkAssert(c -> {
      Quantity investment = c.investments().get(0);
      List<String> tiers = TierCounts.tiersOf(investment, c.rules());
      boolean aboveLowest = investment.value().compareTo(lowestMinimum(c.rules())) >= 0;
      assertThat(tiers).hasSize(aboveLowest ? 1 : 0);
      tiers.forEach(id -> {
        ProjectTier tier = c.rules().tier(id).orElseThrow();
        assertThat(investment.compareTo(tier.minInvestment())).isNotNegative();
        tier.maxInvestment().ifPresent(max -> assertThat(investment.compareTo(max)).isNegative());
      });
    });
  }

  /** The rules with each tier's yuan bounds given again, as the same numbers, in 万美元. */
  private static ProjectTierRules withDollarBounds(ProjectTierRules rules) {
    return rules.withTiers(rules.tiers().stream().map(tier -> tier
        .withMinForeignCapital(Quantity.of(tier.minInvestment().value(), Unit.USD_10K))
        .withMaxForeignCapital(tier.maxInvestment()
            .map(max -> Quantity.of(max.value(), Unit.USD_10K)))).toList());
  }

  @ParameterizedTest
  @EnumSource(BandMode.class)
  @Checks(Guarantee.A_FOREIGN_FUNDED_PROJECT_IS_PLACED_BY_ITS_DOLLARS_ALONE)
  void aForeignFundedProjectIsPlacedByItsDollarsAlone(BandMode mode) {
    qt().forAll(cases(mode, 2, 2)).checkAssert(c -> {
      ProjectTierRules dollars = withDollarBounds(c.rules());
      Quantity yuan = c.investments().get(0);
      // The second draw, around the same bounds, read as 万美元 of foreign capital.
      BigDecimal foreign = c.investments().get(1).value();
      List<String> byDollars = TierCounts.tiersOf(yuan,
          java.util.Optional.of(Quantity.of(foreign, Unit.USD_10K)), dollars);

      if (foreign.signum() > 0) {
        assertThat(byDollars).isEqualTo(TierCounts.tiersOf(
            Quantity.of(foreign, Unit.CNY_100M), c.rules()));
      } else {
        assertThat(byDollars).isEqualTo(TierCounts.tiersOf(yuan, c.rules()));
      }
      assertThat(TierCounts.tiersOf(yuan, java.util.Optional.empty(), dollars))
          .isEqualTo(TierCounts.tiersOf(yuan, c.rules()));
    });
  }

  @Test
  @Checks(Guarantee.NESTED_MODE_PUTS_A_PROJECT_IN_EVERY_TIER_WHOSE_MINIMUM_IT_REACHES)
  void nestedModePutsAProjectInEveryTierWhoseMinimumItReaches() {
    qt().forAll(cases(BandMode.NESTED, 1, 1)).checkAssert(c -> {
      Quantity investment = c.investments().get(0);
      List<String> expected = c.rules().tiers().stream()
          .filter(tier -> investment.compareTo(tier.minInvestment()) >= 0)
          .map(ProjectTier::id).toList();
      assertThat(TierCounts.tiersOf(investment, c.rules())).isEqualTo(expected);
    });
  }

  @Test
  @Checks(Guarantee.NESTED_COUNTS_ARE_AT_LEAST_EXCLUSIVE_COUNTS)
  void nestedCountsAreAtLeastExclusiveCountsForEachTier() {
    qt().forAll(cases(BandMode.EXCLUSIVE, 0, 30)).checkAssert(c -> {
      ProjectTierRules nested = c.rules().withBandMode(BandMode.NESTED);
      for (ProjectTier tier : c.rules().tiers()) {
        assertThat(TierCounts.count(c.investments(), tier.id(), nested))
            .isGreaterThanOrEqualTo(TierCounts.count(c.investments(), tier.id(), c.rules()));
      }
      // The top tier is open, so there the modes agree.
      String top = c.rules().tiers().get(0).id();
      assertThat(TierCounts.count(c.investments(), top, nested))
          .isEqualTo(TierCounts.count(c.investments(), top, c.rules()));
    });
  }

  @ParameterizedTest
  @EnumSource(BandMode.class)
  @Checks(Guarantee.TIER_COUNTS_AGREE_WITH_EACH_PROJECTS_TIERS)
  void countsAgreeWithCountAndWithEachProjectsTiers(BandMode mode) {
    qt().forAll(cases(mode, 0, 30)).checkAssert(c -> {
      Map<String, Long> counts = TierCounts.counts(c.investments(), c.rules());
      assertThat(counts.keySet()).containsExactlyElementsOf(
          c.rules().tiers().stream().map(ProjectTier::id).toList());
      for (ProjectTier tier : c.rules().tiers()) {
        long byProject = c.investments().stream()
            .filter(investment -> TierCounts.tiersOf(investment, c.rules()).contains(tier.id()))
            .count();
        assertThat(counts.get(tier.id())).isEqualTo(byProject)
            .isEqualTo(TierCounts.count(c.investments(), tier.id(), c.rules()));
      }
    });
  }

  @Test
  @Checks(Guarantee.EXCLUSIVE_COUNTS_ADD_UP_TO_THE_PROJECTS_ABOVE_THE_LOWEST_MINIMUM)
  void exclusiveCountsAddUpToTheProjectsAboveTheLowestMinimum() {
    qt().forAll(cases(BandMode.EXCLUSIVE, 0, 30)).check(c -> {
      long total = TierCounts.counts(c.investments(), c.rules()).values().stream()
          .mapToLong(Long::longValue).sum();
      long tiered = c.investments().stream()
          .filter(investment -> investment.value().compareTo(lowestMinimum(c.rules())) >= 0)
          .count();
      return total == tiered;
    });
  }
}
