package org.planmetrics.metrics.assessment;

import static java.math.BigDecimal.ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.OUT_OF_PROVINCE;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_EN;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_ZH;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.div;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;
import static org.planmetrics.metrics.assessment.Fixtures.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.RequiredFigures;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * fdi-cumulative (累计7亿美元以上) and out-of-province-capital-cumulative (累计304.2亿元以上) over the
 * 36 months of 2022–2024: MET as soon as reached, MISSED when all 36 months are covered and short,
 * otherwise judged by completion against time progress (序时进度).
 */
class CumulativeAmountTargetTest {

  private static final String TARGET = "fdi-cumulative";
  private static final String OOP_TARGET = "out-of-province-capital-cumulative";
  private static final String P = "/series/" + FDI + "/";
  private static final BigDecimal TINY = new BigDecimal("1E-12");

  private static Assessment fdi(String asOf, String... keysAndValues) {
    return assess(TARGET, series(asOf, FDI, keysAndValues));
  }

  private static Assessment outOfProvince(String asOf, String... keysAndValues) {
    return assess(OOP_TARGET, series(asOf, OUT_OF_PROVINCE, keysAndValues));
  }

  private static BigDecimal months(int elapsed, int span) {
    return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), Precision.MATH_CONTEXT);
  }

  @Test
  void twoYearsOfFiveTenAgainstSevenReadLikeTheBulletin() {
    Assessment a = fdi("2023-12-31", "2022", "2.5", "2023", "2.6");

    assertThat(a.explanation().zh()).isEqualTo(
        "实际利用外资累计完成5.10亿美元,完成目标的72.9%,时间进度66.7%,超序时进度6.2个百分点。进度正常。" + WINDOW_ZH);
    assertThat(a.explanation().en()).isEqualTo("Foreign capital actually utilised totals 5.10 "
        + "(USD 100 million), 72.9% of the target of 7.00 (USD 100 million); time progress 66.7%, "
        + "6.2 percentage points ahead of schedule. On track." + WINDOW_EN);
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void thePaceIsCompletionAgainstTwentyFourOfThirtySixMonths() {
    Assessment a = fdi("2023-12-31", "2022", "2.5", "2023", "2.6");

    Pace pace = a.pace().orElseThrow();
    BigDecimal completion = div("5.1", "7");
    BigDecimal progress = months(24, 36);
    assertThat(pace.completion()).isEqualByComparingTo(completion);
    assertThat(pace.timeProgress()).isEqualByComparingTo(progress);
    assertThat(pace.gapPercentagePoints())
        .isEqualByComparingTo(completion.subtract(progress).scaleByPowerOfTen(2));
    assertThat(pace.gapPercentagePoints().setScale(1, RoundingMode.HALF_UP))
        .isEqualByComparingTo("6.2");
    assertThat(pace.monthsCovered()).isEqualTo(24);
    assertThat(pace.monthsInSpan()).isEqualTo(36);
    assertThat(pace.remaining()).isEqualTo(Quantity.of("1.9", Unit.USD_100M));
    assertThat(a.actual()).hasValue(Quantity.of("5.1", Unit.USD_100M));
  }

  @Test
  void eachYearShowsItsFigureAndLaterYearsArePending() {
    Assessment a = fdi("2023-12-31", "2022", "2.5", "2023", "2.6");

    assertThat(year(a, 2022).actual()).hasValue(Quantity.of("2.5", Unit.USD_100M));
    assertThat(year(a, 2022).throughMonth()).hasValue(12);
    assertThat(year(a, 2023).actual()).hasValue(Quantity.of("2.6", Unit.USD_100M));
    assertThat(year(a, 2024).pending()).isTrue();
    assertThat(year(a, 2024).actual()).isEmpty();
    assertThat(year(a, 2022).pending()).isFalse();
    assertThat(a.inputs()).containsExactly(P + "2022", P + "2023");
    assertThat(a.reason()).isEmpty();
  }

  @Test
  void reachingTheTotalBeforeTheWindowEndsIsMetAtOnce() {
    Assessment a = fdi("2023-12-31", "2022", "3.5", "2023", "3.5");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.pace().orElseThrow().remaining().value()).isEqualByComparingTo("0");
    assertThat(a.pace().orElseThrow().completion()).isEqualByComparingTo("1");
    assertThat(a.explanation().zh()).endsWith("。达标。" + WINDOW_ZH);
    assertThat(a.explanation().en()).endsWith(". Met." + WINDOW_EN);
  }

  @Test
  void reachingTheTotalInTheFirstYearToDateIsMet() {
    Assessment a = fdi("2022-09-30", "2022-09", "7.2");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.pace().orElseThrow().monthsCovered()).isEqualTo(9);
    assertThat(a.pace().orElseThrow().remaining().value()).isEqualByComparingTo("0");
  }

  @Test
  void justShortOfTheTotalIsJudgedByPace() {
    Assessment a = fdi("2023-12-31", "2022", "3.5", "2023", "3.49");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.pace().orElseThrow().remaining()).isEqualTo(Quantity.of("0.01", Unit.USD_100M));
  }

  @Test
  void allThirtySixMonthsCoveredAndShortIsMissed() {
    Assessment a = fdi("2025-01-15", "2022", "2", "2023", "2", "2024", "2.99");

    assertThat(a.status()).isEqualTo(Status.MISSED);
    assertThat(a.pace().orElseThrow().monthsCovered()).isEqualTo(36);
    assertThat(a.pace().orElseThrow().timeProgress()).isEqualByComparingTo("1");
    assertThat(a.pace().orElseThrow().remaining()).isEqualTo(Quantity.of("0.01", Unit.USD_100M));
    assertThat(a.explanation().zh()).endsWith("。未达标。" + WINDOW_ZH);
    assertThat(a.explanation().en()).endsWith(". Missed." + WINDOW_EN);
  }

  @Test
  void thirtyFiveMonthsCoveredIsStillJudgedByPace() {
    // 6.8 ÷ 7 = 0.97143 against 35 ÷ 36 = 0.97222.
    Assessment a = fdi("2024-11-30", "2022", "2.4", "2023", "2.4", "2024-11", "2.0");

    assertThat(a.pace().orElseThrow().monthsCovered()).isEqualTo(35);
    assertThat(a.status()).isEqualTo(Status.BEHIND);
    Assessment ahead = fdi("2024-11-30", "2022", "2.4", "2023", "2.4", "2024-11", "2.15");
    // 6.95 ÷ 7 = 0.99286 against 35 ÷ 36 = 0.97222.
    assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void completionBelowTimeProgressIsBehind() {
    Assessment a = fdi("2022-12-31", "2022", "2");

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    Pace pace = a.pace().orElseThrow();
    assertThat(pace.completion()).isEqualByComparingTo(div("2", "7"));
    assertThat(pace.timeProgress()).isEqualByComparingTo(months(12, 36));
    assertThat(pace.gapPercentagePoints()).isNegative();
    assertThat(a.explanation().zh()).isEqualTo(
        "实际利用外资累计完成2.00亿美元,完成目标的28.6%,时间进度33.3%,落后序时进度4.8个百分点。落后。" + WINDOW_ZH);
    assertThat(a.explanation().en()).contains("4.8 percentage points behind schedule. Behind.");
  }

  @Test
  void completionEqualToTimeProgressIsOnTrack() {
    // 3.5 of 7 is 50%, and 18 of 36 months is 50%.
    Assessment a = fdi("2023-06-30", "2022", "2", "2023-06", "1.5");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.pace().orElseThrow().gapPercentagePoints()).isEqualByComparingTo("0");
    assertThat(a.explanation().zh()).contains(",与序时进度持平。进度正常。");
    assertThat(a.explanation().en()).contains(", exactly on schedule. On track.");
  }

  @Test
  void theLatestYearToDateMonthOfTheFirstYearWithoutAFullFigureIsAdded() {
    Assessment a = fdi("2023-06-30", "2022", "2", "2023-03", "0.5", "2023-06", "1.5");

    assertThat(a.actual()).hasValue(Quantity.of("3.5", Unit.USD_100M));
    assertThat(a.pace().orElseThrow().monthsCovered()).isEqualTo(18);
    assertThat(year(a, 2023).actual()).hasValue(Quantity.of("1.5", Unit.USD_100M));
    assertThat(year(a, 2023).throughMonth()).hasValue(6);
    assertThat(a.inputs()).containsExactly(P + "2022", P + "2023-06");
  }

  @Test
  void aYearToDateFigureInTheFirstYearCountsItsMonths() {
    Assessment a = fdi("2022-09-30", "2022-09", "1");

    assertThat(a.pace().orElseThrow().monthsCovered()).isEqualTo(9);
    assertThat(a.pace().orElseThrow().timeProgress()).isEqualByComparingTo("0.25");
    assertThat(a.status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void figuresForPeriodsNotEndedByAsOfAreLeftOut() {
    Assessment a = fdi("2023-06-29", "2022", "2", "2023-05", "1", "2023-06", "1.5", "2023", "9");

    assertThat(a.actual()).hasValue(Quantity.of("3", Unit.USD_100M));
    assertThat(a.pace().orElseThrow().monthsCovered()).isEqualTo(17);
  }

  @Test
  void aLaterYearGivenWhileAnEarlierOneIsMissingIsAGap() {
    Assessment a = fdi("2023-12-31", "2023", "2.6");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains("2023").contains(P + "2022");
    assertThat(a.reason().orElseThrow().en()).contains("2023").contains(P + "2022");
    assertThat(a.explanation().zh()).startsWith("实际利用外资累计目标无法评估:")
        .contains(a.reason().orElseThrow().zh());
    assertThat(a.pace()).isEmpty();
    assertThat(a.actual()).isEmpty();
  }

  @Test
  void aFullYearAfterAPartialYearIsAGap() {
    Assessment a = fdi("2023-12-31", "2022-06", "1", "2023", "2.6");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().en()).contains("2023 is given but 2022 is missing")
        .contains(P + "2022");
  }

  @Test
  void aMissingMiddleYearIsAGapNamingThatYear() {
    Assessment a = fdi("2024-06-30", "2022", "2", "2024-06", "1");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().en()).contains("2024 is given but 2023 is missing")
        .contains(P + "2023");
  }

  @Test
  void noFiguresForTheWindowIsNotAssessable() {
    Assessment a = fdi("2023-06-30", "2021", "2.035");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains(P + "2022");
    assertThat(a.reason().orElseThrow().en()).contains(P + "2022");
    assertThat(a.pace()).isEmpty();
    assertThat(a.required()).isEmpty();
    assertThat(a.explanation().en()).startsWith(
        "Foreign capital actually utilised cumulative target not assessable: ");
  }

  @Test
  void beforeTheWindowTheReasonIsThatItHasNotStarted() {
    Assessment a = fdi("2021-12-31", "2021", "2.035");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().en())
        .isEqualTo("the plan window 2022–2024 has not started by 2021-12-31");
    assertThat(a.years()).allMatch(YearAssessment::pending);
  }

  @Test
  void theRemainingAmountIsNeverNegative() {
    Assessment a = fdi("2022-12-31", "2022", "8");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.pace().orElseThrow().remaining()).isEqualTo(Quantity.of("0", Unit.USD_100M));
    assertThat(a.pace().orElseThrow().completion()).isEqualByComparingTo(div("8", "7"));
  }

  @Test
  void theRequiredGrowthFromThe2021BaseOf83Point55To304Point2IsTenPercent() {
    Assessment a = outOfProvince("2022-12-31", "2021", "83.55", "2022", "92");

    RequiredFigures required = a.required().orElseThrow();
    assertThat(required.baseValue()).isEqualTo(Quantity.of("83.55", Unit.CNY_100M));
    assertThat(required.requiredGrowthRate().setScale(3, RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.100");
  }

  @Test
  void theProjectionGrowsTheLastFullYearAtTheObservedRate() {
    Assessment a = outOfProvince("2022-12-31", "2021", "83.55", "2022", "92");

    RequiredFigures required = a.required().orElseThrow();
    BigDecimal observed = div("92", "83.55").subtract(ONE);
    assertThat(required.observedGrowthRate().orElseThrow()).isCloseTo(observed, within(TINY));
    BigDecimal factor = ONE.add(observed);
    BigDecimal projected = dec("92").add(dec("92").multiply(factor))
        .add(dec("92").multiply(factor).multiply(factor));
    Quantity total = required.projectedTotal().orElseThrow();
    assertThat(total.unit()).isEqualTo(Unit.CNY_100M);
    assertThat(total.value()).isCloseTo(projected, within(TINY));
    // 92 of 304.2 after 12 of 36 months: 30.2% against 33.3%.
    assertThat(a.status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void theProjectionUsesTheCompoundRateOverTwoFullYears() {
    Assessment a = outOfProvince("2023-12-31", "2021", "80", "2022", "90", "2023", "115.2");

    RequiredFigures required = a.required().orElseThrow();
    // (115.2 ÷ 80)^(1/2) = 1.2.
    assertThat(required.observedGrowthRate().orElseThrow()).isCloseTo(dec("0.2"), within(TINY));
    assertThat(required.projectedTotal().orElseThrow().value())
        .isCloseTo(dec("90").add(dec("115.2")).add(dec("138.24")), within(TINY));
  }

  @Test
  void aYearToDateFirstYearProjectsFromTheBaseAtTheSameMonthsGrowth() {
    Assessment a = outOfProvince("2022-06-30", "2021", "80", "2021-06", "40", "2022-06", "44");

    RequiredFigures required = a.required().orElseThrow();
    assertThat(required.observedGrowthRate().orElseThrow()).isEqualByComparingTo("0.1");
    // 80 × (1.1 + 1.21 + 1.331).
    assertThat(required.projectedTotal().orElseThrow().value())
        .isCloseTo(dec("291.28"), within(TINY));
  }

  @Test
  void aYearToDateFirstYearWithoutTheSameMonthOfTheBaseYearHasNoProjection() {
    Assessment a = outOfProvince("2022-06-30", "2021", "80", "2021-03", "20", "2022-06", "44");

    RequiredFigures required = a.required().orElseThrow();
    assertThat(required.requiredGrowthRate()).isNotNull();
    assertThat(required.observedGrowthRate()).isEmpty();
    assertThat(required.projectedTotal()).isEmpty();
  }

  @Test
  void aYearToDateFallToZeroHasNoProjectionButStillAPace() {
    Assessment a = outOfProvince("2022-06-30", "2021", "80", "2021-06", "40", "2022-06", "0");

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.required().orElseThrow().observedGrowthRate()).isEmpty();
    assertThat(a.required().orElseThrow().projectedTotal()).isEmpty();
  }

  @Test
  void aYearToDateZeroBaseMonthHasNoProjection() {
    Assessment a = outOfProvince("2022-06-30", "2021", "80", "2021-06", "0", "2022-06", "60");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.required().orElseThrow().observedGrowthRate()).isEmpty();
  }

  @Test
  void aFullYearFallToZeroProjectsZeroes() {
    Assessment a = outOfProvince("2022-12-31", "2021", "80", "2022", "0");

    RequiredFigures required = a.required().orElseThrow();
    assertThat(required.observedGrowthRate().orElseThrow()).isEqualByComparingTo("-1");
    assertThat(required.projectedTotal().orElseThrow().value()).isEqualByComparingTo("0");
  }

  @Test
  void aNegativeFullYearHasNoProjection() {
    Assessment a = outOfProvince("2022-12-31", "2021", "80", "2022", "-5");

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.required().orElseThrow().observedGrowthRate()).isEmpty();
    assertThat(a.required().orElseThrow().projectedTotal()).isEmpty();
  }

  @ParameterizedTest(name = "a base of {0} gives no required figures")
  @CsvSource({"0", "-3"})
  void aZeroOrNegativeBaseGivesNoRequiredFigures(String base) {
    Assessment a = outOfProvince("2022-12-31", "2021", base, "2022", "92");

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.required()).isEmpty();
  }

  @Test
  void withoutTheBaseYearThereAreNoRequiredFigures() {
    Assessment a = outOfProvince("2022-12-31", "2022", "92");

    assertThat(a.required()).isEmpty();
    assertThat(a.pace()).isPresent();
  }

  @Test
  void unitsNeverMixTheActualHasTheIndicatorsUnit() {
    Assessment dollars = fdi("2022-12-31", "2022", "2");
    Assessment yuan = outOfProvince("2022-12-31", "2021", "83.55", "2022", "92");

    assertThat(dollars.actual().orElseThrow().unit()).isEqualTo(Unit.USD_100M);
    assertThat(dollars.pace().orElseThrow().remaining().unit()).isEqualTo(Unit.USD_100M);
    assertThat(year(dollars, 2022).actual().orElseThrow().unit()).isEqualTo(Unit.USD_100M);
    assertThat(yuan.actual()).hasValue(Quantity.of("92", Unit.CNY_100M));
    assertThat(yuan.pace().orElseThrow().remaining())
        .isEqualTo(Quantity.of("212.2", Unit.CNY_100M));
    assertThat(yuan.required().orElseThrow().projectedTotal().orElseThrow().unit())
        .isEqualTo(Unit.CNY_100M);
    assertThat(yuan.explanation().zh()).startsWith("省外项目实际进资累计完成92.00亿元,");
  }

  @Test
  void anotherIndicatorsFiguresAreNeverAddedIn() {
    Observations o = Fixtures.on("2022-12-31")
        .putSeries(FDI, Fixtures.values("2022", "2"))
        .putSeries("cash-fdi", Fixtures.values("2022", "0.3"))
        .build();

    assertThat(assess(TARGET, o).actual()).hasValue(Quantity.of("2", Unit.USD_100M));
    assertThat(assess("cash-fdi-cumulative", o).actual())
        .hasValue(Quantity.of("0.3", Unit.USD_100M));
  }

  @Test
  void aCeilingIsOnTrackWhileUnderItAndMetOnlyWhenTheWindowIsCovered() {
    // The text must say 以内 too: the plan validator holds a target to its text.
    Plan ceiling = withTarget(PLAN, TARGET, t -> t.withOperator(ComparisonOperator.AT_MOST)
        .withText(LocalizedText.of("力争全市实际利用外资累计7亿美元以内",
            "strive to keep foreign capital utilised within USD 700 million in total")));

    assertThat(assess(ceiling, TARGET, series("2022-12-31", FDI, "2022", "3")).status())
        .isEqualTo(Status.ON_TRACK);
    assertThat(assess(ceiling, TARGET, series("2022-12-31", FDI, "2022", "8")).status())
        .isEqualTo(Status.MISSED);
    assertThat(assess(ceiling, TARGET,
        series("2024-12-31", FDI, "2022", "2", "2023", "2", "2024", "3")).status())
        .isEqualTo(Status.MET);
  }

  @Test
  void aZeroTargetHasNoPace() {
    Plan zero = withTarget(PLAN, TARGET, CumulativeAmountTargetTest::zeroTarget);

    Assessment met = assess(zero, TARGET, series("2022-12-31", FDI, "2022", "1"));
    Assessment below = assess(zero, TARGET, series("2022-12-31", FDI, "2022", "-1"));

    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.pace()).isEmpty();
    assertThat(below.status()).isEqualTo(Status.BEHIND);
    assertThat(below.pace()).isEmpty();
    assertThat(below.explanation().zh()).isEqualTo("实际利用外资累计完成-1.00亿美元。落后。" + WINDOW_ZH);
  }

  @Test
  void aZeroTargetFromAGivenBaseRequiresEverythingToBeLost() {
    Plan zero = withTarget(PLAN, TARGET, CumulativeAmountTargetTest::zeroTarget);

    Assessment a = assess(zero, TARGET, series("2022-12-31", FDI, "2021", "2", "2022", "1"));

    assertThat(a.required().orElseThrow().requiredGrowthRate()).isEqualByComparingTo("-1");
  }

  /** The target with a threshold of 0, and a text that says 0 as the plan validator requires. */
  private static Target zeroTarget(Target target) {
    return target.withThreshold(Quantity.of("0", Unit.USD_100M)).withText(LocalizedText.of(
        "力争全市实际利用外资累计0亿美元以上", "strive for at least USD 0 of foreign capital in total"));
  }
}
