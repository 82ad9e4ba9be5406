package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Every formula names the argument it refuses, as a field, with the rule and the value: the REST
 * layer reads {@link InvalidArgumentException#argument()} to point at the query parameter. The
 * messages are the ones the formulas' own tests pin.
 */
class InvalidArgumentsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused("growthFactorSum rate", () -> Compounding.growthFactorSum(d("-1"), 3),
            "rate", "must be above -1", "-1"),
        refused("impliedBaseValue years", () -> Compounding.impliedBaseValue(d("1"), d("0.1"), 0),
            "years", "must be at least 1", "0"),
        refused("requiredGrowthRate base", () -> Compounding.requiredGrowthRate(d("0.0"), d("1"), 3),
            "base", "must be above 0", "0.0"),
        refused("requiredGrowthRate total",
            () -> Compounding.requiredGrowthRate(d("1"), d("-1E-5"), 3),
            "total", "must be at least 0", "-0.00001"),
        refused("projectedWindowTotal rate",
            () -> Compounding.projectedWindowTotal(List.of(), d("1"), d("-1.5"), 1),
            "rate", "must be at least -1", "-1.5"),
        refused("projectedWindowTotal remainingYears",
            () -> Compounding.projectedWindowTotal(List.of(), d("1"), d("0"), -1),
            "remainingYears", "must be at least 0", "-1"),
        refused("growthRate previous", () -> GrowthRates.growthRate(d("0"), d("1")),
            "previous", "must be above 0", "0"),
        refused("compoundAnnualGrowthRate last",
            () -> GrowthRates.compoundAnnualGrowthRate(d("1"), d("-0.5"), 3),
            "last", "must be at least 0", "-0.5"),
        refused("compound years", () -> GrowthRates.compound(d("1"), d("0.1"), -1),
            "years", "must be at least 0", "-1"),
        refused("completionRate target", () -> Pacing.completionRate(d("1"), d("0")),
            "target", "must be above 0", "0"),
        refused("timeProgress monthsElapsed", () -> Pacing.timeProgress(13, 12),
            "monthsElapsed", "must be between 0 and 'monthsInSpan' (12)", "13"),
        refused("timeProgress monthsInSpan", () -> Pacing.timeProgress(0, 0),
            "monthsInSpan", "must be above 0", "0"),
        refused("sum quantities", () -> Pacing.sum(List.<org.planmetrics.model.quantity.Quantity>of()),
            "quantities", "must not be empty, since an empty list has no unit,", "[]"),
        refused("share numerator", () -> Shares.share(11, 10),
            "numerator", "must be between 0 and 'denominator' (10)", "11"),
        refused("share denominator", () -> Shares.share(0, 0),
            "denominator", "must be above 0", "0"),
        refused("isFirstTier rank", () -> Rankings.isFirstTier(0, 13, FirstTierRule.topThird()),
            "rank", "must be at least 1", "0"),
        refused("isFirstTier peerCount", () -> Rankings.isFirstTier(5, 4, FirstTierRule.topThird()),
            "peerCount", "must be at least 'rank' (5)", "4"),
        refused("count tierId", () -> TierCounts.count(List.of(), "50",
                BundledPlans.gongqingcheng2022().projectTiers()),
            "tierId", "must name a tier of the rules [100, 50·20]", "50"),
        refused("compliance to", () -> Cadences.compliance(
                BundledPlans.gongqingcheng2022().cadence("trainings-yearly").orElseThrow(),
                List.of(), date("2024-01-01"), date("2023-12-31"), date("2024-12-31")),
            "to", "must not be before 'from' (2024-01-01)", "2023-12-31"),
        refused("CadenceShortfall periods", () -> new CadenceShortfall("2022", "2022",
                date("2022-01-01"), date("2022-12-31"), 0, 0, 1),
            "periods", "must be at least 1", "0"),
        refused("CadenceSummary periodsChecked", () -> new CadenceSummary(-1, List.of()),
            "periodsChecked", "must be at least 0", "-1"),
        refused("CadenceSummary shortfalls", () -> new CadenceSummary(1, List.of(
                new CadenceShortfall("2022-01", "2022-02", date("2022-01-01"),
                    date("2022-02-28"), 2, 0, 1))),
            "shortfalls", "must hold at most 'periodsChecked' (1) periods", "2"),
        refused("CadencePeriodResult met", () -> new CadencePeriodResult("2022",
                date("2022-01-01"), date("2022-12-31"), 2, 2, false),
            "met", "must be whether 'count' (2) reaches 'required' (2)", "false"));
  }

  private static Arguments refused(String call, Executable formula, String argument, String rule,
      String value) {
    return Arguments.of(call, formula, argument, rule, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void theRefusedArgumentIsNamedWithItsRuleAndValue(String call, Executable formula,
      String argument, String rule, String value) {
    Throwable thrown = catchThrowable(formula::execute);

    assertThat(thrown).isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
      assertThat(e.argument()).isEqualTo(argument);
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(e.value()).isEqualTo(value);
    });
    assertThat(thrown.getMessage()).startsWith("'" + argument + "' " + rule + " but was ");
  }
}
