package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.json.PlanJson;

class CadencesTest {

  private static final CadenceRequirement WEEKLY_BULLETINS = requirement(CadencePeriod.WEEK, 1);
  private static final CadenceRequirement TWO_MEETINGS_A_MONTH =
      requirement(CadencePeriod.MONTH, 2);
  private static final CadenceRequirement QUARTERLY = requirement(CadencePeriod.QUARTER, 1);

  @Test
  void weeklyBulletinsOverJanuary2024ListTheShortWeeks() {
    List<CadencePeriodResult> weeks = Cadences.compliance(WEEKLY_BULLETINS,
        dates("2023-12-31", "2024-01-03", "2024-01-17", "2024-01-30"),
        date("2024-01-01"), date("2024-01-31"), date("2024-02-10"));

    assertThat(weeks).extracting(CadencePeriodResult::label, CadencePeriodResult::start,
        CadencePeriodResult::end, CadencePeriodResult::count, CadencePeriodResult::met)
        .containsExactly(
            tuple("2024-W01", date("2024-01-01"), date("2024-01-07"), 1, true),
            tuple("2024-W02", date("2024-01-08"), date("2024-01-14"), 0, false),
            tuple("2024-W03", date("2024-01-15"), date("2024-01-21"), 1, true),
            tuple("2024-W04", date("2024-01-22"), date("2024-01-28"), 0, false));
    assertThat(weeks).filteredOn(week -> !week.met()).extracting(CadencePeriodResult::label)
        .containsExactly("2024-W02", "2024-W04");
    assertThat(weeks).extracting(CadencePeriodResult::required).containsOnly(1);
  }

  @Test
  void isoWeeksAroundNewYearBelongToTheirWeekBasedYear() {
    List<CadencePeriodResult> weeks = Cadences.compliance(WEEKLY_BULLETINS,
        dates("2021-01-01"), date("2020-12-28"), date("2021-01-10"), date("2021-12-31"));
    assertThat(weeks).extracting(CadencePeriodResult::label, CadencePeriodResult::start,
        CadencePeriodResult::end, CadencePeriodResult::count)
        .containsExactly(
            tuple("2020-W53", date("2020-12-28"), date("2021-01-03"), 1),
            tuple("2021-W01", date("2021-01-04"), date("2021-01-10"), 0));

    List<CadencePeriodResult> nextYear = Cadences.compliance(WEEKLY_BULLETINS,
        dates("2024-12-30"), date("2024-12-23"), date("2025-01-05"), date("2025-06-30"));
    assertThat(nextYear).extracting(CadencePeriodResult::label, CadencePeriodResult::count)
        .containsExactly(tuple("2024-W52", 0), tuple("2025-W01", 1));
  }

  @Test
  void aWindowStartingMidWeekSkipsItsFirstPartialWeek() {
    List<CadencePeriodResult> weeks = Cadences.compliance(WEEKLY_BULLETINS,
        dates("2024-01-04", "2024-01-08"), date("2024-01-03"), date("2024-01-21"),
        date("2024-12-31"));
    assertThat(weeks).extracting(CadencePeriodResult::label, CadencePeriodResult::count)
        .containsExactly(tuple("2024-W02", 1), tuple("2024-W03", 0));
  }

  @Test
  void aWindowStartingOnASundayStartsWithTheNextMonday() {
    List<CadencePeriodResult> weeks = Cadences.compliance(WEEKLY_BULLETINS, List.of(),
        date("2024-01-07"), date("2024-01-14"), date("2024-12-31"));
    assertThat(weeks).extracting(CadencePeriodResult::start).containsExactly(date("2024-01-08"));
  }

