package org.planmetrics.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
}
