package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.OUT_OF_PROVINCE;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;
import static org.planmetrics.metrics.assessment.Fixtures.year;
import static org.planmetrics.metrics.assessment.Fixtures.yearStatus;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Amounts within one period, on the bundled plan (window 2022–2024) with its out-of-province
 * total rewritten: "全年完成省外项目实际进资120亿元" each year, a first-quarter 开门红 figure, a
 * second quarter, and campaigns. Every number is worked by hand in the comments.
 */
class PeriodAmountTargetTest {

  private static final String TARGET = "out-of-province-capital-cumulative";

  private static Plan plan(TargetPeriod period, String figure, ComparisonOperator operator) {
    String word = operator == ComparisonOperator.AT_MOST ? "以内" : "以上";
    return withTarget(PLAN, TARGET, t -> t.withKind(TargetKind.PERIOD_AMOUNT).withPeriod(period)
        .withOperator(operator)
        .withThreshold(Quantity.of(figure, Unit.CNY_100M))
        .withText(LocalizedText.of("力争完成省外项目实际进资" + figure + "亿元" + word,
            "strive for capital from outside the province of " + figure + " (CNY 100 million)")));
  }

  private static Assessment assessed(TargetPeriod period, String figure, String asOf,
      String... keysAndValues) {
    return assess(plan(period, figure, ComparisonOperator.AT_LEAST), TARGET,
        series(asOf, OUT_OF_PROVINCE, keysAndValues));
  }

  private static TargetPeriod eachYear() {
    return TargetPeriod.builder().kind(PeriodKind.YEAR).build();
  }

  private static TargetPeriod quarter(int quarter, int year) {
    return TargetPeriod.builder().kind(PeriodKind.QUARTER).quarter(quarter).year(year).build();
  }

  private static TargetPeriod dates(String from, String to) {
    return TargetPeriod.builder().kind(PeriodKind.DATES).firstDay(LocalDate.parse(from))
        .lastDay(LocalDate.parse(to))
        .name(LocalizedText.of("百日攻坚", "Hundred-day drive")).build();
  }