  @Test
  void aMonthWithOneOfTwoRequiredMeetingsIsNotMet() {
    List<CadencePeriodResult> months = Cadences.compliance(TWO_MEETINGS_A_MONTH,
        dates("2024-01-01", "2024-01-31", "2024-02-10", "2024-03-01", "2024-03-15",
            "2024-03-31"),
        date("2024-01-01"), date("2024-12-31"), date("2024-03-31"));
    assertThat(months).extracting(CadencePeriodResult::label, CadencePeriodResult::start,
        CadencePeriodResult::end, CadencePeriodResult::count, CadencePeriodResult::required,
        CadencePeriodResult::met)
        .containsExactly(
            tuple("2024-01", date("2024-01-01"), date("2024-01-31"), 2, 2, true),
            tuple("2024-02", date("2024-02-01"), date("2024-02-29"), 1, 2, false),
            tuple("2024-03", date("2024-03-01"), date("2024-03-31"), 3, 2, true));
  }

  @Test
  void twoMeetingsOnOneDayCountTwice() {
    List<CadencePeriodResult> months = Cadences.compliance(TWO_MEETINGS_A_MONTH,
        dates("2024-01-10", "2024-01-10"), date("2024-01-01"), date("2024-01-31"),
        date("2024-01-31"));
    assertThat(months).extracting(CadencePeriodResult::count, CadencePeriodResult::met)
        .containsExactly(tuple(2, true));
  }

  @ParameterizedTest(name = "as of {0}, {1} months are listed")
  @CsvSource({
      "2023-12-31, 0",
      "2024-01-01, 0",
      "2024-01-30, 0",
      "2024-01-31, 1",
      "2024-02-28, 1",
      "2024-02-29, 2",
      "2024-03-30, 2",
      "2024-03-31, 3",
      "2025-06-30, 12",
  })
  void aPeriodNotYetEndedAtAsOfIsNotListed(LocalDate asOf, int expected) {
    assertThat(Cadences.compliance(TWO_MEETINGS_A_MONTH, List.of(), date("2024-01-01"),
        date("2024-12-31"), asOf)).hasSize(expected);
  }

  @ParameterizedTest(name = "to {0}: {1} months")
  @CsvSource({
      "2024-01-01, 0",
      "2024-01-30, 0",
      "2024-01-31, 1",
      "2024-02-28, 1",
      "2024-02-29, 2",
  })
  void aWindowEndingMidPeriodDropsItsLastPartialPeriod(LocalDate to, int expected) {
    assertThat(Cadences.compliance(TWO_MEETINGS_A_MONTH, List.of(), date("2024-01-01"), to,
        date("2030-01-01"))).hasSize(expected);
  }

  @Test
  void quartersAreCalendarQuarters() {
    List<CadencePeriodResult> quarters = Cadences.compliance(QUARTERLY,
        dates("2022-03-31", "2022-04-01", "2022-12-31"), date("2022-01-01"),
        date("2024-12-31"), date("2022-12-31"));
    assertThat(quarters).extracting(CadencePeriodResult::label, CadencePeriodResult::start,
        CadencePeriodResult::end, CadencePeriodResult::count, CadencePeriodResult::met)
        .containsExactly(
            tuple("2022-Q1", date("2022-01-01"), date("2022-03-31"), 1, true),
            tuple("2022-Q2", date("2022-04-01"), date("2022-06-30"), 1, true),
            tuple("2022-Q3", date("2022-07-01"), date("2022-09-30"), 0, false),
            tuple("2022-Q4", date("2022-10-01"), date("2022-12-31"), 1, true));
  }

  @Test
  void aWindowStartingMidQuarterStartsWithTheNextQuarter() {
    assertThat(Cadences.compliance(QUARTERLY, List.of(), date("2022-02-15"),
        date("2022-12-31"), date("2022-12-31")))
        .extracting(CadencePeriodResult::label).containsExactly("2022-Q2", "2022-Q3", "2022-Q4");
  }

  @Test
  void atLeastFourTrainingsAYear() {
    CadenceRequirement trainings = BundledPlans.gongqingcheng2022().cadence("trainings-yearly")
        .orElseThrow();
    List<CadencePeriodResult> years = Cadences.compliance(trainings,
        dates("2022-01-01", "2022-03-10", "2022-06-10", "2022-12-31",
            "2023-02-01", "2023-05-01", "2023-09-01", "2024-01-15"),
        date("2022-01-01"), date("2024-12-31"), date("2024-06-30"));
    assertThat(years).extracting(CadencePeriodResult::label, CadencePeriodResult::start,
        CadencePeriodResult::end, CadencePeriodResult::count, CadencePeriodResult::required,
        CadencePeriodResult::met)
        .containsExactly(
            tuple("2022", date("2022-01-01"), date("2022-12-31"), 4, 4, true),
            tuple("2023", date("2023-01-01"), date("2023-12-31"), 3, 4, false));
  }

