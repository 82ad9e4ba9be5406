package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Period keys of observations: "2022" is the full year, "2023-06" the year to date (1—6月). */
class PeriodKeyTest {

  @Test
  void aFourDigitKeyIsTheFullYear() {
    PeriodKey key = PeriodKey.parse("2022").orElseThrow();

    assertThat(key.year()).isEqualTo(2022);
    assertThat(key.throughMonth()).isEqualTo(12);
    assertThat(key.isFullYear()).isTrue();
    assertThat(key.lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(key).hasToString("2022").isEqualTo(PeriodKey.fullYear(2022));
  }

  @Test
  void aYearAndMonthKeyIsTheYearToDate() {
    PeriodKey key = PeriodKey.parse("2023-06").orElseThrow();

    assertThat(key.year()).isEqualTo(2023);
    assertThat(key.throughMonth()).isEqualTo(6);
    assertThat(key.isFullYear()).isFalse();
    assertThat(key.lastDay()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(key).hasToString("2023-06").isEqualTo(PeriodKey.yearToDate(2023, 6));
  }

  @Test
  void decemberToDateIsTheFullYear() {
    assertThat(PeriodKey.parse("2023-12").orElseThrow()).isEqualTo(PeriodKey.fullYear(2023))
        .hasToString("2023");
    assertThat(PeriodKey.yearToDate(2023, 12).isFullYear()).isTrue();
  }

  @ParameterizedTest(name = "''{0}'' is month {1}")
  @CsvSource({"2023-01, 1", "2023-09, 9", "2023-11, 11"})
  void everyMonthParses(String text, int month) {
    assertThat(PeriodKey.parse(text).orElseThrow().throughMonth()).isEqualTo(month);
  }

  @ParameterizedTest(name = "''{0}'' is not a period")
  @NullAndEmptySource
  @ValueSource(strings = {"2023-00", "2023-13", "2023-6", "23", "2023-", "2023-06-30",
      " 2023", "2023 ", "20233", "year", "2023/06"})
  void anythingElseIsNotAPeriod(String text) {
    assertThat(PeriodKey.parse(text)).isEmpty();
  }

  @Test
  void aYearToDateNeedsAMonthOfTheYear() {
    assertThatThrownBy(() -> PeriodKey.yearToDate(2023, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'month' must be between 1 and 12 but was 0");
    assertThatThrownBy(() -> PeriodKey.yearToDate(2023, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'month' must be between 1 and 12 but was 13");
    assertThat(PeriodKey.yearToDate(2023, 1).throughMonth()).isEqualTo(1);
  }

  @Test
  void aPeriodHasEndedOnItsLastDay() {
    PeriodKey june = PeriodKey.yearToDate(2023, 6);

    assertThat(june.hasEndedBy(LocalDate.of(2023, 6, 29))).isFalse();
    assertThat(june.hasEndedBy(LocalDate.of(2023, 6, 30))).isTrue();
    assertThat(june.hasEndedBy(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(PeriodKey.yearToDate(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void periodsSortByYearThenMonth() {
    List<PeriodKey> keys = new ArrayList<>(List.of(PeriodKey.fullYear(2023),
        PeriodKey.yearToDate(2022, 6), PeriodKey.fullYear(2022), PeriodKey.yearToDate(2023, 1),
        PeriodKey.yearToDate(2022, 3)));
    Collections.shuffle(keys, new java.util.Random(1));
    Collections.sort(keys);

    assertThat(keys).extracting(PeriodKey::toString)
        .containsExactly("2022-03", "2022-06", "2022", "2023-01", "2023");
    assertThat(PeriodKey.fullYear(2022).compareTo(PeriodKey.yearToDate(2023, 1))).isNegative();
    assertThat(PeriodKey.fullYear(2022).compareTo(PeriodKey.fullYear(2022))).isZero();
    assertThat(PeriodKey.yearToDate(2022, 7).compareTo(PeriodKey.yearToDate(2022, 6)))
        .isPositive();
  }

  @Test
  void equalPeriodsHaveEqualHashesAndOthersDiffer() {
    assertThat(PeriodKey.parse("2022-06").orElseThrow()).isEqualTo(PeriodKey.yearToDate(2022, 6))
        .hasSameHashCodeAs(PeriodKey.yearToDate(2022, 6))
        .isNotEqualTo(PeriodKey.yearToDate(2022, 7))
        .isNotEqualTo(PeriodKey.yearToDate(2023, 6))
        .isNotEqualTo("2022-06");
    assertThat(PeriodKey.yearToDate(2022, 6).hashCode())
        .isNotEqualTo(PeriodKey.yearToDate(2022, 7).hashCode())
        .isNotEqualTo(PeriodKey.yearToDate(2023, 6).hashCode());
  }

  @Test
  void aSingleDigitMonthIsWrittenWithTwoDigits() {
    assertThat(PeriodKey.yearToDate(2023, 3)).hasToString("2023-03");
  }
}
