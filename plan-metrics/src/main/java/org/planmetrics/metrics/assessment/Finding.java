package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.RequiredFigures;
import org.planmetrics.model.quantity.Quantity;

/**
 * What a rule found for one target, before it is worded: the verdict, the headline figure, the
 * years, the pointers of the inputs used and the figures of its kind, for example {@code
 * fdi-cumulative}: BEHIND, 3.36 亿美元, completion 0.48 against time progress 0.5.
 *
 * @param actual the headline figure: the latest growth, the total, the count, the share or tier
 * @param inputs JSON Pointers of the observations used, in the order the result lists them
 * @param pace completion against time progress, for cumulative targets
 * @param required the growth the base year asks for, for cumulative amounts
 * @param compoundGrowthRate the compound growth over the full years, for growth targets
 */
record Finding(Verdict verdict, Optional<Quantity> actual, List<YearFinding> years,
    List<String> inputs, Optional<Pace> pace, Optional<RequiredFigures> required,
    Optional<BigDecimal> compoundGrowthRate) {

  Finding {
    years = List.copyOf(years);
    inputs = List.copyOf(inputs);
  }

  static Finding of(Verdict verdict, Optional<Quantity> actual, List<YearFinding> years,
      List<String> inputs) {
    return new Finding(verdict, actual, years, inputs, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** NOT_ASSESSABLE for {@code reason}, with no figure and no years. */
  static Finding notAssessable(Reason reason, List<String> inputs) {
    return of(Verdict.notAssessable(reason), Optional.empty(), List.of(), inputs);
  }

  Finding withInputs(List<String> inputs) {
    return new Finding(verdict, actual, years, inputs, pace, required, compoundGrowthRate);
  }

  Finding withPace(Optional<Pace> pace) {
    return new Finding(verdict, actual, years, inputs, pace, required, compoundGrowthRate);
  }

  Finding withRequired(Optional<RequiredFigures> required) {
    return new Finding(verdict, actual, years, inputs, pace, required, compoundGrowthRate);
  }

  Finding withCompoundGrowthRate(Optional<BigDecimal> rate) {
    return new Finding(verdict, actual, years, inputs, pace, required, rate);
  }
}
