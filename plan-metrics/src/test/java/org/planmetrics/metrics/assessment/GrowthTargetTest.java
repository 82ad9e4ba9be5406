package org.planmetrics.metrics.assessment;

import static java.math.BigDecimal.ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_EN;
import static org.planmetrics.metrics.assessment.Fixtures.WINDOW_ZH;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.div;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.values;
import static org.planmetrics.metrics.assessment.Fixtures.year;
import static org.planmetrics.metrics.assessment.Fixtures.yearStatus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * fdi-growth: 实际利用外资年增长7%以上 (AT_LEAST 0.07, 力争), window 2022–2024. Each window year is
 * judged on its own; the target takes the worst year.
 */
class GrowthTargetTest {

  private static final String TARGET = "fdi-growth";
  private static final String P = "/series/" + FDI + "/";
  private static final BigDecimal TINY = new BigDecimal("1E-15");

  private static Assessment growth(String asOf, String... keysAndValues) {
    return assess(TARGET, series(asOf, FDI, keysAndValues));
  }

  @Test
  void aFullYearGrowthOf8Point6PercentMeetsTheTarget() {
    Assessment a = growth("2022-12-31", "2021", "2.035", "2022", "2.21");

    // (2.21 − 2.035) ÷ 2.035 = 0.175 ÷ 2.035, at 20 significant digits.
    BigDecimal expected = div("0.175", "2.035");
    assertThat(expected).isEqualByComparingTo("0.085995085995085995086");
    YearAssessment y2022 = year(a, 2022);
    assertThat(y2022.status()).hasValue(Status.MET);
    assertThat(y2022.pending()).isFalse();
    assertThat(y2022.throughMonth()).hasValue(12);
    assertThat(y2022.actual().orElseThrow().value()).isEqualByComparingTo(expected);
    assertThat(y2022.actual().orElseThrow().unit()).isEqualTo(Unit.RATIO);
    assertThat(y2022.reason()).isEmpty();
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo(expected);
    assertThat(a.inputs()).containsExactly(P + "2021", P + "2022");
    assertThat(a.reason()).isEmpty();
  }

  @Test
  void theAssessmentCarriesTheTargetsTermsAndADatedBulletinSentence() {
    Assessment a = growth("2022-12-31", "2021", "2.035", "2022", "2.21");

    assertThat(a.targetId()).isEqualTo(TARGET);
    assertThat(a.goalId()).isEqualTo("opening-up");
    assertThat(a.kind()).isEqualTo(TargetKind.ANNUAL_GROWTH);
    assertThat(a.asOf()).hasToString("2022-12-31");
    assertThat(a.commitment()).isEqualTo(Commitment.STRIVE);
    assertThat(a.operator()).isEqualTo(ComparisonOperator.AT_LEAST);
    assertThat(a.threshold()).isEqualTo(Quantity.of("0.07", Unit.RATIO));
    assertThat(a.explanation().zh())
        .isEqualTo("实际利用外资年增长目标7%以上:2022年增长8.6%,达标。总体进度正常。" + WINDOW_ZH);
    assertThat(a.explanation().en()).isEqualTo("Foreign capital actually utilised, target growth "
        + "at least 7% a year: 2022 grew 8.6%, met. Overall on track." + WINDOW_EN);
  }

