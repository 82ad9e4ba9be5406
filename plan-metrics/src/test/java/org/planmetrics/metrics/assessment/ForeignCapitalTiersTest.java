package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.year;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.TierCounts;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Tier bounds in two currencies: the bundled plan's "100" (100 亿元 and up) and "50·20" (20 to
 * 100 亿元) given, for foreign-funded projects, "100" from 1.5 亿美元 and "50·20" from 3000 万美元
 * up to 1.5 亿美元. A project with foreign capital is placed by its dollars, every other one by its
 * yuan; the ledger's sums stay in yuan.
 */
class ForeignCapitalTiersTest {

  private static final Plan PLAN_WITH_DOLLARS = PLAN.withProjectTiers(dollarBounds(
      PLAN.projectTiers()));

  private static ProjectTierRules dollarBounds(ProjectTierRules rules) {
    List<ProjectTier> tiers = rules.tiers().stream().map(tier -> tier.id().equals("100")
        ? tier.withMinForeignCapital(Quantity.of("1.5", Unit.USD_100M))
        : tier.withMinForeignCapital(Quantity.of("3000", Unit.USD_10K))
            .withMaxForeignCapital(Quantity.of("1.5", Unit.USD_100M))).toList();
    return rules.withTiers(tiers);
  }

  /**
   * 2023: A domestic 120 亿元 → "100" by yuan; B 10 亿元 with 20000 万美元 (2 亿美元) → "100" by
   * dollars; C 150 亿元 with 5000 万美元 → "50·20" by dollars, not "100"; D 25 亿元 with 1000
   * 万美元 → under 3000 万美元, in no tier; E domestic 30 亿元 → "50·20" by yuan.
   */
  private static Observations ledger() {
    return on("2023-12-31").addProjects(
        project("A", "2023-02-01", "120").build(),
        project("B", "2023-03-01", "10").foreignCapital(dec("20000")).build(),
        project("C", "2023-04-01", "150").foreignCapital(dec("5000")).build(),
        project("D", "2023-05-01", "25").foreignCapital(dec("1000")).build(),
        project("E", "2023-06-01", "30").build()).build();
  }

  @Test
  void eachProjectIsPlacedByItsOwnCurrency() {
    ProjectTierRules rules = PLAN_WITH_DOLLARS.projectTiers();
    List<String> tiers = ledger().projects().stream().map(p -> String.join(",",
        TierCounts.tiersOf(p.investmentAmount(), p.foreignCapitalAmount(), rules))).toList();

    assertThat(tiers).containsExactly("100", "100", "50·20", "", "50·20");
  }

  @Test
  void theTierCountsFollowTheDollarBoundsForForeignFundedProjects() {
    // "100" in 2023: A and B → 2. "50·20": C and E → 2.
    Assessment hundred = assess(PLAN_WITH_DOLLARS, "tier-100-annual", ledger());
    Assessment fiftyTwenty = assess(PLAN_WITH_DOLLARS, "tier-50-20-annual", ledger());

    assertThat(year(hundred, 2023).actual()).hasValue(Quantity.count(2));
    assertThat(hundred.inputs()).containsExactly("/projects/0", "/projects/1");
    assertThat(year(fiftyTwenty, 2023).actual()).hasValue(Quantity.count(2));
    assertThat(fiftyTwenty.inputs()).containsExactly("/projects/2", "/projects/4");
    // The bundled plan has yuan bounds only and places every project by its yuan: "100" holds
    // A (120 亿元) and C (150 亿元).
    assertThat(assess(PLAN, "tier-100-annual", ledger()).inputs())
        .containsExactly("/projects/0", "/projects/2");
  }

  @Test
  void aNegativeForeignCapitalCannotBeBuilt() {
    LedgerProject.Builder p = project("F", "2023-01-01", "1").foreignCapital(dec("-1"));
    org.assertj.core.api.Assertions.assertThatThrownBy(p::build)
        .hasMessage("'foreignCapital' must not be negative but was -1");
  }
}
