package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;

class DatesTest {

  private static final LocalDate FIRST = LocalDate.of(2019, 11, 2);
  private static final LocalDate LAST = LocalDate.of(2024, 2, 9);

  @Test
  void theEdgeDaysAreLeapDaysIsoWeek53AndTheEndsOfYearsAndQuarters() {
    List<LocalDate> edges = Dates.edgeDays(FIRST, LAST);

    assertThat(edges).contains(FIRST, LAST, LocalDate.of(2020, 2, 29), LocalDate.of(2024, 1, 1),
        LocalDate.of(2022, 3, 31), LocalDate.of(2023, 10, 1))
        .doesNotContain(LocalDate.of(2019, 10, 1))
        .isSorted().doesNotHaveDuplicates()
        .allSatisfy(day -> assertThat(day).isBetween(FIRST, LAST));
    // 2020 is the one week-based year of the range with a week 53: 2020-12-28 to 2021-01-03.
    assertThat(edges).filteredOn(day -> day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53)
        .containsExactly(LocalDate.of(2020, 12, 28), LocalDate.of(2020, 12, 29),
            LocalDate.of(2020, 12, 30), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 3));
  }

  @Test
  void week53OfTheYearBeforeTheRangeReachesIntoIt() {
    assertThat(Dates.edgeDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)))
        .contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3));
    assertThat(Dates.hasWeek53(2026)).isTrue();
    assertThat(Dates.hasWeek53(2027)).isFalse();
  }

  @Test
  void drawsStayInTheRangeAndHitTheEdgesAboutOneInFour() {
    Generator<LocalDate> days = Dates.between(FIRST, LAST);
    Set<LocalDate> edges = new HashSet<>(Dates.edgeDays(FIRST, LAST));
    SplittableRandom random = new SplittableRandom(3);
    int onEdge = 0;
    for (int i = 0; i < 4_000; i++) {
      LocalDate day = days.next(random);
      assertThat(day).isBetween(FIRST, LAST);
      onEdge += edges.contains(day) ? 1 : 0;
    }
    // A quarter of draws are edges, and an ordinary draw lands on one now and then.
    assertThat(onEdge).isBetween(900, 1_300);
  }

  @Test
  void aRangeOfOneDayGivesThatDay() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    assertThat(Dates.between(day, day).next(new SplittableRandom(1))).isEqualTo(day);
  }

  @Test
  void aLastDayBeforeTheFirstIsRefused() {
    assertThatThrownBy(() -> Dates.between(LAST, FIRST))
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("last"));
  }
}
