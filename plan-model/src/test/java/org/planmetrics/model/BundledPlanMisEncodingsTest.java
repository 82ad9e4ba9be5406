package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The bundled plan, mis-encoded one way at a time, is refused with the violation that names the
 * mis-encoding.
 */
class BundledPlanMisEncodingsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void theLegalTeamIsUsedOnlyAsTheScopeTheJusticeBureauLeads() {
    int legalTeam = PLAN.units().indexOf(PLAN.unit("legal-team").orElseThrow());
    List<Measure> measures = PLAN.measures().stream().map(m -> m.withResponsibilities(
        m.responsibilities().stream().map(r -> r.scope().map(LocalizedText::zh)
            .filter("法务团队"::equals).isPresent()
                ? r.withScope(LocalizedText.of("律师", "lawyers")) : r).toList())).toList();

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PLAN.withMeasures(measures));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/units/" + legalTeam + "/id");
      assertThat(v.rule()).isEqualTo("unused-unit");
      assertThat(v.value()).hasValue("legal-team");
    });
  }
}
