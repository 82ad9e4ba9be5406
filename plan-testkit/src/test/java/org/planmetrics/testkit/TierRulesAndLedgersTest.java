package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.plans.BundledPlans;

/** What {@link TierRules} and {@link Ledgers} promise. */
class TierRulesAndLedgersTest {

  @Test
  void tierRulesAreContiguousBandsLargestFirstWithATopInvestor() {
    SplittableRandom random = new SplittableRandom(21);
    for (int i = 0; i < 500; i++) {
      ProjectTierRules rules = TierRules.valid().next(random);
      List<ProjectTier> tiers = rules.tiers();
      assertThat(tiers).hasSizeBetween(1, 4);
      assertThat(tiers.get(0).maxInvestment()).isEmpty();
      for (int t = 1; t < tiers.size(); t++) {
        assertThat(tiers.get(t).maxInvestment()).hasValue(tiers.get(t - 1).minInvestment());
      }
      assertThat(rules.topInvestorTypes()).isNotEmpty();
    }
  }

  @Test
  void investmentsComeOnAndJustUnderTheBounds() {
    ProjectTierRules rules = BundledPlans.gongqingcheng2022().projectTiers();
    Generator<BigDecimal> investments = TierRules.investmentsAround(rules);
    SplittableRandom random = new SplittableRandom(22);
    Set<BigDecimal> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      BigDecimal investment = investments.next(random);
      assertThat(investment.signum()).isNotNegative();
      seen.add(investment.stripTrailingZeros());
    }
    for (ProjectTier tier : rules.tiers()) {
      BigDecimal bound = tier.minInvestment().value();
      assertThat(seen).contains(bound.stripTrailingZeros(),
          bound.subtract(TierRules.STEP).stripTrailingZeros(),
          bound.subtract(new BigDecimal("1E-18")).stripTrailingZeros());
    }
  }

  @Test
  void ledgersPassTheChecksHaveUniqueIdsAndAreSometimesEmpty() {
    Plan plan = BundledPlans.gongqingcheng2022();
    SplittableRandom random = new SplittableRandom(23);
    int empty = 0;
    boolean started = false;
    boolean producing = false;
    for (int i = 0; i < 400; i++) {
      List<LedgerProject> ledger = Ledgers.validFor(plan).next(random);
      assertThat(ledger).hasSizeLessThanOrEqualTo(Ledgers.MAX_PROJECTS)
          .extracting(LedgerProject::id).doesNotHaveDuplicates();
      assertThat(ObservationChecks.violations(Observations.builder()
          .asOf(plan.window().lastDay()).projects(ledger).build(), plan)).isEmpty();
      empty += ledger.isEmpty() ? 1 : 0;
      started |= ledger.stream().anyMatch(p -> p.startedOn().isPresent());
      producing |= ledger.stream().anyMatch(p -> p.producingOn().isPresent());
    }
    assertThat(empty).isBetween(60, 150);
    assertThat(started).isTrue();
    assertThat(producing).isTrue();
  }
}
