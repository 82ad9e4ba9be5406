package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.quicktheories.core.Gen;

class CadencesProperties {

  private static final LocalDate ORIGIN = LocalDate.of(2020, 1, 1);

  /** A window, an as-of date and a log of events, around 2020–2025, for one kind of period. */
  private record Case(CadenceRequirement req, List<LocalDate> events, LocalDate from,
      LocalDate to, LocalDate asOf) {

    LocalDate last() {
      return asOf.isBefore(to) ? asOf : to;
    }
  }

  private static Gen<LocalDate> days(int fromOffset, int toOffset) {
    return integers().between(fromOffset, toOffset).map(ORIGIN::plusDays);
  }

  private static Gen<Case> cases(CadencePeriod period) {
    Gen<CadenceRequirement> requirements = integers().between(0, 4)
        .map(minimumCount -> CadencesTest.requirement(period, minimumCount));
    return requirements.zip(lists().of(days(-60, 1_500)).ofSizeBetween(0, 40),
        days(0, 600), integers().between(0, 900), integers().between(-60, 1_200),
        (req, events, from, length, asOfOffset) ->
            new Case(req, events, from, from.plusDays(length), from.plusDays(asOfOffset)));
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
  void aWindowHoldingAWholeMonthListsIt() {
    qt().forAll(days(0, 1_500), integers().between(0, 40)).checkAssert((from, slack) -> {
      LocalDate firstOfNextMonth = YearMonth.from(from).plusMonths(1).atDay(1);
      LocalDate start = from.getDayOfMonth() == 1 ? from : firstOfNextMonth;
      LocalDate end = YearMonth.from(start).atEndOfMonth();
      assertThat(Cadences.compliance(CadencesTest.requirement(CadencePeriod.MONTH, 1), List.of(),
          from, end.plusDays(slack), end.plusDays(slack)))
          .first().extracting(CadencePeriodResult::start, CadencePeriodResult::end)
          .containsExactly(start, end);
    });
  }

  @ParameterizedTest
  @EnumSource(CadencePeriod.class)
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
  void aPeriodIsMetExactlyWhenItsCountReachesTheMinimum(CadencePeriod cadencePeriod) {
    qt().withExamples(500).forAll(cases(cadencePeriod)).checkAssert(c -> {
      for (CadencePeriodResult period : compliance(c)) {
        assertThat(period.required()).isEqualTo(c.req().minimumCount());
        assertThat(period.met()).isEqualTo(period.count() >= c.req().minimumCount());
      }
    });
  }
}