  @Test
  void aWindowStartingMidYearStartsWithTheNextYear() {
    assertThat(Cadences.compliance(requirement(CadencePeriod.YEAR, 4), List.of(),
        date("2022-07-01"), date("2024-12-31"), date("2024-12-31")))
        .extracting(CadencePeriodResult::label).containsExactly("2023", "2024");
  }

  @Test
  void aRequirementOfZeroIsAlwaysMet() {
    assertThat(Cadences.compliance(requirement(CadencePeriod.MONTH, 0), List.of(),
        date("2024-01-01"), date("2024-01-31"), date("2024-01-31")))
        .extracting(CadencePeriodResult::met).containsExactly(true);
  }

  @Test
  void resultsAreUnmodifiable() {
    List<CadencePeriodResult> results = Cadences.compliance(QUARTERLY, List.of(),
        date("2022-01-01"), date("2022-12-31"), date("2022-12-31"));
    assertThatThrownBy(() -> results.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aWindowEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> Cadences.compliance(QUARTERLY, List.of(), date("2024-01-01"),
        date("2023-12-31"), date("2024-12-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'to' must not be before 'from' (2024-01-01) but was 2023-12-31");
  }

  @Test
  void aOneDayWindowIsAllowedAndHoldsNoWholePeriod() {
    assertThat(Cadences.compliance(QUARTERLY, List.of(), date("2024-01-01"),
        date("2024-01-01"), date("2024-12-31"))).isEmpty();
  }

  @Test
  void nullsAreRefusedByName() {
    LocalDate day = date("2024-01-01");
    List<LocalDate> none = List.of();
    assertThatThrownBy(() -> Cadences.compliance(null, none, day, day, day))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'req'");
    assertThatThrownBy(() -> Cadences.compliance(QUARTERLY, null, day, day, day))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'eventDates'");
    assertThatThrownBy(() -> Cadences.compliance(QUARTERLY, none, null, day, day))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'from'");
    assertThatThrownBy(() -> Cadences.compliance(QUARTERLY, none, day, null, day))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'to'");
    assertThatThrownBy(() -> Cadences.compliance(QUARTERLY, none, day, day, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'asOf'");
    List<LocalDate> withNull = Arrays.asList(day, null);
    assertThatThrownBy(() -> Cadences.compliance(QUARTERLY, withNull, day, day, day))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'eventDates'");
  }

  @Test
  void aPeriodResultNeedsItsLabelAndDates() {
    LocalDate day = date("2024-01-01");
    assertThatThrownBy(() -> new CadencePeriodResult(null, day, day, 0, 1, false))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'label'");
    assertThatThrownBy(() -> new CadencePeriodResult("2024", null, day, 0, 1, false))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'start'");
    assertThatThrownBy(() -> new CadencePeriodResult("2024", day, null, 0, 1, false))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'end'");
  }

  @Test
  void aPeriodResultsMetFlagMustAgreeWithItsCounts() {
    LocalDate day = date("2024-01-01");
    assertThatThrownBy(() -> new CadencePeriodResult("2024", day, day, 2, 2, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'met' must be whether 'count' (2) reaches 'required' (2) but was false");
    assertThatThrownBy(() -> new CadencePeriodResult("2024", day, day, 1, 2, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was true");
    assertThatThrownBy(() -> new CadencePeriodResult("2024", day, day, -1, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'count' and 'required' must not be negative but were -1 and 0");
    assertThat(new CadencePeriodResult("2024", day, day, 0, 0, true).met()).isTrue();
  }

  @Test
  void shortMonthsFormRunsOfTheSameCount() {
    // The Javadoc's example: at least 2 team meetings a month, with 1, 0, 0, 2 and 0 meetings
    // from January to May 2022.
    List<CadencePeriodResult> months = Cadences.compliance(TWO_MEETINGS_A_MONTH,
        dates("2022-01-05", "2022-04-05", "2022-04-15"),
        date("2022-01-01"), date("2022-12-31"), date("2022-05-31"));

    assertThat(Cadences.shortfalls(months)).containsExactly(
        new CadenceShortfall("2022-01", "2022-01", date("2022-01-01"), date("2022-01-31"), 1, 1, 2),
        new CadenceShortfall("2022-02", "2022-03", date("2022-02-01"), date("2022-03-31"), 2, 0, 2),
        new CadenceShortfall("2022-05", "2022-05", date("2022-05-01"), date("2022-05-31"), 1, 0, 2));
  }

  @Test
  void aYearWithoutBulletinsIsOneRun() {
    List<CadencePeriodResult> weeks = Cadences.compliance(WEEKLY_BULLETINS, List.of(),
        date("2022-01-01"), date("2022-12-31"), date("2023-06-30"));

    // ISO weeks: 2022-W01 starts on Monday 2022-01-03; 2022-W52 runs into 2023, past the window.
    assertThat(weeks).hasSize(51);
    assertThat(Cadences.shortfalls(weeks)).containsExactly(new CadenceShortfall("2022-W01",
        "2022-W51", date("2022-01-03"), date("2022-12-25"), 51, 0, 1));
  }

  @Test
  void theSummaryOfAYearWithoutBulletinsCountsItsWeeksAndHasOneRun() {
    CadenceSummary summary = Cadences.summary(WEEKLY_BULLETINS, List.of(), date("2022-01-01"),
        date("2022-12-31"), date("2023-06-30"));

    assertThat(summary.periodsChecked()).isEqualTo(51);
    assertThat(summary.shortfalls()).containsExactly(new CadenceShortfall("2022-W01",
        "2022-W51", date("2022-01-03"), date("2022-12-25"), 51, 0, 1));
  }

  @Test
  void periodsWithAGapBetweenThemAreSeparateRuns() {
    // Two short months handed over with a month left out between them: not consecutive.
    List<CadencePeriodResult> months = List.of(
        new CadencePeriodResult("2022-01", date("2022-01-01"), date("2022-01-31"), 0, 2, false),
        new CadencePeriodResult("2022-03", date("2022-03-01"), date("2022-03-31"), 0, 2, false));

    assertThat(Cadences.shortfalls(months)).extracting(CadenceShortfall::from,
        CadenceShortfall::periods).containsExactly(tuple("2022-01", 1), tuple("2022-03", 1));
  }

  @Test
  void periodsWithDifferentRequirementsAreSeparateRuns() {
    // Not made by compliance, which has one requirement, but a caller may join two lists.
    List<CadencePeriodResult> months = List.of(
        new CadencePeriodResult("2022-01", date("2022-01-01"), date("2022-01-31"), 0, 1, false),
        new CadencePeriodResult("2022-02", date("2022-02-01"), date("2022-02-28"), 0, 2, false));

    assertThat(Cadences.shortfalls(months)).extracting(CadenceShortfall::from,
        CadenceShortfall::required).containsExactly(tuple("2022-01", 1), tuple("2022-02", 2));
  }

  @Test
  void aRunReadsBackFromJsonAndABrokenOneIsRefusedByName() throws Exception {
    ObjectMapper mapper = PlanJson.mapper();
    CadenceShortfall run = new CadenceShortfall("2022-W01", "2023-W25", date("2022-01-03"),
        date("2023-06-25"), 77, 0, 1);

    String json = mapper.writeValueAsString(run);

    assertThat(json).isEqualTo("{\"from\":\"2022-W01\",\"to\":\"2023-W25\",\"start\":"
        + "\"2022-01-03\",\"end\":\"2023-06-25\",\"periods\":77,\"countEach\":0,"
        + "\"required\":1}");
    assertThat(mapper.readValue(json, CadenceShortfall.class)).isEqualTo(run);
    String broken = json.replace("\"countEach\":0", "\"countEach\":1");
    assertThatThrownBy(() -> mapper.readValue(broken, CadenceShortfall.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("'countEach' must be at least 0 and less than 'required' (1) but "
            + "was 1");
  }

  @Test
  void keptPeriodsGiveNoRuns() {
    List<CadencePeriodResult> quarters = Cadences.compliance(QUARTERLY,
        dates("2022-02-01", "2022-05-01"), date("2022-01-01"), date("2022-12-31"),
        date("2022-06-30"));

    assertThat(quarters).hasSize(2).allMatch(CadencePeriodResult::met);
    assertThat(Cadences.shortfalls(quarters)).isEmpty();
    assertThat(Cadences.shortfalls(List.of())).isEmpty();
  }

  @Test
  void runsAreUnmodifiableAndNullsRefused() {
    List<CadenceShortfall> runs = Cadences.shortfalls(Cadences.compliance(QUARTERLY, List.of(),
        date("2022-01-01"), date("2022-12-31"), date("2022-12-31")));
    assertThatThrownBy(() -> runs.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Cadences.shortfalls(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'periods'");
    assertThatThrownBy(() -> Cadences.shortfalls(Arrays.asList((CadencePeriodResult) null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'periods'");
  }

  @Test
  void aRunMustBeAShortfallOfAtLeastOnePeriodInDateOrder() {
    LocalDate day = date("2024-01-01");
    assertThatThrownBy(() -> new CadenceShortfall("2024", "2024", day, day, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'periods' must be at least 1 but was 0");
    assertThatThrownBy(() -> new CadenceShortfall("2024", "2024", day, day, 1, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'countEach' must be at least 0 and less than 'required' (2) but was 2");
    assertThatThrownBy(() -> new CadenceShortfall("2024", "2024", day, day, 1, -1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was -1");
    assertThatThrownBy(() -> new CadenceShortfall("2024", "2024", day, day.minusDays(1), 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'end' must not be before 'start' (2024-01-01) but was 2023-12-31");
    assertThatThrownBy(() -> new CadenceShortfall(null, "2024", day, day, 1, 0, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'from'");
  }

  static CadenceRequirement requirement(CadencePeriod period, int minimumCount) {
    return CadenceRequirement.builder()
        .id("test-" + period.name().toLowerCase(java.util.Locale.ROOT))
        .clause("四.(二).5")
        .kind("TEST_EVENT")
        .name(LocalizedText.of("测试", "test"))
        .text(LocalizedText.of("每" + period.chineseName() + "至少" + minimumCount + "次",
            "at least " + minimumCount + " a " + period.englishName()))
        .period(period)
        .minimumCount(minimumCount)
        .owner("commerce-bureau")
        .ownerStatedInText(true)
        .build();
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static List<LocalDate> dates(String... texts) {
    return Arrays.stream(texts).map(LocalDate::parse).toList();
  }

  @ParameterizedTest(name = "from {0}, the first {1} counted is {2}")
  @CsvSource({
      // The bundled plan's issue date, a Thursday: its week, month, quarter and year began before.
      "2022-12-22, WEEK,    2022-W52",
      "2022-12-22, MONTH,   2023-01",
      "2022-12-22, QUARTER, 2023-Q1",
      "2022-12-22, YEAR,    2023",
      // A Monday and a first of the month start their own week and month.
      "2022-12-26, WEEK,    2022-W52",
      "2023-01-01, MONTH,   2023-01",
      // Sunday 2023-01-01 ends 2022-W52: the first week from it is 2023-W01.
      "2023-01-01, WEEK,    2023-W01",
  })
  void theFirstPeriodCountedIsTheFirstThatStartsOnOrAfterTheDay(LocalDate from,
      CadencePeriod period, String label) {
    assertThat(Cadences.firstPeriodLabel(period, from)).isEqualTo(label);
    // compliance lists that same period first.
    CadenceRequirement req = requirement(period, 1);
    assertThat(Cadences.compliance(req, List.of(), from, date("2025-12-31"), date("2025-12-31"))
        .get(0).label()).isEqualTo(label);
  }
}
