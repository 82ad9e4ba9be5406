package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanFiles;

/**
 * Duties without a number in a plan file: optional (a plan without them has none), owned by a unit
 * of the plan, with unique ids, and written back as they were read.
 */
class UncountedDutyTest {

  private static final Plan MINIMAL =
      PlanFiles.loadResource("/org/planmetrics/model/fixtures/minimal-plan.json");

  private static UncountedDuty duty(String id, String owner) {
    return UncountedDuty.builder().id(id).clause("3.1")
        .name(LocalizedText.of("季度座谈会", "Quarterly forum"))
        .text(LocalizedText.of("定期召开座谈会", "hold forums regularly"))
        .owner(owner).ownerStatedInText(true).build();
  }

  @Test
  void aPlanWithoutThemHasNone() {
    // The fixture has no "uncountedDuties" member: it is optional.
    assertThat(MINIMAL.uncountedDuties()).isEmpty();
  }

  @Test
  void theOwnerHasItAmongItsResponsibilitiesAfterTheCadences() {
    Plan plan = MINIMAL.withUncountedDuties(duty("forums", "lead-group-office"));

    assertThat(plan.responsibilitiesOf("lead-group-office"))
        .extracting(r -> r.itemType() + " " + r.itemId())
        .endsWith("CADENCE monthly-meeting", "UNCOUNTED_DUTY forums");
    assertThat(PlanFiles.read(PlanFiles.write(plan), "round-trip")).isEqualTo(plan);
  }

  @Test
  void anUnknownOwnerAndADuplicateIdAreRefused() {
    assertThatThrownBy(() -> MINIMAL.withUncountedDuties(duty("forums", "lead-group-office"),
        duty("forums", "nobody")))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.violations()).extracting(Violation::path, Violation::rule,
                v -> v.value().orElseThrow()).containsExactly(
                    tuple("/uncountedDuties/1/id", "duplicate-id", "forums"),
                    tuple("/uncountedDuties/1/owner", "unknown-reference", "nobody")));
  }
}
