package org.planmetrics.metrics.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/** The pieces of the bulletin sentences: 7%以上, 5.10亿美元, 6.2个百分点, 2023年1—6月. */
class PhrasesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0.07, 7%", "0.305, 30.5%", "0.70, 70%", "0.1, 10%", "1, 100%"})
  void aThresholdIsWrittenAsThePlanWritesIt(BigDecimal fraction, String shown) {
    assertThat(Phrases.thresholdPercent(fraction)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} points are {1}")
  @CsvSource({"6.19, 6.2", "-6.24, 6.2", "6.25, 6.3", "-6.25, 6.3", "0, 0.0", "12, 12.0"})
  void pointsHaveOneDecimalAndNoSign(BigDecimal points, String shown) {
    assertThat(Phrases.points(points)).isEqualTo(shown);
  }

  @Test
  void amountsHaveTwoDecimalsAndTheirUnit() {
    assertThat(Phrases.amountZh(Quantity.of("5.1", Unit.USD_100M))).isEqualTo("5.10亿美元");
    assertThat(Phrases.amountZh(Quantity.of("304.205", Unit.CNY_100M))).isEqualTo("304.21亿元");
    assertThat(Phrases.amountEn(Quantity.of("5.1", Unit.USD_100M)))
        .isEqualTo("5.10 (USD 100 million)");
    assertThat(Phrases.amountEn(Quantity.of("92", Unit.CNY_100M)))
        .isEqualTo("92.00 (CNY 100 million)");
  }

  @Test
  void countsAreWholeNumbers() {
    assertThat(Phrases.amountZh(Quantity.of("7.0", Unit.COUNT))).isEqualTo("7个");
    assertThat(Phrases.amountZh(Quantity.count(10))).isEqualTo("10个");
    assertThat(Phrases.amountEn(Quantity.of("15.00", Unit.COUNT))).isEqualTo("15");
    assertThat(Phrases.amountEn(Quantity.count(20))).isEqualTo("20");
  }

  @Test
  void rulesReadAsThePlanWordsThem() {
    assertThat(Phrases.rule(ComparisonOperator.AT_LEAST, Quantity.ratio("0.07")))
        .isEqualTo(LocalizedText.of("7%以上", "at least 7%"));
    assertThat(Phrases.rule(ComparisonOperator.GREATER_THAN, Quantity.ratio("0.7")))
        .isEqualTo(LocalizedText.of("高于70%", "above 70%"));
    assertThat(Phrases.rule(ComparisonOperator.AT_MOST, Quantity.of("1", Unit.TIER)))
        .isEqualTo(LocalizedText.of("进入第1方阵", "within tier 1"));
    assertThat(Phrases.rule(ComparisonOperator.AT_MOST, Quantity.of("5.0", Unit.CNY_100M)))
        .isEqualTo(LocalizedText.of("5亿元以内", "at most 5 (CNY 100 million)"));
    assertThat(Phrases.rule(ComparisonOperator.LESS_THAN, Quantity.count(3)))
        .isEqualTo(LocalizedText.of("低于3个", "below 3"));
    assertThat(Phrases.rule(ComparisonOperator.AT_LEAST, Quantity.of("304.20", Unit.CNY_100M)))
        .isEqualTo(LocalizedText.of("304.2亿元以上", "at least 304.2 (CNY 100 million)"));
    assertThat(Phrases.rule(ComparisonOperator.AT_LEAST, Quantity.of("7", Unit.USD_100M)))
        .isEqualTo(LocalizedText.of("7亿美元以上", "at least 7 (USD 100 million)"));
    assertThat(Phrases.rule(ComparisonOperator.AT_LEAST, Quantity.count(15)))
        .isEqualTo(LocalizedText.of("15个以上", "at least 15"));
  }

  @ParameterizedTest(name = "through month {1} of {0}")
  @CsvSource({
      "2023, 12, 2023年, 2023",
      "2023, 1, 2023年1—1月, January 2023",
      "2023, 2, 2023年1—2月, January–February 2023",
      "2023, 6, 2023年1—6月, January–June 2023",
      "2023, 11, 2023年1—11月, January–November 2023",
  })
  void periodsAreNamedAsBulletinsNameThem(int year, int month, String zh, String en) {
    assertThat(Phrases.months(year, month)).isEqualTo(LocalizedText.of(zh, en));
  }

  @Test
  void partsAreJoinedWithEachLanguagesSeparator() {
    LocalizedText joined = Phrases.join(List.of(LocalizedText.of("甲", "a"),
        LocalizedText.of("乙", "b")), ";", "; ");

    assertThat(joined).isEqualTo(LocalizedText.of("甲;乙", "a; b"));
  }

  @Test
  void aSentenceStartsWithACapital() {
    assertThat(Phrases.capitalised("on track")).isEqualTo("On track");
    assertThat(Phrases.capitalised("")).isEmpty();
  }
}