  @Test
  void metWhileLaterYearsArePendingIsOnTrack() {
    Assessment a = growth("2022-12-31", "2021", "2.035", "2022", "2.21");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.years()).extracting(YearAssessment::year).containsExactly(2022, 2023, 2024);
    assertThat(year(a, 2023).pending()).isTrue();
    assertThat(year(a, 2023).status()).isEmpty();
    assertThat(year(a, 2024).pending()).isTrue();
    assertThat(year(a, 2024).status()).isEmpty();
  }

  @Test
  void aFullYearGrowthBelowSevenPercentMissesTheTarget() {
    Assessment a = growth("2022-12-31", "2021", "2.035", "2022", "2.1");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(a.status()).isEqualTo(Status.MISSED);
    assertThat(a.explanation().zh()).contains("2022年增长3.2%,未达标").endsWith("。总体未达标。" + WINDOW_ZH);
    assertThat(a.explanation().en()).contains("2022 grew 3.2%, missed")
        .endsWith(". Overall missed." + WINDOW_EN);
  }

  @ParameterizedTest(name = "from 100 to {0} is {1}")
  @CsvSource({"107, MET", "106.99, MISSED", "107.01, MET", "107.000, MET"})
  void growthOfExactlySevenPercentMeetsTheTargetBecauseAtLeastIncludesIt(String value,
      Status expected) {
    Assessment a = growth("2022-12-31", "2021", "100", "2022", value);

    assertThat(yearStatus(a, 2022)).isEqualTo(expected);
  }

  @Test
  void everyYearMetOnceTheWindowHasEndedIsMet() {
    Assessment a = growth("2025-03-31", "2021", "100", "2022", "107", "2023", "114.49",
        "2024", "122.5043");

    assertThat(a.years()).extracting(y -> y.status().orElseThrow())
        .containsExactly(Status.MET, Status.MET, Status.MET);
    assertThat(a.years()).noneMatch(YearAssessment::pending);
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.compoundGrowthRate().orElseThrow()).isCloseTo(dec("0.07"), within(TINY));
  }

  @Test
  void yearToDateGrowthAtTheRateIsOnTrack() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "110", "2022-06", "50",
        "2023-06", "53.5");

    YearAssessment y2023 = year(a, 2023);
    assertThat(y2023.status()).hasValue(Status.ON_TRACK);
    assertThat(y2023.throughMonth()).hasValue(6);
    assertThat(y2023.actual().orElseThrow().value()).isEqualByComparingTo("0.07");
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.07");
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.inputs()).containsExactlyInAnyOrder(P + "2021", P + "2022", P + "2022-06",
        P + "2023-06");
    assertThat(a.explanation().zh()).isEqualTo("实际利用外资年增长目标7%以上:2022年增长10.0%,达标;"
        + "2023年1—6月同比增长7.0%,进度正常。总体进度正常。" + WINDOW_ZH);
    assertThat(a.explanation().en()).isEqualTo("Foreign capital actually utilised, target growth "
        + "at least 7% a year: 2022 grew 10.0%, met; January–June 2023 grew 7.0% year on year, "
        + "on track. Overall on track." + WINDOW_EN);
  }

  @Test
  void yearToDateGrowthBelowTheRateIsBehindAndMetPlusBehindIsBehind() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "110", "2022-06", "50",
        "2023-06", "53.49");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.BEHIND);
    assertThat(a.status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void aFallingYearToDateIsWordedAsAFall() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "110", "2022-06", "50",
        "2023-06", "48");

    assertThat(year(a, 2023).actual().orElseThrow().value()).isEqualByComparingTo("-0.04");
    assertThat(a.explanation().zh()).contains("2023年1—6月同比下降4.0%,落后");
    assertThat(a.explanation().en()).contains("January–June 2023 fell 4.0% year on year, behind");
  }

  @Test
  void aFallingFullYearIsWordedAsAFall() {
    Assessment a = growth("2022-12-31", "2021", "100", "2022", "90");

    assertThat(a.explanation().zh()).contains("2022年下降10.0%,未达标");
    assertThat(a.explanation().en()).contains("2022 fell 10.0%, missed");
  }

  @Test
  void theLatestMonthReportedInBothYearsIsChosen() {
    // 2023 runs to September, but 2022 has no September: June is the latest month of both.
    // March would give +50% (on track); June gives +4% (behind).
    Assessment a = growth("2023-09-30", "2021", "100", "2022", "110",
        "2022-03", "20", "2022-06", "50",
        "2023-03", "30", "2023-06", "52", "2023-09", "80");

    YearAssessment y2023 = year(a, 2023);
    assertThat(y2023.throughMonth()).hasValue(6);
    assertThat(y2023.actual().orElseThrow().value()).isEqualByComparingTo("0.04");
    assertThat(y2023.status()).hasValue(Status.BEHIND);
    assertThat(a.inputs()).contains(P + "2022-06", P + "2023-06")
        .doesNotContain(P + "2022-03", P + "2023-03", P + "2023-09");
  }

  @Test
  void whenTheLatestMonthsMatchTheLatestIsChosenOverEarlierOnes() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "110",
        "2022-03", "20", "2022-06", "50", "2023-03", "30", "2023-06", "60");

    assertThat(year(a, 2023).throughMonth()).hasValue(6);
    assertThat(year(a, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0.2");
  }

  @Test
  void aYearToDateFigureWhosePeriodEndsAfterAsOfIsIgnored() {
    String[] data = {"2021", "100", "2022", "110", "2022-05", "40", "2023-05", "44",
        "2022-06", "50", "2023-06", "51"};

    Assessment dayBefore = growth("2023-06-29", data);
    Assessment endOfJune = growth("2023-06-30", data);

    assertThat(year(dayBefore, 2023).throughMonth()).hasValue(5);
    assertThat(yearStatus(dayBefore, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(year(endOfJune, 2023).throughMonth()).hasValue(6);
    assertThat(yearStatus(endOfJune, 2023)).isEqualTo(Status.BEHIND);
  }

  @Test
  void aFullYearFigureForAYearNotEndedByAsOfIsIgnored() {
    String[] data = {"2021", "100", "2022", "110", "2023", "200", "2022-06", "50",
        "2023-06", "51"};

    Assessment midYear = growth("2023-06-30", data);
    Assessment dayBeforeEnd = growth("2023-12-30", data);
    Assessment yearEnd = growth("2023-12-31", data);

    assertThat(yearStatus(midYear, 2023)).isEqualTo(Status.BEHIND);
    assertThat(year(midYear, 2023).throughMonth()).hasValue(6);
    assertThat(midYear.inputs()).doesNotContain(P + "2023");
    assertThat(yearStatus(dayBeforeEnd, 2023)).isEqualTo(Status.BEHIND);
    assertThat(yearStatus(yearEnd, 2023)).isEqualTo(Status.MET);
    assertThat(year(yearEnd, 2023).throughMonth()).hasValue(12);
    assertThat(yearEnd.inputs()).contains(P + "2023");
  }

  @Test
  void aYearThatHasEndedWithoutFiguresIsNotAssessableNamingTheMissingSeries() {
    Assessment a = growth("2023-12-31", "2021", "100", "2022", "110");

    YearAssessment y2023 = year(a, 2023);
    assertThat(y2023.status()).hasValue(Status.NOT_ASSESSABLE);
    assertThat(y2023.actual()).isEmpty();
    assertThat(y2023.reason().orElseThrow().zh()).contains(P + "2023");
    assertThat(y2023.reason().orElseThrow().en()).contains(P + "2023");
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason()).isEqualTo(y2023.reason());
    assertThat(a.explanation().zh()).contains("2023年无法评估:");
    assertThat(a.explanation().en()).contains("2023 not assessable: ");
    // The latest figure is the one of the last year that has one.
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.1");
  }

  @Test
  void aMissingYearBeforeIsNamedWhenTheYearItselfIsGiven() {
    Assessment a = growth("2022-12-31", "2022", "110");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh())
        .isEqualTo("缺少2021年全年数据(" + P + "2021),也没有2022年与上年同月的累计数据");
    assertThat(a.reason().orElseThrow().en()).isEqualTo("no full-year figure " + P + "2021 and "
        + "no year-to-date figures for the same month of 2022 and 2021");
  }

  @Test
  void aMissingYearItselfIsNamedFirst() {
    Assessment a = growth("2022-12-31", "2021", "100");

    assertThat(a.reason().orElseThrow().zh())
        .isEqualTo("缺少2022年全年数据(" + P + "2022),也没有2022年与上年同月的累计数据");
  }

  @Test
  void noGrowthIsWordedAsGrowthOfZero() {
    Assessment a = growth("2022-12-31", "2021", "100", "2022", "100.0");

    assertThat(a.explanation().zh()).contains("2022年增长0.0%,未达标");
    assertThat(a.explanation().en()).contains("2022 grew 0.0%, missed");
  }

  @Test
  void theFirstYearsReasonIsTheTargetsReason() {
    Assessment a = growth("2024-01-31");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains(P + "2022");
    assertThat(year(a, 2023).reason().orElseThrow().zh()).contains(P + "2023");
    assertThat(a.actual()).isEmpty();
  }

  @ParameterizedTest(name = "a base of {0} is not assessable")
  @CsvSource({"0", "0.00", "-1", "-0.01"})
  void aZeroOrNegativeFullYearBaseIsNotAssessableWithAReason(String base) {
    Assessment a = growth("2022-12-31", "2021", base, "2022", "5");

    YearAssessment y2022 = year(a, 2022);
    assertThat(y2022.status()).hasValue(Status.NOT_ASSESSABLE);
    assertThat(y2022.actual()).isEmpty();
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains(P + "2021").contains(base)
        .contains("不为正数");
    assertThat(a.reason().orElseThrow().en()).contains(P + "2021").contains(base)
        .contains("not above zero");
    assertThat(a.compoundGrowthRate()).isEmpty();
  }

  @Test
  void aZeroYearToDateBaseIsNotAssessableNamingTheMonth() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "110", "2022-06", "0",
        "2023-06", "1");

    assertThat(yearStatus(a, 2023)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(year(a, 2023).reason().orElseThrow().zh()).contains(P + "2022-06");
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void beforeTheWindowStartsNothingIsAssessable() {
    Assessment a = growth("2021-12-31", "2020", "90", "2021", "100");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.years()).hasSize(3).allMatch(YearAssessment::pending);
    assertThat(a.reason().orElseThrow().zh()).isEqualTo("规划期2022—2024年尚未开始(评估日期2021-12-31)");
    assertThat(a.reason().orElseThrow().en())
        .isEqualTo("the plan window 2022–2024 has not started by 2021-12-31");
    assertThat(a.explanation().zh()).contains("规划期2022—2024年尚未开始");
    assertThat(a.inputs()).isEmpty();
    assertThat(a.actual()).isEmpty();
  }

  @Test
  void missedBeatsOnTrack() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "105", "2022-06", "50",
        "2023-06", "60");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void missedBeatsBehind() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "105", "2022-06", "50",
        "2023-06", "50");

    assertThat(yearStatus(a, 2023)).isEqualTo(Status.BEHIND);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void missedBeatsMetOnceTheWindowHasEnded() {
    Assessment a = growth("2025-06-30", "2021", "100", "2022", "110", "2023", "110",
        "2024", "130");

    assertThat(a.years()).extracting(y -> y.status().orElseThrow())
        .containsExactly(Status.MET, Status.MISSED, Status.MET);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void notAssessableBeatsOnTrackAndMet() {
    Assessment a = growth("2023-06-30", "2022", "110", "2022-06", "50", "2023-06", "60");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains(P + "2021");
  }

  @Test
  void behindBeatsNotAssessable() {
    Assessment a = growth("2023-06-30", "2022", "110", "2022-06", "50", "2023-06", "51");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.BEHIND);
    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.reason()).isEmpty();
  }

  @Test
  void compoundGrowthIsReportedOverTheFullYearsCovered() {
    Assessment a = growth("2023-12-31", "2021", "100", "2022", "110", "2023", "121");

    assertThat(a.compoundGrowthRate().orElseThrow()).isCloseTo(dec("0.1"), within(TINY));
  }

  @Test
  void compoundGrowthStopsAtTheWindowsEnd() {
    Assessment a = growth("2026-01-31", "2021", "100", "2022", "110", "2023", "121",
        "2024", "133.1", "2025", "500");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.compoundGrowthRate().orElseThrow()).isCloseTo(dec("0.1"), within(TINY));
  }

  @Test
  void compoundGrowthSpansAGapInTheYears() {
    // 2022 is missing: the compound rate still runs from 2021 to 2023, over two years.
    Assessment a = growth("2023-12-31", "2021", "100", "2023", "144");

    assertThat(a.compoundGrowthRate().orElseThrow()).isCloseTo(dec("0.2"), within(TINY));
  }

  @Test
  void compoundGrowthNeedsAFullWindowYear() {
    Assessment a = growth("2022-06-30", "2020", "90", "2021", "100", "2021-06", "45",
        "2022-06", "50");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.compoundGrowthRate()).isEmpty();
  }

  @Test
  void compoundGrowthNeedsTheBaseYear() {
    Assessment a = growth("2023-12-31", "2022", "110", "2023", "121");

    assertThat(yearStatus(a, 2023)).isEqualTo(Status.MET);
    assertThat(a.compoundGrowthRate()).isEmpty();
  }

  @Test
  void aFallToZeroCompoundsToMinusOne() {
    Assessment a = growth("2022-12-31", "2021", "100", "2022", "0");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(a.compoundGrowthRate().orElseThrow()).isEqualByComparingTo("-1");
  }

  @Test
  void aNegativeLatestFigureHasNoCompoundGrowthButStillAStatus() {
    Assessment a = growth("2022-12-31", "2021", "100", "2022", "-5");

    assertThat(year(a, 2022).actual().orElseThrow().value()).isEqualByComparingTo("-1.05");
    assertThat(a.status()).isEqualTo(Status.MISSED);
    assertThat(a.compoundGrowthRate()).isEmpty();
  }

  @Test
  void aDecemberYearToDateKeyIsTheFullYearAndItsPointerKeepsTheKey() {
    Assessment a = growth("2022-12-31", "2021", "100", "2022-12", "108");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(year(a, 2022).throughMonth()).hasValue(12);
    assertThat(a.inputs()).containsExactly(P + "2021", P + "2022-12");
  }

  @Test
  void otherIndicatorsSeriesAreNotUsed() {
    Observations o = on("2022-12-31").putSeries("cash-fdi", values("2021", "100", "2022", "110"))
        .build();

    assertThat(assess(TARGET, o).status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(assess("cash-fdi-growth", o).status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aYearStillInProgressWithoutFiguresIsNotYetJudged() {
    Assessment a = growth("2023-06-30", "2021", "100", "2022", "110");

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(year(a, 2023).status()).isEmpty();
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.reason()).isEmpty();
  }
}
