package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.ObservationsJson;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.JsonSyntax;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.Plans;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/** The promise of reading observations from JSON (see {@link Guarantee}). */
class ObservationsProperties {

  private static final JsonSyntax.Subject SUBJECT =
      new JsonSyntax.Subject("the generated observations", "生成的观测数据");

  /** A plan and valid observations for it, as QuickTheories prints them. */
  private record Case(Plan plan, Observations observations) {
    @Override
    public String toString() {
      return "plan " + plan.id() + ", " + observations;
    }
  }

  private static Gen<Case> cases() {
    return Gens.of(random -> {
      Plan plan = Plans.valid().next(random);
      return new Case(plan, PlanObservations.validFor(plan).next(random));
    });
  }

  @Test
  @Checks(Guarantee.VALID_OBSERVATIONS_ROUND_TRIP_THROUGH_JSON)
  void validObservationsRoundTripThroughJsonWithoutAProblem() {
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      ObservationsJson.Reading reading = ObservationsJson.read(json(c.observations()), c.plan(),
          SUBJECT);

      assertThat(reading.fieldProblems()).isEmpty();
      assertThat(reading.planProblems()).isEmpty();
      assertThat(reading.observations()).hasValue(c.observations());
    });
  }

  private static byte[] json(Observations observations) {
    try {
      return PlanJson.writer().writeValueAsBytes(observations);
    } catch (JsonProcessingException e) {
      throw new AssertionError("observations the kit made cannot be written as JSON", e);
    }
  }
}
