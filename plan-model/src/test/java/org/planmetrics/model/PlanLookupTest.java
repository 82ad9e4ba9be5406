package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planmetrics.model.plans.BundledPlans;

/** The look-ups a county system uses: targets by id and by goal, and a unit's responsibilities. */
class PlanLookupTest {

  private final Plan plan = BundledPlans.gongqingcheng2022();

  @Test
  void aTargetIsFoundByIdAndAnUnknownIdIsEmpty() {
    assertThat(plan.target("fdi-growth")).hasValueSatisfying(t ->
        assertThat(t.clause()).isEqualTo("二.1"));
    assertThat(plan.target("no-such-target")).isEmpty();
    assertThat(plan.goalOf("leading-industry-share")).hasValueSatisfying(g ->
        assertThat(g.id()).isEqualTo("industrial-clustering"));
  }

  @Test
  void theTargetsOfAGoalAreInPlanOrder() {
    assertThat(plan.targetsOf("big-projects")).extracting(Target::id).containsExactly(
        "tier-100-annual", "tier-50-20-annual", "tier-50-20-cumulative", "top-investor-share");
    assertThat(plan.targetsOf("no-such-goal")).isEmpty();
  }

  @Test
  void aUnitsResponsibilitiesCoverDirectionsMeasuresSafeguardsAndCadences() {
    assertThat(plan.responsibilitiesOf("justice-bureau"))
        .extracting(r -> r.itemType() + " " + r.itemId() + " " + r.role())
        .containsExactly(
            "MEASURE existing-enterprise-investment RESPONSIBLE",
            "MEASURE investment-group-structure RESPONSIBLE",
            "MEASURE investment-group-structure LEAD");
    assertThat(plan.responsibilitiesOf("opening-up-leading-group-office"))
        .extracting(r -> r.itemType() + " " + r.role())
        .contains("SAFEGUARD LEAD", "SAFEGUARD RESPONSIBLE", "CADENCE OWNER");
  }

  @Test
  void theCommerceBureauIsNamedInEveryKeyDirection() {
    assertThat(plan.responsibilitiesOf("commerce-bureau"))
        .filteredOn(r -> r.itemType() == PlanItemType.KEY_DIRECTION)
        .hasSize(8);
  }

  @Test
  void anUnknownUnitIsResponsibleForNothing() {
    assertThat(plan.responsibilitiesOf("no-such-unit")).isEmpty();
    assertThat(plan.unit("no-such-unit")).isEmpty();
  }
}
