package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;
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

  @Test
  void aPlanBuiltInJavaWithAClauseInTheWrongFormIsRefusedAsAFileWouldBe() {
    Safeguard first = PLAN.safeguards().get(0);
    List<Safeguard> safeguards = new ArrayList<>(PLAN.safeguards());
    safeguards.set(0, first.withClause("五、1"));

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PLAN.withSafeguards(safeguards));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/safeguards/0/clause");
      assertThat(v.rule()).isEqualTo("invalid-value");
      assertThat(v.value()).hasValue("五、1");
      assertThat(v.message()).isEqualTo(
          "'clause' must be numbers joined by '.', such as 二.1 or 四.(一).1, but was '五、1'");
    });
  }

  @Test
  void theSchemasClausePatternIsTheValidatorsClauseForm() throws IOException {
    JsonNode schema;
    try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      schema = PlanJson.mapper().readTree(in);
    }

    assertThat(schema.at("/$defs/clause/pattern").asText())
        .isEqualTo("^" + ClauseChecks.FORM.pattern() + "$");
    // Every clause the bundled plan cites has the form.
    Stream.of(PLAN.goals().stream().map(Goal::clause), PLAN.targets().stream().map(Target::clause),
            PLAN.cadences().stream().map(CadenceRequirement::clause))
        .flatMap(s -> s)
        .forEach(c -> assertThat(ClauseChecks.FORM.matcher(c).matches()).as(c).isTrue());
  }
}
