package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.Tolerances.assertClose;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;

/** The promise of average annual growth targets (年均增长), see {@link Guarantee}. */
class AverageGrowthProperties {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  @Test
  @Checks(Guarantee.THE_JUDGED_AVERAGE_GROWTH_COMPOUNDS_TO_THE_END)
  void compoundingTheJudgedAverageRateGivesBackTheEndYearsFigure() {
    qt().forAll(Gens.plans(TargetKind.AVERAGE_GROWTH, 1, 1), Gens.positiveAmounts(MILLION),
        Gens.positiveAmounts(MILLION)).checkAssert((plan, base, end) -> {
          // The kit draws the one target asked for, so the property cannot pass vacuously.
          Target target = plan.targets().get(0);
          assertThat(target.kind()).isEqualTo(TargetKind.AVERAGE_GROWTH);
          PlanWindow window = plan.window();
          Observations observations = Observations.builder().asOf(window.lastDay())
              .putSeries(target.indicator().orElseThrow(), Map.of(
                  String.valueOf(window.baseYear()), base,
                  String.valueOf(window.endYear()), end))
              .build();

          Assessment a = Assessor.of(plan).assess(target, observations);

          BigDecimal rate = a.compoundGrowthRate().orElseThrow();
          assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo(rate);
          assertClose(GrowthRates.compound(base, rate, window.endYear() - window.baseYear()),
              end);
        });
  }
}