  @Test
  void halfwayThroughTheYearFiftyFourOfOneHundredTwentyIsSixBehind() {
    // 2022: 126 ≥ 120, met. 2023 through June: 序时进度 asks 120 × 6 ÷ 12 = 60; 54 is 6 short.
    Assessment a = assessed(eachYear(), "120", "2023-06-30", "2022", "126", "2023-06", "54");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.BEHIND);
    assertThat(year(a, 2024).pending()).isTrue();
    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("54");
    // Completion 54 ÷ 120 = 0.45 against 6 ÷ 12 = 0.5: 5 points behind.
    assertThat(a.pace().orElseThrow().completion()).isEqualByComparingTo("0.45");
    assertThat(a.pace().orElseThrow().timeProgress()).isEqualByComparingTo("0.5");
    assertThat(a.pace().orElseThrow().gapPercentagePoints()).isEqualByComparingTo("-5");
    assertThat(a.explanation().zh()).contains("全年目标120亿元以上:2022年完成126.00亿元,达标;"
        + "2023年1—6月完成54.00亿元,序时进度应完成60.00亿元,落后6.00亿元,落后。总体落后。");
    assertThat(a.explanation().en()).contains("January–June 2023: 54.00 (CNY 100 million), "
        + "60.00 (CNY 100 million) due by now on schedule, 6.00 (CNY 100 million) behind, behind");
  }

  @Test
  void sixtyOneThroughJuneIsOnTrackAndAFullYearShortIsMissed() {
    // 2023 through June: 61 ≥ 60 due, on track. 2022: 119 < 120 over the whole year, missed.
    Assessment a = assessed(eachYear(), "120", "2023-06-30", "2022", "119", "2023-06", "61");

    assertThat(yearStatus(a, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @ParameterizedTest(name = "Q1 2023 of 30 with {1} through {0}: {2}")
  @CsvSource(delimiter = '|', value = {
      // Through February 2 of 3 months are covered: 30 × 2 ÷ 3 = 20 due; 19 is behind, 20 not.
      "2023-02 | 19 | BEHIND",
      "2023-02 | 20 | ON_TRACK",
      // 开门红 reached early: met as soon as the sum is there.
      "2023-02 | 30 | MET",
      // The quarter over: 29 of 30 is missed.
      "2023-03 | 29 | MISSED",
      "2023-03 | 31 | MET"})
  void aFirstQuarterIsTheYearToDateThroughMarch(String key, String value, Status status) {
    String asOf = key.equals("2023-02") ? "2023-02-28" : "2023-03-31";
    Assessment a = assessed(quarter(1, 2023), "30", asOf, "2022", "126", key, value);

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo(value);
    // A period judged once lists no years of its own.
    assertThat(a.years()).isEmpty();
  }

  @Test
  void aSecondQuarterSubtractsTheFiguresThroughMarch() {
    // Q2 2023 through May: 45 − 28 = 17 in 2 of 3 months; 30 × 2 ÷ 3 = 20 due, so 3 behind.
    Assessment a = assessed(quarter(2, 2023), "30", "2023-05-31",
        "2023-03", "28", "2023-05", "45");

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("17");
    assertThat(a.inputs()).containsExactly("/series/out-of-province-capital/2023-03",
        "/series/out-of-province-capital/2023-05");
    assertThat(a.explanation().zh()).startsWith("省外项目实际进资2023年第二季度目标30亿元以上:已完成17.00亿元,"
        + "序时进度应完成20.00亿元,落后3.00亿元。落后。");
  }

  @Test
  void aSecondQuarterWithoutTheFigureThroughMarchNamesIt() {
    Assessment a = assessed(quarter(2, 2023), "30", "2023-05-31", "2023-05", "45");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh())
        .isEqualTo("缺少所需数据(/series/out-of-province-capital/2023-03)");
  }

  @Test
  void aCampaignOfWholeMonthsIsTheDifferenceOfItsMonthEndFigures() {
    // 百日攻坚 from April to June 2023: 70 through June − 28 through March = 42 ≥ 40, met.
    Assessment a = assessed(dates("2023-04-01", "2023-06-30"), "40", "2023-06-30",
        "2023-03", "28", "2023-06", "70");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("42");
    assertThat(a.explanation().zh()).startsWith(
        "省外项目实际进资百日攻坚(2023-04-01至2023-06-30)目标40亿元以上:已完成42.00亿元。达标。");
  }

  @Test
  void aCampaignAcrossNewYearAddsBothYearsParts() {
    // November 2023 to February 2024: (130 − 100) + 12 = 42 over 4 of 4 months; 42 ≥ 40.
    Assessment a = assessed(dates("2023-11-01", "2024-02-29"), "40", "2024-02-29",
        "2023-10", "100", "2023", "130", "2024-02", "12");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("42");
    assertThat(a.pace().orElseThrow().monthsInSpan()).isEqualTo(4);
  }

  @Test
  void aCampaignOfOddDatesIsNotProRated() {
    // A hundred days from 10 March: no month-end figure holds its sum.
    Assessment a = assessed(dates("2023-03-10", "2023-06-17"), "40", "2023-06-30",
        "2023-02", "20", "2023-03", "28", "2023-06", "70");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.actual()).isEmpty();
    assertThat(a.reason().orElseThrow().zh()).startsWith("时段2023-03-10至2023-06-17不是整月")
        .contains("需要2023-03-09和2023-06-17的累计数");
  }

  @Test
  void aPeriodThatHasNotStartedIsNotAssessable() {
    Assessment a = assessed(quarter(1, 2024), "30", "2023-06-30", "2023-06", "54");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).isEqualTo("目标时段自2024-01-01起,评估日期2023-06-30尚未开始");
  }

  @ParameterizedTest(name = "at most 120 a year, {1} through {0}: {2}")
  @CsvSource(delimiter = '|', value = {
      // Under a ceiling mid-year: on track, whatever the pace; over it: missed at once.
      "2023-06 | 54  | ON_TRACK",
      "2023-06 | 121 | MISSED",
      // The year over and under: met.
      "2023    | 118 | MET"})
  void aCeilingIsMissedOncePassedAndMetOnlyWhenThePeriodIsOver(String key, String value,
      Status status) {
    String asOf = key.equals("2023") ? "2023-12-31" : "2023-06-30";
    Assessment a = assess(plan(TargetPeriod.builder().kind(PeriodKind.YEAR).year(2023).build(),
        "120", ComparisonOperator.AT_MOST), TARGET, series(asOf, OUT_OF_PROVINCE, key, value));

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.pace()).isEmpty();
  }
}
