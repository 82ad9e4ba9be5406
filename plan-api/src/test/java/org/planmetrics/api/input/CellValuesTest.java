package org.planmetrics.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.planmetrics.api.input.CellValues.Cell;

/** Cells are read as people type them where the meaning is certain, and refused where it is not. */
class CellValuesTest {

  static <T> T read(Cell<T> cell) {
    assertThat(cell).isInstanceOf(Cell.Read.class);
    return ((Cell.Read<T>) cell).value();
  }

  static String refusedRule(Cell<?> cell) {
    assertThat(cell).isInstanceOf(Cell.Refused.class);
    return ((Cell.Refused<?>) cell).rule();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "120.5      | 120.5",
      "1,120.5    | 1120.5",
      "12,345,678 | 12345678",
      "１２０．５  | 120.5",
      "-3         | -3",
      "\u22123    | -3",
      "+4         | 4",
      "' 2.035 '  | 2.035",
      "1E+3       | 1E+3"})
  void amountsAreReadWithThousandsSeparatorsAndFullWidthDigits(String cell, String value) {
    assertThat(read(CellValues.amount(cell))).isEqualByComparingTo(value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1,5         | ambiguous-number",
      "1.234,5     | ambiguous-number",
      "12,34.5     | ambiguous-number",
      "12%         | percent-in-amount",
      "2.035%      | percent-in-amount",
      "lots        | not-a-number",
      "1.2.3       | not-a-number",
      "''          | not-a-number",
      "1e999999999 | number-out-of-range"})
  void amountsThatCouldMeanTwoThingsAreRefused(String cell, String rule) {
    assertThat(refusedRule(CellValues.amount(cell))).isEqualTo(rule);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2.035% | 0.02035",
      "12.5%  | 0.125",
      "12.5 % | 0.125",
      "１２％   | 0.12",
      "-5%    | -0.05",
      "0.125  | 0.125",
      "1      | 1",
      "-0.3   | -0.3",
      "150%   | 1.5"})
  void ratesAreFractionsOrPercentages(String cell, String value) {
    assertThat(read(CellValues.rate(cell))).isEqualByComparingTo(value);
  }

  @ParameterizedTest
  @CsvSource({"12.5", "-2", "1.01"})
  void aRateBeyondOneWithoutItsPercentSignIsRefused(String cell) {
    Cell<BigDecimal> rate = CellValues.rate(cell);
    assertThat(refusedRule(rate)).isEqualTo("ambiguous-rate");
    assertThat(((Cell.Refused<?>) rate).message().zh()).contains(cell + "%");
  }

  @ParameterizedTest
  @CsvSource({"2022-03-15", "2022/3/15", "2022.3.15", "2022-3-15", "2022年3月15日", "2022年3月15",
      "20220315", "2022/3/15 0:00", "2022-03-15 00:00:00", "２０２２/３/１５"})
  void daysAreReadYearFirstInEveryUsualForm(String cell) {
    assertThat(read(CellValues.date(cell))).isEqualTo(LocalDate.of(2022, 3, 15));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3/15/2022  | ambiguous-date",
      "15/3/2022  | ambiguous-date",
      "03-04-2022 | ambiguous-date",
      "44635      | date-as-number",
      "2022-13-01 | not-a-date",
      "2022-02-30 | not-a-date",
      "2022/3-15  | not-a-date",
      "next week  | not-a-date",
      "2022/3/15 9:30 | not-a-date"})
  void daysThatCouldMeanTwoThingsAreRefused(String cell, String rule) {
    assertThat(refusedRule(CellValues.date(cell))).isEqualTo(rule);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023          | 2023",
      "2023年        | 2023",
      "2023年全年    | 2023",
      "2024-06       | 2024-06",
      "2024-6        | 2024-06",
      "2024/6        | 2024-06",
      "2024.06       | 2024-06",
      "2024年6月     | 2024-06",
      "2024年1-6月   | 2024-06",
      "2024年1—6月   | 2024-06",
      "2024年1-6月累计 | 2024-06",
      "2024-12       | 2024-12"})
  void periodsAreAFullYearOrTheYearToDate(String cell, String key) {
    assertThat(read(CellValues.period(cell))).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"2024-06-30", "2024年3-6月", "2024-13", "24", "H1 2024"})
  void otherPeriodsAreRefused(String cell) {
    assertThat(refusedRule(CellValues.period(cell))).isEqualTo("not-a-period");
  }

  static Stream<Arguments> yesAndNo() {
    return Stream.of(Arguments.of("是", true), Arguments.of("否", false),
        Arguments.of("TRUE", true), Arguments.of("false", false), Arguments.of("Yes", true),
        Arguments.of("n", false), Arguments.of("1", true), Arguments.of("0", false));
  }

  @ParameterizedTest
  @MethodSource("yesAndNo")
  void flagsAreYesOrNoInEitherLanguage(String cell, boolean value) {
    assertThat(read(CellValues.yesNo(cell))).isEqualTo(value);
    assertThat(refusedRule(CellValues.yesNo("maybe"))).isEqualTo("not-yes-or-no");
  }

  @ParameterizedTest
  @CsvSource({"6", "第6名", "第6位", "６", "' 6 '"})
  void ranksAreWholeNumbers(String cell) {
    assertThat(read(CellValues.wholeNumber(cell))).isEqualTo(6);
    assertThat(refusedRule(CellValues.wholeNumber("6.5"))).isEqualTo("not-whole");
  }

  static Stream<Function<String, Cell<?>>> readers() {
    return Stream.of(CellValues::amount, CellValues::rate, CellValues::date, CellValues::period,
        CellValues::yesNo, CellValues::wholeNumber, CellValues::year);
  }

  @ParameterizedTest
  @MethodSource("readers")
  void aRefusalQuotesTheValueInBothLanguagesAndNamesNoJavaType(Function<String, Cell<?>> reader) {
    Cell<?> cell = reader.apply("lots of it");
    assertThat(cell).isInstanceOf(Cell.Refused.class);
    Cell.Refused<?> refused = (Cell.Refused<?>) cell;
    assertThat(refused.message().zh()).contains("'lots of it'");
    assertThat(refused.message().en()).contains("'lots of it'");
    assertThat(refused.message().zh() + refused.message().en())
        .doesNotContain("java", "Exception", "BigDecimal", "LocalDate", "coerce", "Integer");
  }
}
