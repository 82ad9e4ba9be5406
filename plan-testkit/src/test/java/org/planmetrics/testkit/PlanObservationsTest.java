package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.plans.BundledPlans;

/** What {@link PlanObservations} promises, for random plans and for the bundled one. */
class PlanObservationsTest {

  @Test
  void validObservationsPassTheLibrarysChecksForRandomPlans() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 300; i++) {
      Plan plan = Plans.valid().next(random);
      Observations observations = PlanObservations.validFor(plan).next(random);

      assertThat(ObservationChecks.violations(observations, plan)).as("%s", observations)
          .isEmpty();
    }
  }

  @Test
  void validObservationsPassTheLibrarysChecksForTheBundledPlan() {
    Plan plan = BundledPlans.gongqingcheng2022();
    SplittableRandom random = new SplittableRandom(6);
    boolean withTeams = false;
    boolean withEvents = false;
    for (int i = 0; i < 200; i++) {
      Observations observations = PlanObservations.validFor(plan).next(random);

      assertThat(ObservationChecks.violations(observations, plan)).isEmpty();
      withTeams |= !observations.teams().isEmpty();
      withEvents |= !observations.events().isEmpty();
    }
    assertThat(withTeams).isTrue();
    assertThat(withEvents).isTrue();
  }

  @Test
  void anyObservationsBringEveryKindOfProblemTheChecksReport() {
    Plan plan = BundledPlans.gongqingcheng2022();
    SplittableRandom random = new SplittableRandom(7);
    Set<String> rules = new HashSet<>();
    int clean = 0;
    for (int i = 0; i < 400; i++) {
      var violations = ObservationChecks.violations(PlanObservations.anyFor(plan).next(random),
          plan);
      violations.stream().map(Violation::rule).forEach(rules::add);
      clean += violations.isEmpty() ? 1 : 0;
    }
    assertThat(rules).contains("unknown-indicator", "negative-value", "unknown-peer",
        "unknown-event-kind", "unknown-unit", "unknown-direction");
    // Some draws add no problem, so that "whatever the data" includes valid data.
    assertThat(clean).isPositive();
  }
}
