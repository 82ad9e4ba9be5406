package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.metrics.CadencePeriodResult;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.CadenceSummary;
import org.planmetrics.metrics.Cadences;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.testkit.Dates;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The promises of {@link Cadences} (see {@link Guarantee}), over windows, dates and logs around
 * 2020–2024, whose edge days include ISO week 2020-W53 (2020-12-28 to 2021-01-03), 29 February
 * 2020 and 2024, and the ends of years and quarters.
 */
class CadencesProperties {

  private static final LocalDate ORIGIN = LocalDate.of(2020, 1, 1);

  /** A window, an as-of date and a log of events, around 2020–2025, for one kind of period. */
  private record Case(CadenceRequirement req, List<LocalDate> events, LocalDate from,
      LocalDate to, LocalDate asOf) {

    LocalDate last() {
      return asOf.isBefore(to) ? asOf : to;
    }
  }

  /** Days from {@code fromOffset} to {@code toOffset} days after 2020-01-01, edge days included. */
  private static Generator<LocalDate> days(int fromOffset, int toOffset) {
    return Dates.between(ORIGIN.plusDays(fromOffset), ORIGIN.plusDays(toOffset));
  }

  private static Gen<Case> cases(CadencePeriod period) {
    Generator<List<LocalDate>> logs = Generator.listOf(days(-60, 1_500), 0, 40);
    Generator<LocalDate> starts = days(0, 600);
    return Gens.of(random -> {
      LocalDate from = starts.next(random);
      return new Case(requirement(period, random.nextInt(0, 5)), logs.next(random), from,
          from.plusDays(random.nextInt(0, 901)), from.plusDays(random.nextInt(-60, 1_201)));
    });
  }

