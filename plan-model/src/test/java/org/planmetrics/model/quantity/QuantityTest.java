package org.planmetrics.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @Test
  void addingDollarsToYuanIsAnError() {
    Quantity dollars = Quantity.of("7", Unit.USD_100M);
    Quantity yuan = Quantity.of("304.2", Unit.CNY_100M);
    assertThatThrownBy(() -> dollars.plus(yuan))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessageContaining("USD_100M").hasMessageContaining("CNY_100M")
        .hasMessageContaining("亿美元").hasMessageContaining("亿元");
  }

  @Test
  void comparingACountWithARatioIsAnError() {
    assertThatThrownBy(() -> Quantity.count(7).compareTo(Quantity.ratio("0.7")))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> ComparisonOperator.AT_LEAST.test(Quantity.count(7),
        Quantity.ratio("0.7"))).isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void sumsKeepTheUnitAndAreExact() {
    Quantity sum = Quantity.of("0.1", Unit.USD_100M).plus(Quantity.of("0.2", Unit.USD_100M));
    assertThat(sum.value()).isEqualByComparingTo("0.3");
    assertThat(sum.unit()).isEqualTo(Unit.USD_100M);
    assertThat(sum).hasToString("0.3 USD_100M");
  }

  @ParameterizedTest(name = "{0} {1}: {2} / {3} / {4}")
  @CsvSource(delimiter = '|', value = {
      "7      | USD_100M | 7 USD_100M      | 7亿美元   | 7 (USD 100 million)",
      "304.20 | CNY_100M | 304.20 CNY_100M | 304.2亿元 | 304.2 (CNY 100 million)",
      "15     | COUNT    | 15 COUNT        | 15个      | 15",
      "0.07   | RATIO    | 0.07 RATIO      | 7%        | 7%",
      "0.305  | RATIO    | 0.305 RATIO     | 30.5%     | 30.5%",
      "1      | TIER     | 1 TIER          | 第1方阵   | tier 1",
      "100    | INDEX    | 100 INDEX       | 100指数   | 100 (index)"})
  void toStringIsForDevelopersAndTheTextsAreForPeople(String value, Unit unit, String developer,
      String chinese, String english) {
    Quantity q = Quantity.of(value, unit);
    // toString names the unit's constant, in no language, as JSON does.
    assertThat(q).hasToString(developer);
    assertThat(q.chineseText()).isEqualTo(chinese);
    assertThat(q.englishText()).isEqualTo(english);
  }

  @Test
  void noTextForDevelopersIsChinese() {
    for (Unit unit : Unit.values()) {
      assertThat(Quantity.of("2", unit).toString()).doesNotContainPattern("\\p{IsHan}");
      assertThat(Quantity.of("2", unit).englishText()).doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void equalsIsScaleSensitiveButIsEqualIsNumeric() {
    Quantity a = Quantity.ratio("0.10");
    Quantity b = Quantity.ratio("0.1");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEqual(b)).isTrue();
  }

  @Test
  void aNegativeScaleIsNormalisedSoJsonIsPlain() {
    Quantity q = Quantity.of(new BigDecimal("1E+2"), Unit.CNY_100M);
    assertThat(q.value().scale()).isZero();
    assertThat(q).isEqualTo(Quantity.of("100", Unit.CNY_100M));
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Quantity.of((BigDecimal) null, Unit.COUNT))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'value'");
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'unit'");
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @CsvSource({
      "AT_LEAST,     0.70, 0.70, true",
      "GREATER_THAN, 0.70, 0.70, false",
      "GREATER_THAN, 0.7,  0.70, false",
      "GREATER_THAN, 0.80, 0.70, true",
      "AT_LEAST,     0.30, 0.30, true",
      "AT_LEAST,     0.2999, 0.30, false",
      "AT_MOST,      5,    5,    true",
      "AT_MOST,      6,    5,    false",
      "LESS_THAN,    5,    5,    false",
      "LESS_THAN,    4,    5,    true",
  })
  void operatorsKeepTheBoundaryExact(ComparisonOperator operator, BigDecimal actual,
      BigDecimal threshold, boolean expected) {
    assertThat(operator.test(actual, threshold)).isEqualTo(expected);
  }

  @Test
  void onlyAtLeastAndGreaterThanPreferHigherFigures() {
    assertThat(ComparisonOperator.AT_LEAST.higherIsBetter()).isTrue();
    assertThat(ComparisonOperator.GREATER_THAN.higherIsBetter()).isTrue();
    assertThat(ComparisonOperator.AT_MOST.higherIsBetter()).isFalse();
    assertThat(ComparisonOperator.LESS_THAN.higherIsBetter()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} to {2} is {3}")
  @CsvSource(delimiter = '|', value = {
      // 1亿元 = 10000万元, 1万亿元 = 10000亿元, 1亿美元 = 10000万美元: the point moves 4 places.
      "0.25   | CNY_100M | CNY_10K  | 2500",
      "1      | CNY_1T   | CNY_100M | 10000",
      "1      | CNY_1T   | CNY_10K  | 100000000",
      "5000   | CNY_10K  | CNY_100M | 0.5",
      "4999   | CNY_10K  | CNY_100M | 0.4999",
      "1000   | USD_10K  | USD_100M | 0.1",
      "0.0001 | USD_100M | USD_10K  | 1"})
  void scalesOfOneCurrencyConvertExactly(String value, Unit from, Unit to, String expected) {
    Quantity converted = Quantity.of(value, from).to(to);
    assertThat(converted.unit()).isEqualTo(to);
    assertThat(converted.value()).isEqualByComparingTo(expected);
  }

  @Test
  void scalesOfOneCurrencyAddAndCompareInTheCoarserUnit() {
    Quantity yi = Quantity.of("0.25", Unit.CNY_100M);
    Quantity wan = Quantity.of("5000", Unit.CNY_10K);
    // 0.25亿元 + 0.5亿元 = 0.75亿元, either way round.
    for (Quantity sum : List.of(yi.plus(wan), wan.plus(yi))) {
      assertThat(sum.unit()).isEqualTo(Unit.CNY_100M);
      assertThat(sum.value()).isEqualByComparingTo("0.75");
    }
    // 5000万元 − 0.25亿元 = 0.25亿元.
    assertThat(wan.minus(yi).unit()).isEqualTo(Unit.CNY_100M);
    assertThat(wan.minus(yi).value()).isEqualByComparingTo("0.25");
    assertThat(Quantity.of("0.5", Unit.CNY_100M).isEqual(wan)).isTrue();
    assertThat(Quantity.of("0.4999", Unit.CNY_100M).compareTo(wan)).isNegative();
    assertThat(Quantity.of("1", Unit.CNY_1T).isEqual(Quantity.of("10000", Unit.CNY_100M)))
        .isTrue();
    assertThat(ComparisonOperator.AT_LEAST.test(Quantity.of("0.55", Unit.CNY_100M), wan))
        .isTrue();
    assertThat(ComparisonOperator.AT_LEAST.test(Quantity.of("4999", Unit.CNY_10K),
        Quantity.of("0.5", Unit.CNY_100M))).isFalse();
  }

  @Test
  void theDollarAndTheYuanNeverMeetInAnyScale() {
    Quantity wanDollars = Quantity.of("1000", Unit.USD_10K);
    Quantity yiYuan = Quantity.of("1", Unit.CNY_100M);
    assertThatThrownBy(() -> yiYuan.plus(wanDollars))
        .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
          assertThat(e.expected()).isEqualTo(Unit.CNY_100M);
          assertThat(e.actual()).isEqualTo(Unit.USD_10K);
        })
        // Chinese first, naming both units.
        .hasMessageStartingWith("单位不一致：亿元(CNY_100M)与万美元(USD_10K)");
    assertThatThrownBy(() -> yiYuan.to(Unit.USD_100M)).isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> Quantity.count(3).to(Unit.CNY_10K))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> Quantity.count(3).plus(Quantity.of("3", Unit.CNY_10K)))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> wanDollars.compareTo(Quantity.of("1000", Unit.CNY_10K)))
        .isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void eachMoneyUnitKnowsItsCurrencyAndPowerOfTen() {
    assertThat(Unit.CNY_10K.currency()).contains(CurrencyCode.CNY);
    assertThat(Unit.CNY_1T.currency()).contains(CurrencyCode.CNY);
    assertThat(Unit.USD_10K.currency()).contains(CurrencyCode.USD);
    assertThat(Unit.COUNT.currency()).isEmpty();
    assertThat(Unit.CNY_1T.powerOfTen() - Unit.CNY_100M.powerOfTen()).isEqualTo(4);
    assertThat(Unit.CNY_100M.powerOfTen() - Unit.CNY_10K.powerOfTen()).isEqualTo(4);
    assertThat(Unit.USD_100M.powerOfTen() - Unit.USD_10K.powerOfTen()).isEqualTo(4);
    assertThat(Unit.CNY_10K.isCommensurableWith(Unit.USD_10K)).isFalse();
  }

  @Test
  void theNewUnitsWriteTheirOwnSymbols() {
    assertThat(Quantity.of("5000", Unit.CNY_10K).chineseText()).isEqualTo("5000万元");
    assertThat(Quantity.of("1.2", Unit.CNY_1T).chineseText()).isEqualTo("1.2万亿元");
    assertThat(Quantity.of("50", Unit.USD_10K).chineseText()).isEqualTo("50万美元");
    assertThat(Quantity.of("50", Unit.USD_10K).englishText()).isEqualTo("50 (USD 10 thousand)");
  }
}