  /** A requirement of {@code minimumCount} events of kind TEST_EVENT in each period. */
  private static CadenceRequirement requirement(CadencePeriod period, int minimumCount) {
    return CadenceRequirement.builder()
        .id("test-" + period.name().toLowerCase(Locale.ROOT))
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

  private static List<CadencePeriodResult> compliance(Case c) {
    return Cadences.compliance(c.req(), c.events(), c.from(), c.to(), c.asOf());
  }

  private static LocalDate plusPeriod(CadencePeriod period, LocalDate date, int count) {
    return switch (period) {
      case WEEK -> date.plusWeeks(count);
      case MONTH -> date.plusMonths(count);
      case QUARTER -> date.plusMonths(3L * count);
      case YEAR -> date.plusYears(count);
    };
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.THE_CADENCE_SUMMARY_IS_THE_FULL_CHECK_SHORTENED)
  void theSummaryIsTheFullCheckShortened(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      List<CadencePeriodResult> periods = compliance(c);
      CadenceSummary summary = Cadences.summary(c.req(), c.events(), c.from(), c.to(), c.asOf());
      assertThat(summary.periodsChecked()).isEqualTo(periods.size());
      assertThat(summary.shortfalls()).isEqualTo(Cadences.shortfalls(periods));
    });
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.SHORTFALL_RUNS_HOLD_EXACTLY_THE_SHORT_PERIODS_IN_THE_FEWEST_RUNS)
  void shortfallRunsHoldExactlyTheShortPeriodsInTheFewestRuns(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      List<CadencePeriodResult> periods = compliance(c);
      List<CadenceShortfall> runs = Cadences.shortfalls(periods);
      // Expand each run back over the periods it starts at; together they must be exactly the
      // short periods, each run's count must be its periods' count, and two runs that touch must
      // differ in count (otherwise they should have been one).
      boolean[] covered = new boolean[periods.size()];
      int previousLast = -2;
      int previousCount = -1;
      for (CadenceShortfall run : runs) {
        int first = indexOf(periods, run.from());
        int last = first + run.periods() - 1;
        assertThat(first).as("run %s", run).isGreaterThan(previousLast);
        assertThat(periods.get(last).label()).isEqualTo(run.to());
        assertThat(run.start()).isEqualTo(periods.get(first).start());
        assertThat(run.end()).isEqualTo(periods.get(last).end());
        assertThat(run.required()).isEqualTo(c.req().minimumCount());
        for (int i = first; i <= last; i++) {
          assertThat(periods.get(i).met()).isFalse();
          assertThat(periods.get(i).count()).isEqualTo(run.countEach());
          covered[i] = true;
        }
        if (first == previousLast + 1) {
          assertThat(run.countEach()).as("run %s touches the one before", run)
              .isNotEqualTo(previousCount);
        }
        previousLast = last;
        previousCount = run.countEach();
      }
      for (int i = 0; i < periods.size(); i++) {
        assertThat(covered[i]).as(periods.get(i).label()).isEqualTo(!periods.get(i).met());
      }
    });
  }

  private static int indexOf(List<CadencePeriodResult> periods, String label) {
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no period " + label);
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.CADENCE_PERIODS_ARE_CONTIGUOUS_AND_END_BY_AS_OF_AND_TO)
  void periodsAreContiguousAndEndByAsOfAndTo(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      List<CadencePeriodResult> periods = compliance(c);
      for (int i = 0; i < periods.size(); i++) {
        CadencePeriodResult period = periods.get(i);
        assertThat(period.start()).isAfterOrEqualTo(c.from());
        assertThat(period.end()).isAfterOrEqualTo(period.start())
            .isBeforeOrEqualTo(c.asOf()).isBeforeOrEqualTo(c.to());
        if (i > 0) {
          assertThat(period.start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
        }
      }
    });
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.EVERY_WHOLE_PERIOD_IN_THE_WINDOW_IS_LISTED)
  void everyWholePeriodInTheWindowIsListed(CadencePeriod cadencePeriod) {
    // The first period is the first one starting on or after 'from', and the one after the last
    // ends after min(asOf, to): no whole period is left out at either end.
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      CadencePeriod period = c.req().period();
      LocalDate firstStart = c.from();
      while (!isPeriodStart(period, firstStart)) {
        firstStart = firstStart.plusDays(1);
      }
      List<CadencePeriodResult> periods = compliance(c);
      if (periods.isEmpty()) {
        assertThat(plusPeriod(period, firstStart, 1).minusDays(1)).isAfter(c.last());
        return;
      }
      assertThat(periods.get(0).start()).isEqualTo(firstStart);
      LocalDate afterLast = periods.get(periods.size() - 1).end().plusDays(1);
      assertThat(plusPeriod(period, afterLast, 1).minusDays(1)).isAfter(c.last());
    });
  }

  private static boolean isPeriodStart(CadencePeriod period, LocalDate date) {
    return switch (period) {
      case WEEK -> date.getDayOfWeek() == DayOfWeek.MONDAY;
      case MONTH -> date.getDayOfMonth() == 1;
      case QUARTER -> date.getDayOfMonth() == 1 && date.getMonthValue() % 3 == 1;
      case YEAR -> date.getDayOfYear() == 1;
    };
  }

  @Test
  @Checks(Guarantee.A_WINDOW_HOLDING_A_WHOLE_MONTH_LISTS_IT)
  void aWindowHoldingAWholeMonthListsIt() {
    qt().forAll(Gens.of(days(0, 1_500)), integers().between(0, 40)).checkAssert((from, slack) -> {
      LocalDate firstOfNextMonth = YearMonth.from(from).plusMonths(1).atDay(1);
      LocalDate start = from.getDayOfMonth() == 1 ? from : firstOfNextMonth;
      LocalDate end = YearMonth.from(start).atEndOfMonth();
      assertThat(Cadences.compliance(requirement(CadencePeriod.MONTH, 1), List.of(),
          from, end.plusDays(slack), end.plusDays(slack)))
          .first().extracting(CadencePeriodResult::start, CadencePeriodResult::end)
          .containsExactly(start, end);
    });
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.EACH_PERIOD_HAS_THE_SHAPE_AND_LABEL_OF_ITS_KIND)
  void eachPeriodHasTheShapeAndLabelOfItsKind(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      for (CadencePeriodResult period : compliance(c)) {
        LocalDate start = period.start();
        assertThat(period.end()).isEqualTo(plusPeriod(c.req().period(), start, 1).minusDays(1));
        switch (c.req().period()) {
          case WEEK -> {
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(period.label()).isEqualTo(String.format(Locale.ROOT, "%d-W%02d",
                start.get(IsoFields.WEEK_BASED_YEAR),
                start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
          }
          case MONTH -> {
            assertThat(start.getDayOfMonth()).isEqualTo(1);
            assertThat(period.label()).isEqualTo(YearMonth.from(start).toString());
          }
          case QUARTER -> {
            assertThat(start.getDayOfMonth()).isEqualTo(1);
            assertThat(start.getMonthValue() % 3).isEqualTo(1);
            assertThat(period.label())
                .isEqualTo(start.getYear() + "-Q" + (start.getMonthValue() + 2) / 3);
          }
          case YEAR -> {
            assertThat(start.getDayOfYear()).isEqualTo(1);
            assertThat(period.label()).isEqualTo(Integer.toString(start.getYear()));
          }
        }
      }
    });
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.CADENCE_COUNTS_ADD_UP_TO_THE_EVENTS_INSIDE_THE_LISTED_PERIODS)
  void countsAddUpToTheEventsInsideTheListedPeriods(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      List<CadencePeriodResult> periods = compliance(c);
      int counted = periods.stream().mapToInt(CadencePeriodResult::count).sum();
      assertThat(counted).isLessThanOrEqualTo(c.events().size());
      long inside = periods.isEmpty() ? 0 : c.events().stream()
          .filter(day -> !day.isBefore(periods.get(0).start())
              && !day.isAfter(periods.get(periods.size() - 1).end()))
          .count();
      assertThat((long) counted).isEqualTo(inside);
      for (CadencePeriodResult period : periods) {
        long own = c.events().stream()
            .filter(day -> !day.isBefore(period.start()) && !day.isAfter(period.end())).count();
        assertThat((long) period.count()).isEqualTo(own);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
  @Checks(Guarantee.A_PERIOD_IS_MET_EXACTLY_WHEN_ITS_COUNT_REACHES_THE_MINIMUM)
  void aPeriodIsMetExactlyWhenItsCountReachesTheMinimum(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      for (CadencePeriodResult period : compliance(c)) {
        assertThat(period.required()).isEqualTo(c.req().minimumCount());
        assertThat(period.met()).isEqualTo(period.count() >= c.req().minimumCount());
      }
    });
  }
}
